/**
 * The story format (docs/story-format.md, version 1) as a zod schema, and `parseStory`, the one way a
 * story's JSON becomes something an element renders. `zod/mini` keeps the validator small in the
 * browser bundle (about 7 KB gzip against 24 KB for the classic entry).
 */
import * as z from 'zod/mini';
import { cleanStrings, cleanText } from './text.js';

// zod compiles object parsers with `new Function` when it can, and probes for that when a schema is
// built; under a CSP without 'unsafe-eval' the probe is reported as a violation even though zod
// catches it. The stories are small, so the interpreted path costs nothing worth measuring. This must
// run before the first schema below is constructed.
z.config({ jitless: true });

/** The only version this library reads. */
export const STORY_VERSION = 1;

/**
 * A length limit that stops the checks that follow when it fails, so an over-long string is
 * rejected at once and never matched against a pattern.
 */
const max = (n: number) => z.maxLength(n, { abort: true });

/**
 * Text of at most `n` characters. One schema per length, and one for each kind of field below, shared
 * by every field of that kind: building zod schemas is a large part of what loading the validator costs a
 * page's first widget, and a schema holds no state, so fields can share one.
 */
const texts = new Map<number, z.ZodMiniString<string>>();
const text = (n: number) => {
  let schema = texts.get(n);
  if (!schema) texts.set(n, (schema = z.string().check(max(n))));
  return schema;
};

/**
 * The names an id may not take: as an object key they reach the prototype (a choice `__proto__` with
 * 90 reads would count 0), so they are refused wherever an id can become a key.
 */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** An id: 1–200 characters of letters, digits and `. _ : -`, not a reserved name (the key for votes and predictions). */
const ID = z.string().check(
  z.minLength(1),
  max(200),
  z.regex(/^[A-Za-z0-9._:-]+$/),
  z.refine((value) => !RESERVED_IDS.has(value), { message: 'must not be __proto__, constructor or prototype' }),
);

const LEAP_YEAR = '(?:\\d\\d(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00)';
const CALENDAR_DATE = `(?:\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|02-(?:0[1-9]|1\\d|2[0-8]))|${LEAP_YEAR}-02-29)`;
const HOUR_MINUTE = '(?:[01]\\d|2[0-3]):[0-5]\\d';

/**
 * An RFC 3339 date-time with a zone, as docs/story-format.md has it: a real calendar date (30-day months,
 * February 29 only in leap years), `T`, seconds with an optional fraction, then `Z` or `±hh:mm`.
 * zod's `z.iso.datetime({ offset: true })` accepts exactly these strings (a property test holds the
 * two together) but its pattern builder cost 0.23 KB gzip of the bundle.
 */
export const DATE_TIME = new RegExp(`^${CALENDAR_DATE}T${HOUR_MINUTE}:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-]${HOUR_MINUTE})$`);

const DATE_TIME_TEXT = z.string().check(max(64), z.regex(DATE_TIME));

/** A URL as stored: only its length is checked here; whether it becomes a link is `safeUrl`'s call. */
const URL_TEXT = text(2048);

const PROBABILITY = z.number().check(z.gte(0), z.lte(1));
const COUNT = z.int().check(z.gte(0));

export const signalSchema = z.enum(['confirmed', 'reported', 'speculative', 'hype']);
export const stanceSchema = z.enum(['supports', 'caveat', 'contradicts']);
export const sourceKindSchema = z.enum(['news', 'official', 'primary', 'academic', 'social', 'other']);
export const horizonSchema = z.enum(['days', 'weeks', 'months', 'years']);

export const evidenceSchema = z.object({
  stance: stanceSchema,
  text: text(1000),
  sources: z.optional(z.array(ID).check(max(20))),
});

export const claimSchema = z.object({
  text: text(1000),
  signal: signalSchema,
  evidence: z.array(evidenceSchema).check(max(50)),
  reasoning: z.optional(
    z.object({
      credibility: z.optional(text(2000)),
      strength: z.optional(text(2000)),
      impact: z.optional(text(2000)),
    }),
  ),
});

export const sourceSchema = z.object({
  id: ID,
  name: text(200),
  url: z.optional(URL_TEXT),
  trust: z.int().check(z.gte(0), z.lte(100)),
  kind: z.optional(sourceKindSchema),
  note: z.optional(text(500)),
  publishedAt: z.optional(DATE_TIME_TEXT),
});

export const readSchema = z.object({
  prompt: z.optional(text(200)),
  note: z.optional(text(500)),
  choices: z.array(z.object({ id: ID, label: text(80) })).check(z.minLength(2), max(7)),
  counts: z.optional(z.record(ID, COUNT)),
});

export const glossaryEntrySchema = z.object({
  term: text(120),
  definition: text(2000),
});

export const predictionSchema = z.object({
  id: ID,
  question: text(500),
  closesAt: DATE_TIME_TEXT,
  resolution: z.optional(z.object({ outcome: z.boolean(), resolvedAt: DATE_TIME_TEXT })),
  forecasts: z.optional(z.array(PROBABILITY).check(max(10_000))),
  community: z.optional(z.object({ probability: PROBABILITY, count: COUNT })),
  /** The community forecast over time, oldest first (drawn as a chart); at most 1,000 points. */
  history: z.optional(z.array(z.object({ at: DATE_TIME_TEXT, probability: PROBABILITY })).check(max(1000))),
});

