/**
 * Character references for the Markdown renderer and the sanitiser: numeric ones, and the named
 * ones a template is likely to hold. An unknown name stays literal text ("&bogus;" shows as such).
 */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad',
  copy: '©', reg: '®', trade: '™', deg: '°', sect: '§', para: '¶', middot: '·', times: '×', divide: '÷',
  ndash: '–', mdash: '—', hellip: '…', bull: '•', laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’',
  sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', euro: '€', pound: '£', cent: '¢', yen: '¥',
  plusmn: '±', minus: '−', frac12: '½', frac14: '¼', frac34: '¾', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003',
};

/** The text of `&name;` (name without & and ;), or undefined when it is not a known reference. */
export function decodeEntity(name: string): string | undefined {
  if (name.startsWith('#')) {
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (!Number.isFinite(code)) return undefined;
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
    return String.fromCodePoint(code);
  }
  return Object.hasOwn(NAMED, name) ? NAMED[name] : undefined;
}

/** Every reference in `text` decoded (attribute values and text the sanitiser reads). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g, (whole, name: string) => decodeEntity(name) ?? whole);
}
