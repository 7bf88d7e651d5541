/**
 * Hostile strings an e-mail (or a careless paste) can carry, and the checks that judge what the
 * product made of them. Shared by the unit tests (tests/unit/safety) and the end-to-end tests
 * (tests/e2e/hostile-input.test.ts), so both layers see exactly the same inputs.
 *
 * Payloads that would run use `alert(1)` (a dialog the e2e test listens for) or set
 * `window.__pwned` (a marker the e2e test reads), so any execution is observable.
 * Nothing here depends on vitest: plain data and DOM-agnostic functions, plus jsdom for parsing.
 */
import { JSDOM } from 'jsdom';

export type HostileCategory = 'xss' | 'markup' | 'markdown' | 'template' | 'unicode' | 'long';

export interface HostileSample {
  id: string;
  category: HostileCategory;
  value: string;
}

/** The global a payload sets when it runs; the e2e test asserts it stays undefined. */
export const PWN_MARKER = '__pwned';

const xss: Array<[string, string]> = [
  ['script-alert', '<script>alert(1)</script>'],
  ['script-pwn', '<script>window.__pwned=1</script>'],
  ['img-onerror-alert', '<img src=x onerror=alert(1)>'],
  ['img-onerror-pwn', '<img src=x onerror="window.__pwned=1">'],
  ['svg-onload-alert', '<svg onload=alert(1)>'],
  ['svg-onload-pwn', '<svg onload="window.__pwned=1">'],
  ['iframe-js-breakout', '"><iframe src=javascript:alert(1)>'],
  ['a-href-js', '<a href="javascript:alert(1)">x</a>'],
  ['a-href-js-tab', '<a href="jav&#x09;ascript:window.__pwned=1">x</a>'],
  ['mxss-mglyph', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>'],
  ['mxss-mglyph-pwn', '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">'],
  ['mxss-noscript', '<noscript><p title="</noscript><img src=x onerror=window.__pwned=1>">'],
  ['mxss-svg-style', '<svg></p><style><a id="</style><img src=1 onerror=window.__pwned=1>">'],
  ['angular-constructor', "{{constructor.constructor('alert(1)')()}}"],
  ['template-literal', '${alert(1)}'],
  ['attr-breakout-single', "' onmouseover='window.__pwned=1' x='"],
  ['attr-breakout-double', '" onfocus="window.__pwned=1" autofocus="'],
  ['details-ontoggle', '<details open ontoggle="window.__pwned=1">'],
  ['input-autofocus', '<input autofocus onfocus=alert(1)>'],
  ['body-onload', '<body onload=alert(1)>'],
  ['object-js', '<object data="javascript:alert(1)"></object>'],
  ['embed-js', '<embed src="javascript:alert(1)">'],
  ['form-action-js', '<form action="javascript:alert(1)"><button>go</button></form>'],
  ['data-url-link', '<a href="data:text/html,<script>alert(1)</script>">d</a>'],
  ['style-import', "<style>@import 'https://evil.example/x.css';</style>"],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['base-href', '<base href="javascript:alert(1)//">'],
];

const markup: Array<[string, string]> = [
  ['unclosed-inline', '<div><p><b>bold <i>italic</div> tail'],
  ['nested-tables', '<table><tr><td><table><tr><td>cell</table>outer'],
  ['stray-closers', '</div></span></td></table></body></html>text after closers'],
  ['comment-script', '<!-- <script>alert(1)</script> --> after comment'],
  ['cdata', '<![CDATA[<script>alert(1)</script>]]>'],
  ['entities', '&lt;script&gt;alert(1)&lt;/script&gt; &amp;amp; &#60;img&#62; &#x3C;b&#x3E;'],
  ['deep-nesting', `${'<div>'.repeat(400)}deep${'</div>'.repeat(400)}`],
  ['quoted-history', '<blockquote class="gmail_quote">quoted <script>alert(1)</script></blockquote>'],
];

const markdown: Array<[string, string]> = [
  ['md-link-js', '[x](javascript:alert(1))'],
  ['md-image-js', '![x](javascript:alert(1))'],
  ['md-autolink-js', '<javascript:alert(1)>'],
  ['md-link-js-mixed-case', '[x](JaVaScRiPt:window.__pwned=1)'],
  ['md-link-js-entity', '[x](javascript&#58;alert(1))'],
  ['md-link-js-title', '[x]( javascript:alert(1) "title")'],
  ['md-reference-js', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['md-link-data', '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
  ['md-html-block', '<div onclick="alert(1)">block</div>'],
  ['md-table-payload', '| a | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [y](javascript:alert(1)) |'],
  ['md-heading-list-quote', '# Heading\n\n- item\n\n> quote\n\n---\n\n**bold** _it_ `code`'],
];

const template: Array<[string, string]> = [
  ['tpl-value', '{{client.name}}'],
  ['tpl-each', '{{#each x}}{{this}}{{/each}}'],
  ['tpl-if', '{{#if client.name}}yes{{else}}no{{/if}}'],
  ['tpl-stray-close', '{{/if}}{{/each}}'],
  ['tpl-triple', '{{{raw}}}'],
  ['tpl-escaped', '\\{{client.name}}'],
  ['tpl-choice', '{{#sender m="a" f="b" we="c"}}'],
  ['tpl-proto', '{{__proto__.polluted}}{{constructor}}'],
];

const unicode: Array<[string, string]> = [
  ['rtl-override', 'Anna \u202Egnp.exe\u202C Kowalska'],
  ['bidi-isolates', '\u2066Mark\u2069 \u2067Davies\u2069 \u2068x\u2069'],
  ['zero-width', 'An\u200Dna\u200B Ko\u200Cwal\uFEFFska'],
  ['combining-marks', 'Z\u0351\u0362a\u0336l\u0489g\u0335o\u0301\u0301\u0301'],
  ['emoji', '👩🏽‍💻 Ola 🇵🇱 ❤️ 👨‍👩‍👧‍👦'],
  ['control-chars', 'A\u0000B\u0001C\u0007D\u001B[31mE\u007F\u0085F'],
  ['line-separators', 'one\u2028two\u2029three\r\nfour\rfive'],
  ['lone-surrogates', 'x\uD800y\uDFFFz'],
  ['polish', 'Zażółć gęślą jaźń — Łódź'],
];

const long: Array<[string, string]> = [
  ['long-plain', 'A'.repeat(100_000)],
  ['long-tags', '<b>'.repeat(33_334)],
  ['long-md-links', '[x](javascript:alert(1)) '.repeat(4_000)],
  ['long-words', 'word '.repeat(20_000)],
];

function samples(category: HostileCategory, list: Array<[string, string]>): HostileSample[] {
  return list.map(([id, value]) => ({ id, category, value }));
}

export const HOSTILE_CORPUS: readonly HostileSample[] = Object.freeze([
  ...samples('xss', xss),
  ...samples('markup', markup),
  ...samples('markdown', markdown),
  ...samples('template', template),
  ...samples('unicode', unicode),
  ...samples('long', long),
]);

export function corpusOf(category: HostileCategory): HostileSample[] {
  return HOSTILE_CORPUS.filter((sample) => sample.category === category);
}

export function sample(id: string): string {
  const found = HOSTILE_CORPUS.find((s) => s.id === id);
  if (!found) throw new Error(`No hostile sample "${id}"`);
  return found.value;
}

/** Entity-escapes text for an HTML text node or a double- or single-quoted attribute. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// ——— judging output ———

/** The draft allow-list (templates/render.ts): what a rendered or inserted draft may contain. */
export const DRAFT_TAGS = [
  'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'blockquote', 'hr', 'h3', 'h4',
] as const;
export const DRAFT_ATTRIBUTES = ['href'] as const;
const SAFE_HREF = /^(?:https?:|mailto:)/i;

/** Elements that can run code, load something or restyle the page: never from e-mail content. */
const ACTIVE_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'style', 'link', 'meta',
  'base', 'form', 'input', 'button', 'textarea', 'select', 'img', 'video', 'audio', 'source', 'details',
  'noscript', 'template', 'mglyph', 'mtext',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'data', 'background', 'poster']);

export interface MarkupPolicy {
  /** Lower-case tag names allowed; anything else is a problem. Absent: only active tags are. */
  tags?: readonly string[];
  /** Attribute names allowed; anything else is a problem. Absent: only on* and script URLs are. */
  attributes?: readonly string[];
  /** Tags exempt from the active-tag rule (e.g. the form controls of the sidebar's own UI). */
  allowActive?: readonly string[];
}

export const DRAFT_POLICY: MarkupPolicy = { tags: DRAFT_TAGS, attributes: DRAFT_ATTRIBUTES };

function scriptUrl(value: string): boolean {
  // Browsers drop tabs, newlines and control characters inside a scheme: "jav\tascript:".
  const compact = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '').toLowerCase();
  return /^(?:javascript|vbscript|data):/.test(compact) || compact.includes('javascript:');
}

