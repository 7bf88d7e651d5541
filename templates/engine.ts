/**
 * A small mustache-like template language for message bodies and subjects. It is interpreted
 * (no eval, no new Function: MV3) and every VALUE is escaped for the output it lands in.
 *
 * Syntax
 *   {{client.name}}                 a value, addressed by a dotted path
 *   {{#if path}}…{{else}}…{{/if}}   truthy: non-empty text, non-zero number, true, non-empty list
 *   {{#unless path}}…{{else}}…{{/unless}}
 *   {{#each list}}…{{this.field}}…{{else}}…{{/each}}
 *                                   `this` is the current item; other paths start at the root
 *   {{#sender m="podjąłem" f="podjęłam" we="podjęliśmy"}}
 *                                   inline choice by `sender.form` (the user's own gender/plural)
 *   {{#sender one="dziękuję" we="dziękujemy"}}
 *                                   the same, `one` standing for both m and f when they are equal
 *                                   (English: {{#sender one="I" we="we"}})
 *   {{#recipient pan="otrzymał Pan" pani="otrzymała Pani" panstwo="otrzymali Państwo"}}
 *                                   inline choice by `recipient.form` (the addressee's form)
 *   {{#party pan="w Pana imieniu" pani="w Pani imieniu" panstwo="w Państwa imieniu" company="w imieniu Państwa spółki"}}
 *                                   inline choice by the party to the contract: `company` when the
 *                                   client is a company (client.isLegalEntity), whoever is addressed;
 *                                   otherwise the addressee's form, as #recipient. For what belongs
 *                                   to the party (its data, rights, deadlines), not to the reader
 *   {{#together m="razem pracowaliśmy" f="razem pracowałyśmy"}}
 *                                   the "we" of sender AND recipient together: `f` (rodzaj
 *                                   niemęskoosobowy) only when a woman writing alone writes to one
 *                                   woman (sender.form f, recipient.form pani); `m` (męskoosobowy)
 *                                   whenever a man or a group (agency, Państwo) is in it
 *   \{{                             a literal "{{"
 *
 * Choice texts are template text (written by the template's author), not values; they must not
 * contain a double quote. A tag never spans lines. A line holding nothing but one block tag
 * (#if, #unless, #each, else, /if, /unless, /each) disappears entirely, newline included, so
 * blocks can sit on their own lines without leaving blank lines behind.
 *
 * Values are never re-parsed: a client called "{{client.name}}" stays that literal text.
 * A value that is absent, null or blank is listed in `missing` (by its path; inside #each as
 * `list[].field`) and rendered as a visible placeholder "⟨label⟩", never as a blank or braces.
 */
import type { TemplateValue, TemplateVariables } from './types';

export type SenderChoiceKey = 'm' | 'f' | 'we';
export type RecipientChoiceKey = 'pan' | 'pani' | 'panstwo';
export type TogetherChoiceKey = 'm' | 'f';
export type PartyChoiceKey = RecipientChoiceKey | 'company';

export interface Position {
  line: number;
  column: number;
}

export type TemplateNode =
  | { type: 'text'; value: string }
  | ({ type: 'value'; path: string } & Position)
  | ({ type: 'if'; path: string; negate: boolean; then: TemplateNode[]; otherwise: TemplateNode[] } & Position)
  | ({ type: 'each'; path: string; body: TemplateNode[]; otherwise: TemplateNode[] } & Position)
  | ({ type: 'choice'; by: 'sender'; options: Record<SenderChoiceKey, string> } & Position)
  | ({ type: 'choice'; by: 'recipient'; options: Record<RecipientChoiceKey, string> } & Position)
  | ({ type: 'choice'; by: 'together'; options: Record<TogetherChoiceKey, string> } & Position)
  | ({ type: 'choice'; by: 'party'; options: Record<PartyChoiceKey, string> } & Position);

export interface TemplateAst {
  nodes: TemplateNode[];
}

