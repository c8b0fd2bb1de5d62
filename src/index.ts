/**
 * `reality-kit`: the public API for bundler users: the element classes, their events, the scoring
 * core and the story format. Registers nothing (import `reality-kit/define.js` for that).
 */
export { RealityMeter, REALITY_METER_STRINGS, type RealityMeterStrings } from './reality-meter/reality-meter.js';
export { SourceList, SOURCE_LIST_STRINGS, type SourceListStrings } from './source-list/source-list.js';
export { GlossaryList, GLOSSARY_LIST_STRINGS, type GlossaryListStrings } from './glossary-list/glossary-list.js';
export { VoteWidget, VOTE_WIDGET_STRINGS, type VoteWidgetStrings } from './vote-widget/vote-widget.js';
export { PredictionCard, PREDICTION_CARD_STRINGS, type PredictionCardStrings } from './prediction-card/prediction-card.js';
export { StoryLoadEvent, StoryErrorEvent, VoteCastEvent, PredictionSubmitEvent } from './events.js';
export type { VoteCastDetail, PredictionSubmitDetail } from './events.js';
export * from './core/index.js';
export { parseStory, parseStoryJson, storySchema, STORY_VERSION, MAX_STORY_BYTES } from './story/schema.js';
export type { Story, StoryError, StoryErrorKind, StoryIssue, ParseResult } from './story/schema.js';
export { loadStory, FETCH_TIMEOUT_MS } from './story/loader.js';
export { safeUrl, type SafeLink } from './story/url.js';
export { cleanText } from './story/text.js';
export { termId } from './glossary-list/term-id.js';
export { TAGS, type ElementTag } from './tags.js';
export { registerLanguage, nearestLanguage, LANGUAGES } from './i18n/load.js';
export type { Language, LanguageTable } from './i18n/language.js';
