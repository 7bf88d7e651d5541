/**
 * The allow-list sanitiser (templates/sanitize.ts) on hostile HTML, straight and through the
 * Markdown renderer: nothing outside the allow-list survives, whatever the spelling.
 */
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '../../../templates/render';
import { ALLOWED_TAGS, MAX_NESTING, sanitizeHtml, serializeHtml, type SafeNode } from '../../../templates/sanitize';
import { renderMarkdown } from '../../../templates/markdown';

const clean = (html: string): string => serializeHtml(sanitizeHtml(html));

/** Every element of the tree is allowed, only a carries an attribute and it is http(s) or mailto. */
function assertAllowed(nodes: readonly SafeNode[]): void {
  const pending = [...nodes];
  while (pending.length > 0) {
    const node = pending.pop() as SafeNode;
    if (node.type === 'text') continue;
    expect(ALLOWED_TAGS).toContain(node.tag);
    if (node.href !== undefined) {
      expect(node.tag).toBe('a');
      expect(node.href).toMatch(/^(https?:|mailto:)/i);
    }
    pending.push(...node.children);
  }
}

/** The serialised HTML has no tag other than the allow-list's and no attribute but href. */
function assertInertHtml(html: string): void {
  for (const match of html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)) {
    expect(ALLOWED_TAGS).toContain(match[1]);
    const attributes = (match[2] as string).trim();
    if (attributes) expect(attributes).toMatch(/^href="(https?:|mailto:)[^"]*"$/i);
  }
}

const JAVASCRIPT_SPELLINGS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0001javascript:alert(1)',
  'javascript&colon;alert(1)',
  '&#106;avascript:alert(1)',
  '&#x6A;avascript:alert(1)',
  '&#0000106;&#0000097;vascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  '//evil.example/x',
  'https&#58;//looks.fine',
];

describe('the allow-list', () => {
  it('drops script, style and friends with their content, and other tags but not their text', () => {
    const html = clean('<p>a<script>alert(1)</script>b<style>p{}</style>c<svg><g onload=x>d</g></svg><iframe src=x>e</iframe><div class="x" onclick="y()">f<span>g</span></div><img src=x onerror=alert(1)>h</p>');
    expect(html).toBe('<p>abcfgh</p>');
  });

  it('keeps no attribute but a valid href, and no event handler in any spelling', () => {
    const html = clean('<p onclick="x()" ONMOUSEOVER=y style="color:red">t</p><a href="https://ok.example" onclick="x()" title="t" target=_blank>ok</a><strong/onmouseover=x>s</strong><em\nonfocus=x>e</em>');
    expect(html).toBe('<p>t</p><a href="https://ok.example">ok</a><strong>s</strong><em>e</em>');
  });

  it.each(JAVASCRIPT_SPELLINGS)('refuses href %j (the link text stays, without a link)', (href) => {
    for (const quoted of [`"${href}"`, `'${href}'`, href.includes(' ') || href.includes('\t') || href.includes('\n') ? `"${href}"` : href]) {
      const tree = sanitizeHtml(`<p><a href=${quoted}>text</a></p>`);
      assertAllowed(tree);
      const html = serializeHtml(tree);
      if (href === 'https&#58;//looks.fine') {
        // An encoded colon is still https: — decoded first, then checked, like a browser reads it.
        expect(html).toBe('<p><a href="https://looks.fine">text</a></p>');
      } else {
        expect(html).toBe('<p>text</p>');
      }
    }
  });

  it('refuses javascript: links written in Markdown, in every spelling', () => {
    for (const href of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', '&#106;avascript:alert(1)', 'java%73cript:alert(1)', '<javascript:alert(1)>', 'jav\\ascript:alert(1)']) {
      const { html } = markdownToSafeHtml(`[click](${href}) <javascript:alert(1)> javascript:alert(1)`);
      assertInertHtml(html);
      expect(html).not.toMatch(/href/);
    }
  });

  it('entity tricks decode to text, never to markup', () => {
    const html = clean('<p>&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62; &amp;lt;b&amp;gt; &bogus; &#0; &#xD800;</p>');
    assertInertHtml(html);
    expect(html).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt; &amp;lt;b&amp;gt; &amp;bogus; \ufffd \ufffd</p>');
  });

  it('balances unclosed and stray tags, and drops comments and doctype-like markup', () => {
    expect(clean('<p><strong>open <em>more')).toBe('<p><strong>open <em>more</em></strong></p>');
    expect(clean('</p>text</strong></li><ul><li>a')).toBe('text<ul><li>a</li></ul>');
    expect(clean('a<!-- <script>alert(1)</script> -->b<!DOCTYPE html><?xml x?>c<!-- never closed')).toBe('abc');
    expect(clean('a < b and c<d> e <')).toBe('a &lt; b and c e &lt;');
    expect(clean('<script>never closed')).toBe('');
  });

  it('unwraps a link inside a link, and a link without a valid href', () => {
    expect(clean('<a href="https://a.example">x<a href="https://b.example">y</a>z</a>')).toBe('<a href="https://a.example">xyz</a>');
    expect(clean('<a>no href</a> <a href="">empty</a> <a name="x" href="ftp://f">ftp</a>')).toBe('no href empty ftp');
    const { html } = markdownToSafeHtml('[outer [inner](https://b.example)](https://a.example)');
    assertInertHtml(html);
    expect(html.match(/<a /g) ?? []).toHaveLength(1);
  });

  it('escapes what it serialises: quotes in href, and text', () => {
    expect(clean('<a href="https://x.example/?q=&quot;&gt;&lt;script&gt;">q</a>')).toBe('<a href="https://x.example/?q=&quot;><script>">q</a>');
    expect(clean('<p>&quot;\u00a0&amp;</p>')).toBe('<p>"&nbsp;&amp;</p>');
  });

  it('survives 10 000-deep nesting: no stack overflow, the depth capped', () => {
    const deep = '<blockquote>'.repeat(10_000) + 'core' + '</blockquote>'.repeat(10_000);
    const tree = sanitizeHtml(deep);
    assertAllowed(tree);
    const html = serializeHtml(tree);
    expect(html.match(/<blockquote>/g)).toHaveLength(MAX_NESTING);
    expect(html).toContain('core');
    const unclosed = serializeHtml(sanitizeHtml('<ul><li>'.repeat(10_000) + 'x'));
    expect(unclosed).toContain('x');
    expect(clean('<a x=' + '/a'.repeat(30_000))).toBe('');
  });

  it('survives 10 000-deep Markdown: quotes, lists and emphasis', () => {
    const sources = [
      '>'.repeat(10_000) + ' deep',
      '- '.repeat(10_000) + 'x',
      '> 1. '.repeat(10_000) + 'x',
      Array.from({ length: 200 }, (_, depth) => `${'  '.repeat(depth)}- item ${depth}`).join('\n'),
      '*'.repeat(10_000) + 'x' + '*'.repeat(10_000),
      '['.repeat(10_000) + 'x' + ']'.repeat(10_000) + '(https://a.example)',
    ];
    for (const source of sources) {
      const { html, text } = markdownToSafeHtml(source);
      assertInertHtml(html);
      expect(text.length).toBeGreaterThan(0);
      expect(sanitizeHtml(renderMarkdown(source)).length).toBeGreaterThan(0);
    }
  });
});
