/**
 * `reality-kit/react` on a server (the package's `node` export): the same five components, rendering
 * the element with its content as declarative shadow DOM (through `reality-kit/ssr`), so that React's
 * `renderToString` / `renderToPipeableStream` put the story's text in the page.
 *
 * The element is rendered with `defer-hydration`: on the client it does not start until the
 * component (the browser build, `./index.ts`) has set its properties and listeners after hydration;
 * then it removes the attribute and the element takes the server's HTML over as its first render.
 * Event handlers are the client's business and are ignored here.
 */
import * as React from 'react';
import { renderToString, type ElementTag } from '../ssr/index.js';
import type * as Client from './index.js';

/** Props every component understands on the server; the rest (handlers, refs) has no meaning here. */
interface ServerProps {
  story?: unknown;
  theme?: 'light' | 'dark' | 'auto';
  open?: boolean;
  reveal?: boolean;
  strings?: Record<string, string>;
  src?: string | null;
  className?: string;
  id?: string;
  lang?: string;
  dir?: string;
  hidden?: boolean;
}

/** The element's own HTML (its declarative shadow root) out of `reality-kit/ssr`'s rendering of it. */
function shadowHtml(tag: ElementTag, props: ServerProps): string {
  const html = renderToString(tag, { story: props.story, theme: props.theme ?? 'auto', open: props.open, reveal: props.reveal, strings: props.strings, storyScript: false });
  const open = html.indexOf(`<${tag}`);
  const start = html.indexOf('>', open) + 1;
  const end = html.lastIndexOf(`</${tag}>`);
  return open < 0 || end < start ? '' : html.slice(start, end);
}

function serverComponent(tag: ElementTag, displayName: string) {
  const component = React.forwardRef<HTMLElement, ServerProps>((props, _ref) => {
    const { story, theme, open, reveal, src, className, id, lang, dir, hidden } = props;
    const attributes: Record<string, unknown> = {
      ...(theme ? { theme } : {}),
      'defer-hydration': '',
      ...(open ? { open: '' } : {}),
      ...(reveal ? { reveal: '' } : {}),
      ...(src ? { src } : {}),
      ...(className ? { class: className } : {}),
      ...(id ? { id } : {}),
      ...(lang ? { lang } : {}),
      ...(dir ? { dir } : {}),
      ...(hidden ? { hidden: '' } : {}),
    };
    // No story yet (it comes from `src` on the client): an empty element, as the client starts with.
    if (story === undefined || story === null) return React.createElement(tag, attributes);
    return React.createElement(tag, { ...attributes, dangerouslySetInnerHTML: { __html: shadowHtml(tag, props) } });
  });
  component.displayName = displayName;
  return component;
}

export const RealityMeter = serverComponent('reality-meter', 'RealityMeter') as unknown as typeof Client.RealityMeter;
export const SourceList = serverComponent('source-list', 'SourceList') as unknown as typeof Client.SourceList;
export const GlossaryList = serverComponent('glossary-list', 'GlossaryList') as unknown as typeof Client.GlossaryList;
export const VoteWidget = serverComponent('vote-widget', 'VoteWidget') as unknown as typeof Client.VoteWidget;
export const PredictionCard = serverComponent('prediction-card', 'PredictionCard') as unknown as typeof Client.PredictionCard;
