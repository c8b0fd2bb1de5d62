// The five custom element tags, in the order the docs, the demo and every tool list them. This is
// the one list: the build (one module and one standalone file per tag), the tests, the CLI, the API
// docs and the benchmarks all read it. Plain JavaScript, so that Node scripts (build, benchmarks,
// CLI) import it as it is; TypeScript reads the types from the JSDoc.

/** The tags, as a readonly tuple of string literals. */
export const TAGS = /** @type {const} */ (['reality-meter', 'source-list', 'glossary-list', 'vote-widget', 'prediction-card']);

/** @typedef {(typeof TAGS)[number]} ElementTag One of the five tags. */