/** Every element or attribute in `root` that could execute, load or break out; empty when clean. */
export function markupProblems(root: ParentNode, policy: MarkupPolicy = {}): string[] {
  const problems: string[] = [];
  const allowedTags = policy.tags ? new Set(policy.tags) : null;
  const allowedAttributes = policy.attributes ? new Set(policy.attributes) : null;
  const exempt = new Set(policy.allowActive ?? []);
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const tag = el.localName.toLowerCase();
    if (ACTIVE_TAGS.has(tag) && !exempt.has(tag)) problems.push(`<${tag}> element`);
    else if (allowedTags && !allowedTags.has(tag)) problems.push(`<${tag}> outside the allow-list`);
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} attribute on <${tag}>`);
      else if (allowedAttributes && !allowedAttributes.has(name)) problems.push(`${name} attribute on <${tag}> outside the allow-list`);
      if (URL_ATTRIBUTES.has(name) && scriptUrl(attr.value)) problems.push(`script URL in ${name} on <${tag}>`);
      if (name === 'href' && allowedAttributes && !SAFE_HREF.test(attr.value.trim())) {
        problems.push(`href "${attr.value.slice(0, 40)}" is not http(s) or mailto`);
      }
    }
  }
  return problems;
}

/** Parses HTML inertly (jsdom, no scripts) and returns its problems. */
export function htmlProblems(html: string, policy: MarkupPolicy = {}): string[] {
  return markupProblems(JSDOM.fragment(html), policy);
}

/** The text a piece of HTML shows (entities decoded), for "the hostile text appears literally". */
export function htmlText(html: string): string {
  return JSDOM.fragment(html).textContent ?? '';
}
