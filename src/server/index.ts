/**
 * `reality-kit/server` (Node ≥ 20): the back end for votes and forecasts, exactly once per reader, on
 * SQLite (better-sqlite3) or PostgreSQL (pg). Install the driver you use next to `reality-kit`; the
 * browser modules never import this one.
 */
export { createRealityServer, READER_COOKIE } from './handler.js';
export type { RealityServer, RealityServerOptions, RequestContext } from './handler.js';
export type { DatabaseOption, Tables } from './database.js';
export type { RateLimit } from './rate-limit.js';
export type { Community, Counts, HistoryPoint } from './store.js';
export { toNodeListener, toRequest, sendResponse } from './node.js';
// The elements' own validator, for checking story files in a CMS or a build step on the server.
export { parseStory, parseStoryJson } from '../story/schema.js';
export type { ParseResult, Story } from '../story/schema.js';