export class TemplateSyntaxError extends Error {
  readonly line: number;
  readonly column: number;
  readonly detail: string;
  constructor(detail: string, position: Position) {
    super(`Line ${position.line}, column ${position.column}: ${detail}`);
    this.name = 'TemplateSyntaxError';
    this.line = position.line;
    this.column = position.column;
    this.detail = detail;
  }
}

// ——— tokenizer ———

type BlockKeyword = '#if' | '#unless' | '#each' | 'else' | '/if' | '/unless' | '/each';

type Token =
  | { kind: 'text'; value: string }
  | ({ kind: 'block'; keyword: BlockKeyword; path?: string } & Position)
  | ({ kind: 'value'; path: string } & Position)
  | ({ kind: 'choice'; by: ChoiceBy; options: Record<string, string> } & Position);

type ChoiceBy = 'sender' | 'recipient' | 'together' | 'party';

const PATH = /^(?:this|[A-Za-z_][A-Za-z0-9_]*)(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/;
const CHOICE_KEYS = {
  sender: ['m', 'f', 'we'],
  recipient: ['pan', 'pani', 'panstwo'],
  together: ['m', 'f'],
  party: ['pan', 'pani', 'panstwo', 'company'],
} as const;

/** Shorthands a choice accepts: the key and the keys it stands for. */
const CHOICE_SHORTHANDS: Partial<Record<ChoiceBy, Record<string, readonly string[]>>> = {
  sender: { one: ['m', 'f'] },
};

/** Parses a template into an AST; throws TemplateSyntaxError with the line and column. */
export function parseTemplate(source: string): TemplateAst {
  if (typeof source !== 'string') throw new Error('parseTemplate: expected the template text');
  const tokens = tokenize(source);
  return { nodes: buildTree(tokens) };
}

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  lines.forEach((lineText, index) => {
    const line = index + 1;
    const isLast = index === lines.length - 1;
    const lineTokens = tokenizeLine(lineText, line);
    const tags = lineTokens.filter((token) => token.kind !== 'text');
    const onlyBlank = lineTokens.every((token) => token.kind !== 'text' || /^[ \t]*$/.test(token.value));
    if (tags.length === 1 && tags[0]?.kind === 'block' && onlyBlank) {
      tokens.push(tags[0]); // standalone block tag: the line vanishes
      return;
    }
    tokens.push(...lineTokens);
    if (!isLast) tokens.push({ kind: 'text', value: '\n' });
  });
  return mergeText(tokens);
}

function tokenizeLine(text: string, line: number): Token[] {
  const tokens: Token[] = [];
  let literal = '';
  let index = 0;
  while (index < text.length) {
    if (text.startsWith('\\{{', index)) {
      literal += '{{';
      index += 3;
      continue;
    }
    if (!text.startsWith('{{', index)) {
      literal += text[index];
      index += 1;
      continue;
    }
    const position = { line, column: index + 1 };
    if (text.startsWith('{{{', index)) {
      throw new TemplateSyntaxError('triple braces "{{{" are not supported; values are always escaped', position);
    }
    const close = findTagEnd(text, index + 2);
    if (close === -1) {
      throw new TemplateSyntaxError('unclosed tag: "{{" without "}}" on the same line', position);
    }
    if (literal) tokens.push({ kind: 'text', value: literal });
    literal = '';
    tokens.push(readTag(text.slice(index + 2, close).trim(), position));
    index = close + 2;
  }
  if (literal) tokens.push({ kind: 'text', value: literal });
  return tokens;
}

/** The index of the "}}" closing a tag, skipping over quoted choice texts. */
function findTagEnd(text: string, from: number): number {
  let inQuote = false;
  for (let index = from; index < text.length; index += 1) {
    const char = text[index];
    if (char === '"') inQuote = !inQuote;
    else if (!inQuote && char === '}' && text[index + 1] === '}') return index;
  }
  return -1;
}

