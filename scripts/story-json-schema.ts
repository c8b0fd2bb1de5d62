/**
 * `dist/story.schema.json`: the story format as a JSON Schema, generated from the zod schema the
 * elements validate with, for CMS validation and editor autocompletion. A JSON Schema cannot say the
 * cross-field rules (unique ids, references that resolve); each of those fields says in its
 * `description` that `reality-kit validate` checks it, so an editor whose CMS only runs the schema
 * learns that a second check exists before a live page shows the error.
 */
import { toJSONSchema } from 'zod/mini';
import { DATE_TIME, storySchema } from '../src/story/schema.js';

type Node = { description?: string; properties?: Record<string, Node>; items?: Node; [key: string]: unknown };

const CHECKED = 'A JSON Schema cannot express this rule: `reality-kit validate` (the elements\' own validator) checks it.';

/** Each cross-field rule, at the JSON location it is about (`[]` steps into a list's items). */
const CROSS_FIELD_RULES: Array<[string[], string]> = [
  [['sources', '[]', 'id'], 'Unique among the sources (a repeat is the error "repeats the id of an earlier source").'],
  [['claim', 'evidence', '[]', 'sources'], 'Each id must name an entry of `sources` (else "names a source that is not in sources").'],
  [['read', 'choices', '[]', 'id'], 'Unique among the choices (a repeat is the error "repeats the id of an earlier choice").'],
  [['read', 'counts'], 'Each key must be the id of one of `read.choices` (else "has a count for a choice that is not in read.choices").'],
  [['glossary', '[]', 'term'], 'Unique among the terms, ignoring case (a repeat is the error "repeats an earlier term").'],
];

function at(root: Node, path: string[]): Node {
  let node = root;
  for (const step of path) {
    const next = step === '[]' ? node.items : node.properties?.[step];
    if (!next) throw new Error(`story-json-schema: no ${path.join('.')} in the generated schema`);
    node = next;
  }
  return node;
}

export function storyJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(storySchema, {
    io: 'input',
    unrepresentable: 'any',
    // The date-time fields check a pattern of their own (schema.ts says why); say what it is.
    override: ({ jsonSchema }) => {
      if (jsonSchema.pattern === DATE_TIME.source) jsonSchema.format = 'date-time';
    },
  }) as Node;
  for (const [path, rule] of CROSS_FIELD_RULES) {
    const node = at(schema, path);
    node.description = `${rule} ${CHECKED}`;
  }
  return {
    ...schema,
    title: 'reality-kit story, version 1',
    description:
      'The story JSON read by reality-kit elements (docs/story-format.md in the package). Besides the rules below, five cross-field rules (unique source ids, evidence sources that exist, unique choice ids, counts for known choices, unique glossary terms) are checked by `reality-kit validate`, the same validator the elements run; each is described on its field.',
  };
}