export const storySchema = z.object({
  version: z.literal(STORY_VERSION),
  id: ID,
  headline: z.string().check(z.minLength(1), max(300)),
  summary: z.optional(text(2000)),
  url: z.optional(URL_TEXT),
  publishedAt: z.optional(DATE_TIME_TEXT),
  topics: z.optional(z.array(text(60)).check(max(20))),
  claim: claimSchema,
  sources: z.array(sourceSchema).check(max(100)),
  horizon: z.optional(horizonSchema),
  read: z.optional(readSchema),
  glossary: z.optional(z.array(glossaryEntrySchema).check(max(200))),
  prediction: z.optional(predictionSchema),
});

export type Story = z.infer<typeof storySchema>;
export type Claim = Story['claim'];
export type Evidence = Claim['evidence'][number];
export type Source = Story['sources'][number];
export type Read = NonNullable<Story['read']>;
export type GlossaryEntry = NonNullable<Story['glossary']>[number];
export type Prediction = NonNullable<Story['prediction']>;
export type Signal = Claim['signal'];
export type Stance = Evidence['stance'];

/** Where a story went wrong: `fetch` (getting it), `json` (reading it), `validation` (its content). */
export type StoryErrorKind = 'fetch' | 'json' | 'validation';

export interface StoryIssue {
  /** Where in the story, as a reader would write it: `sources[0].trust`; empty for the whole story. */
  path: string;
  /** What is wrong there, in words a reader understands; never echoes the input. */
  message: string;
}

export interface StoryError {
  kind: StoryErrorKind;
  /** One short line for the error state: the first issue, with a count of the rest. */
  message: string;
  issues: StoryIssue[];
}

export type ParseResult = { ok: true; story: Story } | { ok: false; error: StoryError };

/** The longest message (and path) an element, an event or a tool shows, after text hygiene. */
export const MAX_MESSAGE_LENGTH = 200;

/** `text` cut to at most `n` characters, at a code point, with an ellipsis when it was cut. */
function cut(text: string, n: number): string {
  if (text.length <= n) return text;
  return `${Array.from(text.slice(0, n - 1)).slice(0, -1).join('')}…`;
}

/** Builds the error value; the message leads with the first issue so a reader sees where to look. */
export function storyError(kind: StoryErrorKind, issues: StoryIssue[], fallback = 'the story could not be read'): StoryError {
  const safe = issues.map((issue) => ({ path: cut(cleanText(issue.path), MAX_MESSAGE_LENGTH), message: cut(cleanText(issue.message), MAX_MESSAGE_LENGTH) }));
  const first = safe[0];
  const head = first ? (first.path ? `${first.path}: ${first.message}` : first.message) : fallback;
  const more = safe.length > 1 ? ` (and ${safe.length - 1} more)` : '';
  return { kind, message: cut(head, MAX_MESSAGE_LENGTH - more.length) + more, issues: safe };
}

/** A path segment that is a field or map key a reader may see: an id's characters, not too long. */
const SHOWABLE_KEY = /^[A-Za-z0-9._:-]{1,60}$/;

/**
 * `['sources', 0, 'trust']` → `sources[0].trust`. A key that is not a plain id (a map key from the
 * story: it may be 100 KB of bidi overrides) ends the path there: the input is never quoted.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && SHOWABLE_KEY.test(key)) out += out ? `.${key}` : key;
    else break;
  }
  return out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** zod's issue in a reader's words. Generic on purpose: the input itself is never repeated. */
