import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/story/url.js';

/** Each row: what the story says, and the link it may become (`null`: shown as plain text, never a link). */
const rows: Array<{ name: string; input: string; href: string | null; text?: string }> = [
  { name: 'plain https', input: 'https://www.wsj.com/', href: 'https://www.wsj.com/', text: 'www.wsj.com' },
  { name: 'http with path and query', input: 'http://example.org/a b?q=1#f', href: 'http://example.org/a%20b?q=1#f', text: 'example.org' },
  { name: 'upper-case scheme and host are normalised', input: 'HTTPS://EXAMPLE.ORG', href: 'https://example.org/', text: 'example.org' },
  { name: 'leading spaces are trimmed by the parser, href is normalised', input: '  https://example.org/x', href: 'https://example.org/x' },
  { name: 'mailto shows the address', input: 'mailto:desk@example.org', href: 'mailto:desk@example.org', text: 'desk@example.org' },
  { name: 'mailto without an address', input: 'mailto:', href: null },
  { name: 'mailto with a query (hidden recipients) is text', input: 'mailto:desk@example.org?bcc=all@example.org', href: null },
  { name: 'mailto with a body header is text', input: 'mailto:desk@example.org?body=hi', href: null },
  { name: 'a non-default port is named in the text', input: 'https://example.org:8443/story', href: 'https://example.org:8443/story', text: 'example.org:8443' },
  { name: 'a default port is not', input: 'https://example.org:443/story', href: 'https://example.org/story', text: 'example.org' },
  { name: 'javascript: plain', input: 'javascript:alert(1)', href: null },
  { name: 'javascript: mixed case', input: 'JaVaScRiPt:alert(1)', href: null },
  { name: 'javascript: leading spaces', input: '   javascript:alert(1)', href: null },
  { name: 'javascript: leading controls', input: '\u0001\u001f javascript:alert(1)', href: null },
  { name: 'javascript: leading NUL', input: '\u0000javascript:alert(1)', href: null },
  { name: 'javascript: tab inside the scheme', input: 'java\tscript:alert(1)', href: null },
  { name: 'javascript: newline inside the scheme', input: 'java\nscript:alert(1)', href: null },
  { name: 'javascript: carriage return inside the scheme', input: 'jav\rascript:alert(1)', href: null },
  { name: 'javascript: with //%0a comment trick', input: 'javascript://%0aalert(1)', href: null },
  { name: 'javascript: percent-encoded body', input: 'javascript:%61%6c%65%72%74%28%31%29', href: null },
  { name: 'javascript: percent-encoded scheme is not a scheme (relative)', input: '%6A%61%76%61%73%63%72%69%70%74:alert(1)', href: null },
  { name: 'javascript: HTML entity is not decoded (no scheme)', input: 'javascript&colon;alert(1)', href: null },
  { name: 'data: HTML', input: 'data:text/html,<script>alert(1)</script>', href: null },
  { name: 'data: base64', input: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', href: null },
  { name: 'vbscript:', input: 'vbscript:msgbox(1)', href: null },
  { name: 'file:', input: 'file:///etc/passwd', href: null },
  { name: 'blob:', input: 'blob:https://example.org/0b6e-uuid', href: null },
  { name: 'ftp:', input: 'ftp://example.org/file', href: null },
  { name: 'relative path', input: '/story.json', href: null },
  { name: 'relative without slash', input: 'story.json', href: null },
  { name: 'protocol-relative', input: '//evil.example/', href: null },
  { name: 'user name', input: 'https://user@example.org/', href: null },
  { name: 'user name and password', input: 'https://user:pass@example.org/', href: null },
  { name: 'user info that looks like a host', input: 'https://www.wsj.com@evil.example/', href: null },
  { name: 'Cyrillic homograph host shows as punycode', input: 'https://аpple.com/', href: 'https://xn--pple-43d.com/', text: 'xn--pple-43d.com' },
  { name: 'http with no host', input: 'http:', href: null },
  { name: 'empty string', input: '', href: null },
  { name: 'over 2,048 characters', input: `https://example.org/${'a'.repeat(2100)}`, href: null },
];

describe('safe-URL rule', () => {
  for (const row of rows) {
    it(row.name, () => {
      const link = safeUrl(row.input);
      expect(link?.href ?? null).to.equal(row.href);
      if (row.text) expect(link?.text).to.equal(row.text);
    });
  }
  it('http(s) links are external, mailto links are not', () => {
    expect(safeUrl('https://example.org')?.external).to.equal(true);
    expect(safeUrl('mailto:a@example.org')?.external).to.equal(false);
  });
  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 42, {}, ['https://example.org']]) expect(safeUrl(value)).to.equal(null);
  });
});