function readTag(content: string, position: Position): Token {
  if (content === '') throw new TemplateSyntaxError('empty tag "{{}}"', position);
  const [head = '', ...rest] = content.split(/\s+/);
  const argument = rest.join(' ');

  if (head === '#sender' || head === '#recipient' || head === '#together' || head === '#party') {
    const by = head.slice(1) as ChoiceBy;
    return { kind: 'choice', by, options: readChoiceOptions(by, content.slice(head.length), position), ...position };
  }
  if (head === '#if' || head === '#unless' || head === '#each') {
    if (argument === '') throw new TemplateSyntaxError(`"{{${head}}}" needs a variable, e.g. {{${head} client.company}}`, position);
    assertPath(argument, position);
    return { kind: 'block', keyword: head, path: argument, ...position };
  }
  if (head === 'else' || head === '/if' || head === '/unless' || head === '/each') {
    if (argument !== '') throw new TemplateSyntaxError(`"{{${head}}}" takes nothing after it, found "${argument}"`, position);
    return { kind: 'block', keyword: head, ...position };
  }
  if (head.startsWith('#') || head.startsWith('/')) {
    throw new TemplateSyntaxError(
      `unknown helper "${head}" (known: #if, #unless, #each, #sender, #recipient, #party, #together, else, /if, /unless, /each)`,
      position,
    );
  }
  if (rest.length > 0) throw new TemplateSyntaxError(`a value tag holds one variable path, found "${content}"`, position);
  assertPath(head, position);
  return { kind: 'value', path: head, ...position };
}

function assertPath(path: string, position: Position): void {
  if (!PATH.test(path)) {
    throw new TemplateSyntaxError(`"${path}" is not a variable path (letters, digits and _ separated by dots)`, position);
  }
}

function readChoiceOptions(by: ChoiceBy, text: string, position: Position): Record<string, string> {
  const allowed: readonly string[] = CHOICE_KEYS[by];
  const shorthands = CHOICE_SHORTHANDS[by] ?? {};
  const options: Record<string, string> = {};
  const given = new Set<string>();
  const pattern = /\s*([A-Za-z]+)="([^"]*)"/y;
  let index = 0;
  while (index < text.length) {
    if (/^\s*$/.test(text.slice(index))) break;
    pattern.lastIndex = index;
    const match = pattern.exec(text);
    if (!match) {
      throw new TemplateSyntaxError(`{{#${by}}} expects key="text" pairs, e.g. ${exampleChoice(by)}`, position);
    }
    const key = match[1] ?? '';
    const targets = Object.hasOwn(shorthands, key) ? (shorthands[key] ?? []) : allowed.includes(key) ? [key] : undefined;
    if (!targets) {
      const known = [...allowed, ...Object.keys(shorthands)];
      throw new TemplateSyntaxError(`{{#${by}}} has no option "${key}" (use ${known.join(', ')})`, position);
    }
    if (given.has(key)) throw new TemplateSyntaxError(`{{#${by}}} repeats the option "${key}"`, position);
    const clash = targets.find((target) => target in options);
    if (clash !== undefined) {
      throw new TemplateSyntaxError(`{{#${by}}} gives "${clash}" twice (through "${key}" and another option)`, position);
    }
    given.add(key);
    for (const target of targets) options[target] = match[2] ?? '';
    index = pattern.lastIndex;
  }
  const absent = allowed.filter((key) => !(key in options));
  if (absent.length > 0) {
    throw new TemplateSyntaxError(`{{#${by}}} is missing ${absent.map((key) => `${key}="…"`).join(', ')}`, position);
  }
  return options;
}

function exampleChoice(by: ChoiceBy): string {
  if (by === 'sender') return '{{#sender m="podjąłem" f="podjęłam" we="podjęliśmy"}}';
  if (by === 'together') return '{{#together m="razem pracowaliśmy" f="razem pracowałyśmy"}}';
  if (by === 'party') return '{{#party pan="Panu" pani="Pani" panstwo="Państwu" company="Państwa spółce"}}';
  return '{{#recipient pan="otrzymał Pan" pani="otrzymała Pani" panstwo="otrzymali Państwo"}}';
}

function mergeText(tokens: Token[]): Token[] {
  const merged: Token[] = [];
  for (const token of tokens) {
    const last = merged[merged.length - 1];
    if (token.kind === 'text' && last?.kind === 'text') last.value += token.value;
    else merged.push(token.kind === 'text' ? { ...token } : token);
  }
  return merged;
}

