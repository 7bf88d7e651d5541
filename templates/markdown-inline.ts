/**
 * Inline Markdown of the drafts → HTML text (no DOM): backslash escapes, entities, **strong** and
 * *em* (CommonMark's delimiter runs), [links](url), <autolinks>, GFM's bare URLs and e-mail
 * addresses, code spans as plain text, line breaks as <br> (every newline, as GFM's "breaks").
 * Raw HTML is shown as text. The output is escaped throughout; templates/sanitize.ts then keeps
 * only the allow-list. Values reach this already escaped by templates/engine.ts escapeMarkdown.
 */
import { decodeEntity } from './entities';

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const WHITESPACE = /\s/u;
const PUNCT_UNICODE = /[\p{P}\p{S}]/u;

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A piece of inline output: literal HTML, or a run of * or _ still to be matched. */
interface Piece {
  html: string;
  delim?: { char: '*' | '_'; count: number; open: boolean; close: boolean; original: number };
}

/** The inline HTML of a paragraph's (or cell's) text; `links` false inside a link's own text. */
export function renderInline(source: string, links = true): string {
  const pieces: Piece[] = [];
  let text = '';
  const flush = (): void => {
    if (text) pieces.push({ html: escapeHtml(text) });
    text = '';
  };
  const push = (html: string): void => {
    flush();
    pieces.push({ html });
  };
  let i = 0;
  while (i < source.length) {
    const char = source[i] as string;
    const rest = source.slice(i);
    if (char === '\\') {
      const next = source[i + 1];
      if (next === '\n') { push('<br>'); i += 2; continue; }
      if (next !== undefined && PUNCTUATION.test(next)) { text += next; i += 2; continue; }
      text += char; i += 1; continue;
    }
    if (char === '\n') {
      text = text.replace(/ +$/, '');
      push('<br>');
      i += 1;
      while (source[i] === ' ') i += 1;
      continue;
    }
    if (char === '&') {
      const entity = /^&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(rest);
      const decoded = entity ? decodeEntity(entity[1] as string) : undefined;
      if (entity && decoded !== undefined) { text += decoded; i += entity[0].length; continue; }
      text += char; i += 1; continue;
    }
    if (char === '`') {
      const run = /^`+/.exec(rest)?.[0] ?? '`';
      const end = source.indexOf(run, i + run.length);
      if (end > 0 && source[end + run.length] !== '`') {
        let code = source.slice(i + run.length, end).replace(/\n/g, ' ');
        if (/^ .*[^ ].* $/.test(code)) code = code.slice(1, -1);
        text += code;
        i = end + run.length;
        continue;
      }
      text += run; i += run.length; continue;
    }
    if (char === '*' || char === '_') {
      const count = (char === '*' ? /^\*+/ : /^_+/).exec(rest)?.[0].length ?? 1;
      const before = i === 0 ? ' ' : (source[i - 1] as string);
      const after = source[i + count] ?? ' ';
      const left = !WHITESPACE.test(after) && (!PUNCT_UNICODE.test(after) || WHITESPACE.test(before) || PUNCT_UNICODE.test(before));
      const right = !WHITESPACE.test(before) && (!PUNCT_UNICODE.test(before) || WHITESPACE.test(after) || PUNCT_UNICODE.test(after));
      const open = char === '*' ? left : left && (!right || PUNCT_UNICODE.test(before));
      const close = char === '*' ? right : right && (!left || PUNCT_UNICODE.test(after));
      flush();
      pieces.push({ html: '', delim: { char, count, open, close, original: count } });
      i += count;
      continue;
    }
    if (char === '!' && source[i + 1] === '[') {
      const image = links ? matchLink(source, i + 1) : undefined;
      // An image is not on the allow-list: it and its alt text go, as the sanitiser dropped <img>.
      if (image) { flush(); i = image.end; continue; }
      text += char; i += 1; continue;
    }
    if (char === '[' && links) {
      const link = matchLink(source, i);
      if (link) {
        push(`<a href="${escapeHtml(link.href)}">${renderInline(link.label, false)}</a>`);
        i = link.end;
        continue;
      }
    }
    if (char === '<') {
      const auto = /^<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/.exec(rest) ?? /^<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*)>/.exec(rest);
      if (auto && links) {
        const target = auto[1] as string;
        const href = target.includes(':') ? target : `mailto:${target}`;
        push(`<a href="${escapeHtml(href)}">${escapeHtml(target)}</a>`);
        i += auto[0].length;
        continue;
      }
    }
    if (links) {
      const bare = bareLink(source, i);
      if (bare) {
        push(`<a href="${escapeHtml(bare.href)}">${escapeHtml(bare.text)}</a>`);
        i += bare.text.length;
        continue;
      }
    }
    text += char;
    i += 1;
  }
  flush();
  return resolveEmphasis(pieces);
}

