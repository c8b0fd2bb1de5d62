// The Custom Elements Manifest (dist/custom-elements.json, built before the tests run) must list the
// public API of docs/elements.md, and every part an element actually renders.
import { expect } from '@open-wc/testing';
import { TAGS, all, mount, type Tag } from './support/helpers.js';

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string }[];
  members?: { name: string; kind: string }[];
  events?: { name: string; type?: { text: string } }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
  slots?: { name: string }[];
}

const CONTRACT: Record<Tag, { parts: string[]; events: string[]; attributes: string[] }> = {
  'reality-meter': {
    parts: ['meter', 'score', 'band', 'claim', 'signal', 'breakdown', 'factor', 'evidence', 'reasoning'],
    events: ['story-load', 'story-error'],
    attributes: ['src', 'theme', 'open'],
  },
  'source-list': { parts: ['summary', 'list', 'source', 'link', 'trust'], events: ['story-load', 'story-error'], attributes: ['src', 'theme'] },
  'glossary-list': { parts: ['list', 'term', 'definition'], events: ['story-load', 'story-error'], attributes: ['src', 'theme'] },
  'vote-widget': {
    parts: ['prompt', 'choices', 'choice', 'results', 'bar'],
    events: ['story-load', 'story-error', 'vote-cast'],
    attributes: ['src', 'theme', 'reveal'],
  },
  'prediction-card': {
    parts: ['question', 'community', 'input', 'submit', 'result'],
    events: ['story-load', 'story-error', 'prediction-submit'],
    attributes: ['src', 'theme'],
  },
};

let declarations: Map<string, Declaration>;

before(async () => {
  const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as { modules: { declarations?: Declaration[] }[] };
  declarations = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName).map((d) => [d.tagName!, d]));
});

describe('custom-elements.json', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      it('lists the documented parts plus base and error', () => {
        const parts = (declarations.get(tag)?.cssParts ?? []).map((p) => p.name);
        for (const name of [...CONTRACT[tag].parts, 'base', 'error']) expect(parts, `${tag} part ${name}`).to.include(name);
      });
      it('lists its events with their classes', () => {
        const events = declarations.get(tag)?.events ?? [];
        for (const name of CONTRACT[tag].events) expect(events.map((e) => e.name)).to.include(name);
        expect(events.every((e) => /Event$/.test(e.type?.text ?? ''))).to.equal(true);
      });
      it('lists its attributes, the story and strings properties, custom properties and the slots', () => {
        const d = declarations.get(tag)!;
        expect((d.attributes ?? []).map((a) => a.name)).to.include.members(CONTRACT[tag].attributes);
        expect((d.members ?? []).map((m) => m.name)).to.include.members(['story', 'src', 'theme', 'strings']);
        expect((d.members ?? []).some((m) => m.name.startsWith('#') || m.name.startsWith('_'))).to.equal(false);
        expect((d.cssProperties ?? []).map((p) => p.name)).to.include.members(['--reality-bg', '--reality-fg', '--reality-accent', '--reality-font']);
        // The default slot (the story as a JSON child) and `error` (the page's own fallback).
        expect((d.slots ?? []).map((s) => s.name).sort()).to.deep.equal(['', 'error']);
      });
      it('every part the element renders is in the manifest', async () => {
        const el = await mount(tag, undefined, tag === 'reality-meter' ? 'open' : 'reveal');
        const rendered = new Set(all(el, '[part]').flatMap((node) => node.getAttribute('part')!.split(/\s+/)));
        const listed = (declarations.get(tag)?.cssParts ?? []).map((p) => p.name);
        expect([...rendered].filter((name) => !listed.includes(name))).to.deep.equal([]);
      });
    });
  }
});