// ——— tree ———

interface OpenBlock {
  token: Extract<Token, { kind: 'block' }>;
  node: Extract<TemplateNode, { type: 'if' | 'each' }>;
  inElse: boolean;
}

function buildTree(tokens: Token[]): TemplateNode[] {
  const root: TemplateNode[] = [];
  const stack: OpenBlock[] = [];
  const target = (): TemplateNode[] => {
    const open = stack[stack.length - 1];
    if (!open) return root;
    if (open.node.type === 'if') return open.inElse ? open.node.otherwise : open.node.then;
    return open.inElse ? open.node.otherwise : open.node.body;
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      target().push({ type: 'text', value: token.value });
      continue;
    }
    const position = { line: token.line, column: token.column };
    if (token.kind === 'value') {
      if (token.path.split('.')[0] === 'this' && !stack.some((open) => open.node.type === 'each')) {
        throw new TemplateSyntaxError(`"{{${token.path}}}" is only valid inside {{#each}}`, position);
      }
      target().push({ type: 'value', path: token.path, ...position });
      continue;
    }
    if (token.kind === 'choice') {
      if (token.by === 'sender') {
        target().push({ type: 'choice', by: 'sender', options: token.options as Record<SenderChoiceKey, string>, ...position });
      } else if (token.by === 'recipient') {
        target().push({ type: 'choice', by: 'recipient', options: token.options as Record<RecipientChoiceKey, string>, ...position });
      } else if (token.by === 'party') {
        target().push({ type: 'choice', by: 'party', options: token.options as Record<PartyChoiceKey, string>, ...position });
      } else {
        target().push({ type: 'choice', by: 'together', options: token.options as Record<TogetherChoiceKey, string>, ...position });
      }
      continue;
    }
    switch (token.keyword) {
      case '#if':
      case '#unless': {
        const node: TemplateNode = { type: 'if', path: token.path ?? '', negate: token.keyword === '#unless', then: [], otherwise: [], ...position };
        target().push(node);
        stack.push({ token, node, inElse: false });
        break;
      }
      case '#each': {
        const node: TemplateNode = { type: 'each', path: token.path ?? '', body: [], otherwise: [], ...position };
        target().push(node);
        stack.push({ token, node, inElse: false });
        break;
      }
      case 'else': {
        const open = stack[stack.length - 1];
        if (!open) throw new TemplateSyntaxError('"{{else}}" outside {{#if}}, {{#unless}} or {{#each}}', position);
        if (open.inElse) throw new TemplateSyntaxError(`second "{{else}}" in the block opened at line ${open.token.line}`, position);
        open.inElse = true;
        break;
      }
      default: {
        const expected = '#' + token.keyword.slice(1);
        const open = stack.pop();
        if (!open) throw new TemplateSyntaxError(`"{{${token.keyword}}}" closes nothing`, position);
        if (open.token.keyword !== expected) {
          throw new TemplateSyntaxError(
            `"{{${token.keyword}}}" does not match "{{${open.token.keyword} ${open.token.path ?? ''}}}" opened at line ${open.token.line}, column ${open.token.column}`,
            position,
          );
        }
      }
    }
  }
  const unclosed = stack[stack.length - 1];
  if (unclosed) {
    throw new TemplateSyntaxError(
      `"{{${unclosed.token.keyword} ${unclosed.token.path ?? ''}}}" is never closed (add {{/${unclosed.token.keyword.slice(1)}}})`,
      { line: unclosed.token.line, column: unclosed.token.column },
    );
  }
  return root;
}

/** `this.x` inside `{{#each a.b}}` is `a.b[].x`; other paths stay as they are. */
export function qualify(path: string, eachPaths: string[]): string {
  const [head, ...rest] = path.split('.');
  if (head !== 'this') return path;
  const list = eachPaths[eachPaths.length - 1] ?? 'this';
  return rest.length === 0 ? `${list}[]` : `${list}[].${rest.join('.')}`;
}

