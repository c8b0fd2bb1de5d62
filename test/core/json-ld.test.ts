// toJsonLd: the schema.org JSON-LD a crawler reads (https://schema.org/ClaimReview,
// https://schema.org/DefinedTermSet). Checked against the story it came from, against the properties
// schema.org defines for each type used, and safe inside a <script> whatever the story says.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { jsonForScript, realityScore, toJsonLd } from '../../src/core/index.js';
import { referenceStory } from '../fixtures/index.js';

type Node = Record<string, unknown> & { '@type': string };

/**
 * The properties schema.org lists for each type this output uses (own and inherited from
 * CreativeWork / Thing / Intangible), restricted to those a reader of this output may meet.
 * Source: schema.org type pages, version 29.
 */
const SCHEMA_ORG: Record<string, string[]> = {
  ClaimReview: ['@type', '@id', 'name', 'description', 'url', 'claimReviewed', 'reviewRating', 'datePublished', 'author', 'itemReviewed'],
  Rating: ['@type', 'ratingValue', 'bestRating', 'worstRating', 'alternateName', 'ratingExplanation'],
  DefinedTermSet: ['@type', '@id', 'name', 'description', 'hasDefinedTerm'],
  DefinedTerm: ['@type', 'name', 'description', 'inDefinedTermSet', 'termCode'],
  Organization: ['@type', 'name', 'url'],
};

function expectSchemaOrg(node: Node): void {
  const allowed = SCHEMA_ORG[node['@type']];
  expect(allowed, `schema.org type ${node['@type']}`).to.be.an('array');
  for (const [key, value] of Object.entries(node)) {
    expect(allowed, `${node['@type']}.${key}`).to.include(key);
    const children = Array.isArray(value) ? value : [value];
    for (const child of children) if (child && typeof child === 'object' && '@type' in child) expectSchemaOrg(child as Node);
  }
}

describe('toJsonLd', () => {
  it('reviews the claim with the reality score on a 0–100 scale and the band as its name', () => {
    const story = { ...referenceStory(), url: 'https://news.example/story', publishedAt: '2026-11-26T08:00:00Z' };
    const ld = toJsonLd(story) as unknown as { '@context': string; '@graph': Node[] };
    expect(ld['@context']).to.equal('https://schema.org');
    const review = ld['@graph'].find((n) => n['@type'] === 'ClaimReview')!;
    const score = realityScore(story);
    expect(review.claimReviewed).to.equal(story.claim.text);
    expect(review.reviewRating).to.deep.equal({ '@type': 'Rating', ratingValue: score.score, bestRating: 100, worstRating: 0, alternateName: score.band });
    expect(review.url).to.equal('https://news.example/story');
    expect(review.datePublished).to.equal('2026-11-26T08:00:00Z');
    for (const node of ld['@graph']) expectSchemaOrg(node);
  });

  it('lists the glossary as a DefinedTermSet, in order', () => {
    const story = referenceStory();
    const ld = toJsonLd(story) as unknown as { '@graph': Node[] };
    const set = ld['@graph'].find((n) => n['@type'] === 'DefinedTermSet')!;
    const terms = set.hasDefinedTerm as Node[];
    expect(terms.map((t) => t.name)).to.deep.equal(story.glossary!.map((g) => g.term));
    expect(terms.map((t) => t.description)).to.deep.equal(story.glossary!.map((g) => g.definition));
    expect(terms.every((t) => (t.inDefinedTermSet as { '@id': string })['@id'] === set['@id'])).to.equal(true);
  });

  it('leaves out what the story does not have, and names the reviewer when asked', () => {
    const { url: _url, publishedAt: _published, glossary: _glossary, ...bare } = referenceStory();
    const ld = toJsonLd(bare, { author: { name: 'The Daily Example', url: 'https://daily.example/' } }) as unknown as { '@graph': Node[] };
    expect(ld['@graph'].map((n) => n['@type'])).to.deep.equal(['ClaimReview']);
    const [review] = ld['@graph'];
    expect(review).not.to.have.property('url');
    expect(review).not.to.have.property('datePublished');
    expect(review.author).to.deep.equal({ '@type': 'Organization', name: 'The Daily Example', url: 'https://daily.example/' });
    expectSchemaOrg(review);
  });

  it('is safe inside a <script> whatever the story text, and parses back to the same value', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (claim, term) => {
        const story = referenceStory();
        story.claim.text = `${claim}</script><!--`;
        story.glossary = [{ term: `${term}</SCRIPT>`, definition: '<b>x</b>' }];
        const text = jsonForScript(toJsonLd(story));
        expect(text).not.to.match(/<\/script|<!--/i);
        expect(JSON.parse(text)).to.deep.equal(JSON.parse(JSON.stringify(toJsonLd(story))));
      }),
      { seed: 20261130, numRuns: 300 },
    );
  });
});