function describe(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      if (issue.expected === 'int') return 'must be a whole number';
      if (issue.expected === 'number') return typeof issue.input === 'number' ? 'must be a finite number' : 'must be a number';
      if (issue.expected === 'string') return 'must be text';
      if (issue.expected === 'array') return 'must be a list';
      if (issue.expected === 'object' || issue.expected === 'record') return 'must be an object';
      if (issue.expected === 'boolean') return 'must be true or false';
      return `must be of type ${issue.expected}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${plural(Number(issue.maximum), 'character', 'characters')}`;
      if (issue.origin === 'array') return `must have at most ${plural(Number(issue.maximum), 'item', 'items')}`;
      return `must be at most ${issue.maximum}`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return `must have at least ${plural(Number(issue.minimum), 'item', 'items')}`;
      return `must be at least ${issue.minimum}`;
    case 'invalid_format':
      if (issue.format === 'regex' && issue.pattern === String(DATE_TIME)) return 'must be a date-time such as 2026-11-26T08:00:00Z';
      return 'must be an id: letters, digits and . _ : - only';
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => String(v)).join(', ')}`;
    case 'invalid_key':
      return 'has a key that is not a valid id';
    case 'custom':
      return issue.message; // our own refinements' words, which never quote the input
    default:
      return 'is not valid';
  }
}

/** The version message of docs/story-format.md: names the version found when it is short enough to show. */
function versionIssue(version: unknown): StoryIssue {
  const reads = `reality-kit reads version ${STORY_VERSION}`;
  if (version === undefined) return { path: 'version', message: `is required; ${reads}` };
  if (typeof version === 'number' && Number.isFinite(version)) {
    return { path: 'version', message: `this file is version ${version}; ${reads}` };
  }
  if (typeof version === 'string' && version.length <= 20) {
    return { path: 'version', message: `this file is version "${version}" (text, not a number); ${reads}` };
  }
  return { path: 'version', message: `is not a version number; ${reads}` };
}

/** Rules that span fields and cannot be said in a JSON Schema: unique ids, references that resolve. */
function crossCheck(story: Story): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const sourceIds = new Set<string>();
  story.sources.forEach((source, i) => {
    if (sourceIds.has(source.id)) issues.push({ path: `sources[${i}].id`, message: 'repeats the id of an earlier source' });
    sourceIds.add(source.id);
  });
  story.claim.evidence.forEach((item, i) => {
    item.sources?.forEach((ref, j) => {
      if (!sourceIds.has(ref)) issues.push({ path: `claim.evidence[${i}].sources[${j}]`, message: 'names a source that is not in sources' });
    });
  });
  if (story.read) {
    const choiceIds = new Set<string>();
    story.read.choices.forEach((choice, i) => {
      if (choiceIds.has(choice.id)) issues.push({ path: `read.choices[${i}].id`, message: 'repeats the id of an earlier choice' });
      choiceIds.add(choice.id);
    });
    for (const key of Object.keys(story.read.counts ?? {})) {
      if (!choiceIds.has(key)) issues.push({ path: 'read.counts', message: 'has a count for a choice that is not in read.choices' });
    }
  }
  const history = story.prediction?.history ?? [];
  for (let i = 1; i < history.length; i++) {
    if (Date.parse(history[i].at) < Date.parse(history[i - 1].at)) {
      issues.push({ path: `prediction.history[${i}].at`, message: 'is earlier than the point before it (history must be in time order)' });
      break;
    }
  }
  const terms = new Set<string>();
  story.glossary?.forEach((entry, i) => {
    const key = entry.term.toLowerCase();
    if (terms.has(key)) issues.push({ path: `glossary[${i}].term`, message: 'repeats an earlier term' });
    terms.add(key);
  });
  return issues;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Validates a value (already parsed from JSON, or built by code) as a story. Never throws. The version
 * is checked first, so a file in a future format gets one clear message instead of a list of fields.
 * Unknown keys are dropped, the strings of the result are cleaned (`cleanText`), and the result is
 * frozen.
 */
export function parseStory(input: unknown): ParseResult {
  try {
    if (!isPlainObject(input)) {
      return { ok: false, error: storyError('validation', [{ path: '', message: 'a story must be a JSON object' }]) };
    }
    const version = Object.hasOwn(input, 'version') ? input.version : undefined;
    if (version !== STORY_VERSION) return { ok: false, error: storyError('validation', [versionIssue(version)]) };

    // `reportInput` only lets `describe` tell a missing field from a wrong one; the input is not kept.
    const result = storySchema.safeParse(input, { jitless: true, reportInput: true });
    if (!result.success) {
      const issues = result.error.issues.map((issue) => ({ path: formatPath(issue.path), message: describe(issue) }));
      return { ok: false, error: storyError('validation', issues) };
    }
    const story = cleanStrings(result.data);
    const crossIssues = crossCheck(story);
    if (crossIssues.length > 0) return { ok: false, error: storyError('validation', crossIssues) };
    return { ok: true, story };
  } catch {
    // Defensive: a getter on a host-built object could throw; the contract is that parsing never does.
    return { ok: false, error: storyError('validation', [{ path: '', message: 'the story could not be read' }]) };
  }
}

/** Above this many bytes a JSON text is refused before parsing (docs/story-format.md's 256 KB cap). */
export const MAX_STORY_BYTES = 256 * 1024;

/** Parses a JSON text (inline script, `story` string, fetched body) then validates it. Never throws. */
export function parseStoryJson(json: string): ParseResult {
  // UTF-16 length ≤ UTF-8 bytes ≤ 3 × UTF-16 length: only measure exactly when it could matter.
  if (json.length > MAX_STORY_BYTES || (json.length * 3 > MAX_STORY_BYTES && new TextEncoder().encode(json).length > MAX_STORY_BYTES)) {
    return { ok: false, error: storyError('fetch', [{ path: '', message: `the story is larger than ${MAX_STORY_BYTES / 1024} KB` }]) };
  }
  let value: unknown;
  try {
    // A byte-order mark is legal at the start of a JSON file but JSON.parse refuses it.
    value = JSON.parse(json.charCodeAt(0) === 0xfeff ? json.slice(1) : json);
  } catch {
    return { ok: false, error: storyError('json', [{ path: '', message: 'the story is not valid JSON' }]) };
  }
  return parseStory(value);
}