// ——— filling ———

export type OutputMode = 'markdown' | 'plain';

export interface FillOptions {
  /** 'markdown' (default) escapes values for Markdown; 'plain' only cleans them (subjects). */
  mode?: OutputMode;
  /** The placeholder's words for a missing path, e.g. "nazwa klienta"; defaults to the path. */
  label?: (path: string) => string;
}

export interface FillResult {
  markdown: string;
  missing: string[];
}

/** Fills the template; values are escaped per mode, missing ones listed and shown as ⟨label⟩. */
export function fillTemplate(ast: TemplateAst, vars: TemplateVariables, options: FillOptions = {}): FillResult {
  const mode = options.mode ?? 'markdown';
  const label = options.label ?? ((path: string) => path);
  const missing = new Set<string>();
  const output = (text: string): string => (mode === 'markdown' ? escapeMarkdown(text) : cleanValue(text));
  const placeholder = (path: string, words?: string): string => output(`⟨${words ?? label(path)}⟩`);

  // A value ending in an abbreviation's full stop ("2026 r.", "Sp. z o.o.") absorbs the
  // sentence's own full stop that follows it in the template, even after a closing block.
  let valueEndedWithPeriod = false;

  const render = (nodes: TemplateNode[], scopes: Scope[]): string => {
    let out = '';
    for (const node of nodes) {
      switch (node.type) {
        case 'text': {
          const absorb = valueEndedWithPeriod && node.value.startsWith('.') && !node.value.startsWith('..');
          out += absorb ? node.value.slice(1) : node.value;
          if (node.value !== '') valueEndedWithPeriod = false;
          break;
        }
        case 'value': {
          const value = resolve(node.path, vars, scopes);
          const text = valueToText(value);
          if (text === undefined) {
            const path = qualify(node.path, scopes.map((scope) => scope.path));
            missing.add(path);
            out += placeholder(path);
            valueEndedWithPeriod = false;
          } else {
            out += output(text);
            valueEndedWithPeriod = cleanValue(text).endsWith('.');
          }
          break;
        }
        case 'if': {
          const truthy = isTruthy(resolve(node.path, vars, scopes));
          out += render(truthy !== node.negate ? node.then : node.otherwise, scopes);
          break;
        }
        case 'each': {
          const list = resolve(node.path, vars, scopes);
          const listPath = qualify(node.path, scopes.map((scope) => scope.path));
          if (list === undefined || list === null) {
            // An absent list is a missing fact (an empty one is not): show it like a missing value.
            missing.add(listPath);
            out += placeholder(listPath);
            valueEndedWithPeriod = false;
            break;
          }
          const items = Array.isArray(list) ? list : [];
          if (items.length === 0) {
            out += render(node.otherwise, scopes);
          } else {
            for (const item of items) out += render(node.body, [...scopes, { path: listPath, item }]);
          }
          break;
        }
        case 'choice': {
          const options = node.options as Record<string, string>;
          const key = node.by === 'together' ? togetherKey(vars) : node.by === 'party' ? partyKey(vars) : resolve(`${node.by}.form`, vars, []);
          const chosen = typeof key === 'string' && Object.hasOwn(options, key) ? options[key] : undefined;
          if (chosen === undefined) {
            const absent = choiceFormPaths(node.by).filter((path) => path.endsWith('.form') && !isKnownForm(path, resolve(path, vars, [])));
            for (const path of absent.length > 0 ? absent : choiceFormPaths(node.by)) missing.add(path);
            out += placeholder(choiceFormPaths(node.by)[0] ?? '', [...new Set(Object.values(options))].join(' / '));
          } else {
            out += chosen;
          }
          valueEndedWithPeriod = false;
          break;
        }
      }
    }
    return out;
  };

  return { markdown: tidy(render(ast.nodes, [])), missing: [...missing] };
}

interface Scope {
  path: string;
  item: TemplateValue;
}