/** `[label](destination "title")` starting at `start`, balanced brackets, no reference links. */
function matchLink(source: string, start: number): { label: string; href: string; end: number } | undefined {
  let depth = 0;
  let i = start;
  for (; i < source.length; i += 1) {
    const char = source[i];
    if (char === '\\') { i += 1; continue; }
    if (char === '[') depth += 1;
    else if (char === ']') { depth -= 1; if (depth === 0) break; }
  }
  if (depth !== 0 || source[i + 1] !== '(') return undefined;
  const tail = /^\(\s*(?:<([^<>\n]*)>|((?:\\.|[^\s()\\]|\((?:\\.|[^\s()\\])*\))*))(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/.exec(source.slice(i + 1));
  if (!tail) return undefined;
  const raw = tail[1] ?? tail[2] ?? '';
  const href = raw.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => decodeEntity(name) ?? whole);
  return { label: source.slice(start + 1, i), href, end: i + 1 + tail[0].length };
}

/** GFM's bare autolinks: http(s)://…, www.…, and e-mail addresses, trailing punctuation left out. */
function bareLink(source: string, i: number): { text: string; href: string } | undefined {
  const before = i === 0 ? ' ' : (source[i - 1] as string);
  const rest = source.slice(i);
  if (/[\s*_~(]/.test(before) || i === 0) {
    const url = /^(?:https?:\/\/|www\.)(?:[a-zA-Z0-9-]+\.?)+[^\s<]*/.exec(rest);
    if (url) {
      let text = url[0];
      for (;;) {
        const trimmed = text.replace(/[?!.,:*_~]+$/, '');
        const close = (trimmed.match(/\)/g) ?? []).length;
        const open = (trimmed.match(/\(/g) ?? []).length;
        const next = trimmed.endsWith(')') && close > open ? trimmed.slice(0, -1) : trimmed;
        if (next === text) break;
        text = next;
      }
      if (text.startsWith('www.') || /^https?:\/\/[^/]/.test(text)) return { text, href: text.startsWith('www.') ? `http://${text}` : text };
    }
  }
  if (!/[A-Za-z0-9._+-]/.test(before) || i === 0) {
    const email = /^[A-Za-z0-9._+-]+@[a-zA-Z0-9-_]+(?:\.[a-zA-Z0-9-_]*[a-zA-Z0-9])+(?![-_])/.exec(rest);
    if (email) return { text: email[0], href: `mailto:${email[0]}` };
  }
  return undefined;
}

/** CommonMark's "process emphasis": runs of * and _ become <strong>/<em> or stay literal. */
function resolveEmphasis(pieces: Piece[]): string {
  const opened: string[][] = pieces.map(() => []);
  const closed: string[][] = pieces.map(() => []);
  for (let closer = 0; closer < pieces.length; closer += 1) {
    const c = pieces[closer]?.delim;
    if (!c || !c.close) continue;
    let opener = closer - 1;
    while (c.count > 0 && opener >= 0) {
      const o = pieces[opener]?.delim;
      const oddRule = o && (o.close || c.open) && (o.original + c.original) % 3 === 0 && !(o.original % 3 === 0 && c.original % 3 === 0);
      if (!o || o.char !== c.char || !o.open || o.count === 0 || oddRule) { opener -= 1; continue; }
      const use = o.count >= 2 && c.count >= 2 ? 2 : 1;
      const tag = use === 2 ? 'strong' : 'em';
      o.count -= use;
      c.count -= use;
      (opened[opener] as string[]).push(`<${tag}>`);
      (closed[closer] as string[]).push(`</${tag}>`);
      // Delimiters between the pair can no longer match anything outside it.
      for (let between = opener + 1; between < closer; between += 1) {
        const d = pieces[between]?.delim;
        if (d) { d.open = false; d.close = false; }
      }
      if (o.count === 0) opener -= 1;
    }
  }
  return pieces
    .map((piece, index) => {
      if (!piece.delim) return piece.html;
      // Remaining characters stay literal: the closing tags sit nearer the text, the opening ones too.
      const literal = piece.delim.char.repeat(piece.delim.count);
      return (closed[index] as string[]).join('') + literal + (opened[index] as string[]).reverse().join('');
    })
    .join('');
}
