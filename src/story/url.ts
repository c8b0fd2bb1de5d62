/**
 * The safe-URL rule (docs/story-format.md). Lit does not sanitise URL attributes and zod's `url()` accepts
 * `javascript:`, so this is the one place that decides whether a story's URL may become a link.
 */

export interface SafeLink {
  /** The parsed, normalised `URL.href`: never the raw string from the story. */
  href: string;
  /** What the link shows: the host with any non-default port (punycode for an internationalised one) or the mail address. */
  text: string;
  /** True for http(s) links, which open in a new tab with `rel="noopener noreferrer"`. */
  external: boolean;
}

/** A mail address as `URL.pathname` gives it: one `@`, no whitespace or controls. */
const MAIL_ADDRESS = /^[^\s@\u0000-\u001F\u007F]+@[^\s@\u0000-\u001F\u007F]+$/;

/** Longer than this and a URL is not worth parsing (the story format caps URLs at 2,048 characters). */
const MAX_URL_LENGTH = 2048;

/**
 * Returns a link for `value` when it is an absolute http(s) URL with a host and no credentials, or a
 * `mailto:` address; `null` for anything else (relative, protocol-relative, `javascript:`, `data:`, …).
 * `new URL` with no base refuses relative input, and it strips the leading controls and inner tabs and
 * newlines that browsers also ignore, so `\tjava\nscript:` is judged by the scheme a browser would see.
 */
export function safeUrl(value: unknown): SafeLink | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_URL_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    if (!url.hostname || url.username || url.password) return null;
    // `host` names a non-default port too: a link to :8443 must not pass for the site itself.
    return { href: url.href, text: url.host, external: true };
  }
  if (url.protocol === 'mailto:') {
    const address = url.pathname;
    // A query can add recipients or headers (`?bcc=`, `?body=`) the reader does not see: text only.
    if (url.search || url.hash || !MAIL_ADDRESS.test(address)) return null;
    return { href: url.href, text: address, external: false };
  }
  return null;
}