/** The forms a choice depends on. */
export function choiceFormPaths(by: ChoiceBy): string[] {
  if (by === 'together') return ['sender.form', 'recipient.form'];
  if (by === 'party') return ['recipient.form', 'client.isLegalEntity'];
  return [`${by}.form`];
}

/**
 * The party to the contract: a company (a legal form in its name) is the party whoever in it is
 * addressed, so its rights, data and deadlines are the company's; anyone else is the addressee.
 */
function partyKey(vars: TemplateVariables): PartyChoiceKey | undefined {
  if (resolve('client.isLegalEntity', vars, []) === true) return 'company';
  const recipient = resolve('recipient.form', vars, []);
  return isKnownForm('recipient.form', recipient) ? (recipient as RecipientChoiceKey) : undefined;
}

/**
 * Sender and recipient as one "we": Polish uses the niemęskoosobowy form ("pracowałyśmy") only for
 * a group of women alone; one man, a group of unknown make-up (an agency, "Państwo") or an
 * unknown form makes it męskoosobowy ("pracowaliśmy"). Undefined while the sender's form is unknown, or a
 * woman writes and the recipient's form is unknown.
 */
function togetherKey(vars: TemplateVariables): TogetherChoiceKey | undefined {
  const sender = resolve('sender.form', vars, []);
  const recipient = resolve('recipient.form', vars, []);
  if (!isKnownForm('sender.form', sender)) return undefined;
  // A man or a group writing makes it męskoosobowy whoever reads it: only a woman's "we" waits for the recipient.
  if (sender !== 'f') return 'm';
  if (!isKnownForm('recipient.form', recipient)) return undefined;
  return recipient === 'pani' ? 'f' : 'm';
}

function isKnownForm(path: string, value: TemplateValue): boolean {
  const keys: readonly string[] = path === 'sender.form' ? CHOICE_KEYS.sender : CHOICE_KEYS.recipient;
  return typeof value === 'string' && keys.includes(value);
}

function resolve(path: string, vars: TemplateVariables, scopes: Scope[]): TemplateValue {
  const [head = '', ...rest] = path.split('.');
  let current: TemplateValue = head === 'this' ? scopes[scopes.length - 1]?.item : vars;
  const parts = head === 'this' ? rest : [head, ...rest];
  for (const part of parts) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = Object.hasOwn(current, part) ? current[part] : undefined;
  }
  return current;
}

function isTruthy(value: TemplateValue): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return value !== 0 && !Number.isNaN(value);
  if (value !== null && typeof value === 'object') return Object.keys(value).length > 0;
  return value === true;
}

/** The text a value prints as, or undefined when it counts as missing. */
function valueToText(value: TemplateValue): string | undefined {
  if (typeof value === 'string') return cleanValue(value) === '' ? undefined : value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (typeof value === 'boolean') return undefined;
  if (Array.isArray(value)) {
    const parts = value.map(valueToText).filter((part): part is string => part !== undefined);
    return parts.length > 0 ? parts.join(', ') : undefined;
  }
  return undefined;
}

/** Blank lines collapse to one, trailing spaces go, the ends are trimmed. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ——— escaping ———

// Bidirectional overrides/isolates and marks: they could make a value read differently than it is.
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * A value as one clean line: line breaks and tabs become spaces, control and bidi-override
 * characters go, runs of spaces collapse, the ends are trimmed. Used for every output mode.
 */
export function cleanValue(value: string): string {
  return value
    .replace(/\r\n|[\r\n\t\u2028\u2029\u0085]/g, ' ')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CONTROLS, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/**
 * A value as literal Markdown text: every ASCII punctuation character is backslash-escaped
 * (CommonMark allows that for all of them, and it also defeats GFM autolinks and table pipes),
 * and <, >, & become entities so no HTML can form. The result is always one line.
 */
export function escapeMarkdown(value: string): string {
  let out = '';
  for (const char of cleanValue(value)) {
    if (char === '<') out += '&lt;';
    else if (char === '>') out += '&gt;';
    else if (char === '&') out += '&amp;';
    else if (/[!-/:-@[-`{-~]/.test(char)) out += '\\' + char;
    else out += char;
  }
  return out;
}
