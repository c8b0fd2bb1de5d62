/**
 * What crawlers read: a story as schema.org JSON-LD. One `@graph` holds a `ClaimReview` of the story's
 * claim (the fact-checkers' interchange format, https://schema.org/ClaimReview: the reality score is
 * its `reviewRating` on a 0–100 scale, the band its `alternateName`) and, when the story has a
 * glossary, a `DefinedTermSet` of its terms (https://schema.org/DefinedTermSet). Google stopped
 * showing ClaimReview rich results in 2025; fact-checking networks and AI crawlers still read it.
 *
 * Pure: no DOM, no clock. Types come from `schema-dts` (schema.org's own vocabulary as TypeScript).
 */
import type { ClaimReview, DefinedTermSet, Graph, Organization, Person, Thing } from 'schema-dts';
import type { Story } from '../story/schema.js';
import { realityScore } from './score.js';

export interface JsonLdOptions {
  /** Who reviewed the claim: becomes the ClaimReview's `author` (for example the publisher). */
  author?: { name: string; url?: string; type?: 'Organization' | 'Person' };
  /** The page the review appears on, when it is not the story's own `url` (absolute URL). */
  url?: string;
  /** `@id` prefix of the graph's nodes; defaults to the page URL. */
  idBase?: string;
}

/**
 * `{ '@context': 'https://schema.org', '@graph': [ClaimReview, DefinedTermSet?] }` for `story` (a
 * story already validated by `parseStory`). Throws nothing; omits what the story does not have
 * (`url`, `publishedAt`, glossary).
 */
export function toJsonLd(story: Story, options: JsonLdOptions = {}): Graph {
  const result = realityScore(story);
  const url = options.url ?? story.url;
  const base = options.idBase ?? url ?? `urn:reality-kit:story:${encodeURIComponent(story.id)}`;
  const author = options.author
    ? ({ '@type': options.author.type ?? 'Organization', name: options.author.name, ...(options.author.url ? { url: options.author.url } : {}) } as Organization | Person)
    : undefined;

  const review: ClaimReview = {
    '@type': 'ClaimReview',
    '@id': `${base}#claim-review`,
    name: story.headline,
    claimReviewed: story.claim.text,
    reviewRating: {
      '@type': 'Rating',
      ratingValue: result.score,
      bestRating: 100,
      worstRating: 0,
      alternateName: result.band,
    },
    ...(url ? { url } : {}),
    ...(story.publishedAt ? { datePublished: story.publishedAt } : {}),
    ...(author ? { author } : {}),
    ...(story.summary ? { description: story.summary } : {}),
  };

  const graph: Thing[] = [review];
  if (story.glossary?.length) {
    const termSet: DefinedTermSet = {
      '@type': 'DefinedTermSet',
      '@id': `${base}#glossary`,
      name: `Glossary: ${story.headline}`,
      hasDefinedTerm: story.glossary.map((entry) => ({
        '@type': 'DefinedTerm',
        name: entry.term,
        description: entry.definition,
        inDefinedTermSet: { '@id': `${base}#glossary` },
      })),
    };
    graph.push(termSet);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/**
 * `value` as the text of a `<script type="application/ld+json">` (or `application/json`): JSON with
 * every `<` written as `\u003c`, so that story text holding `</script>` or `<!--` cannot end the
 * script early. JSON parsers read the escape back as `<`.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
