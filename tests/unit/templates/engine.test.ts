import { describe, expect, it } from 'vitest';
import { escapeMarkdown, fillTemplate, parseTemplate, TemplateSyntaxError } from '../../../templates/engine';
import { listVariables } from '../../../templates/variable-uses';
import type { TemplateVariables } from '../../../templates/types';

function fill(source: string, vars: TemplateVariables, mode: 'markdown' | 'plain' = 'plain') {
  return fillTemplate(parseTemplate(source), vars, { mode });
}

function syntaxError(source: string): TemplateSyntaxError {
  try {
    parseTemplate(source);
  } catch (error) {
    if (error instanceof TemplateSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected a syntax error for ${JSON.stringify(source)}`);
}

describe('values and paths', () => {
  it('fills dotted paths', () => {
    expect(fill('Hello {{client.name}}!', { client: { name: 'Anna' } }).markdown).toBe('Hello Anna!');
  });

  it('lists missing values by path and shows a labelled placeholder, never braces or blanks', () => {
    const result = fillTemplate(parseTemplate('z dnia {{contract.signedOn}} r.'), {}, { mode: 'plain', label: (path) => `label of ${path}` });
    expect(result.missing).toEqual(['contract.signedOn']);
    expect(result.markdown).toBe('z dnia ⟨label of contract.signedOn⟩ r.');
    expect(result.markdown).not.toContain('{{');
  });

  it('counts blank strings, null and booleans as missing but prints numbers (0 included)', () => {
    const result = fill('{{a}}|{{b}}|{{c}}|{{n}}', { a: '   ', b: null, c: true, n: 0 });
    expect(result.missing).toEqual(['a', 'b', 'c']);
    expect(result.markdown).toBe('⟨a⟩|⟨b⟩|⟨c⟩|0');
  });

  it('never re-parses a value: a name written as a tag stays literal', () => {
    const result = fill('{{client.name}}', { client: { name: '{{client.secret}}' }, secret: 'x' });
    expect(result.markdown).toBe('{{client.secret}}');
    expect(result.missing).toEqual([]);
  });

  it('does not read inherited properties', () => {
    expect(fill('{{client.constructor}}', { client: {} }).missing).toEqual(['client.constructor']);
  });

  it('lets a value ending in an abbreviation absorb the full stop after it', () => {
    expect(fill('Do {{d}}. Dalej {{c}}.', { d: '28 lutego 2026 r.', c: 'Firma Sp. z o.o.' }).markdown).toBe('Do 28 lutego 2026 r. Dalej Firma Sp. z o.o.');
    expect(fill('{{d}}.', { d: 'abc' }).markdown).toBe('abc.');
    expect(fill('{{d}}...', { d: 'r.' }).markdown).toBe('r....');
    expect(fill('z dniem {{#if d}}{{d}}{{/if}}.', { d: '1 marca 2026 r.' }).markdown).toBe('z dniem 1 marca 2026 r.');
  });

  it('supports a literal {{ via backslash', () => {
    expect(fill('a \\{{b}} c', {}).markdown).toBe('a {{b}} c');
  });
});

describe('blocks', () => {
  it('if / else / unless by truthiness', () => {
    const source = '{{#if a}}A{{else}}not A{{/if}} {{#unless b}}no B{{/unless}}';
    expect(fill(source, { a: 'x', b: '' }).markdown).toBe('A no B');
    expect(fill(source, { a: [], b: ['1'] }).markdown).toBe('not A');
    expect(fill(source, { a: 0, b: 1 }).markdown).toBe('not A');
  });

  it('conditions never report missing values', () => {
    expect(fill('{{#if contract.clause}}§{{/if}}', {}).missing).toEqual([]);
  });

  it('each exposes this and falls back to the root for other paths; else for empty lists', () => {
    const source = '{{#each items}}[{{this.name}} {{currency}}]{{else}}none{{/each}}';
    expect(fill(source, { currency: 'PLN', items: [{ name: 'a' }, { name: 'b' }] }).markdown).toBe('[a PLN][b PLN]');
    expect(fill(source, { items: [] }).markdown).toBe('none');
  });

  it('reports missing item fields as list[].field and a missing list by its path', () => {
    const result = fill('{{#each rows}}{{this.amount}};{{/each}}', { rows: [{ amount: '1' }, {}] });
    expect(result.missing).toEqual(['rows[].amount']);
    expect(fill('{{#each rows}}x{{else}}none{{/each}}', {})).toEqual({ markdown: '⟨rows⟩', missing: ['rows'] });
  });

  it('removes lines holding only a block tag, so blocks leave no blank lines', () => {
    const source = 'a\n{{#if x}}\nb\n{{/if}}\nc\n  {{#each list}}\n- {{this}}\n  {{/each}}\nd';
    expect(fill(source, { x: true, list: ['1', '2'] }).markdown).toBe('a\nb\nc\n- 1\n- 2\nd');
    expect(fill(source, { x: false, list: [] }).markdown).toBe('a\nc\nd');
  });

  it('nests blocks', () => {
    const source = '{{#each groups}}{{#if this.show}}{{#each this.items}}{{this}}{{/each}}{{/if}}|{{/each}}';
    const vars = { groups: [{ show: true, items: ['a', 'b'] }, { show: false, items: ['c'] }] };
    expect(fill(source, vars).markdown).toBe('ab||');
  });
});

describe('choice helpers', () => {
  const sender = '{{#sender m="podjąłem" f="podjęłam" we="podjęliśmy"}} decyzję';
  const recipient = '{{#recipient pan="otrzymał Pan" pani="otrzymała Pani" panstwo="otrzymali Państwo"}}';

  it.each([
    ['m', 'podjąłem decyzję'],
    ['f', 'podjęłam decyzję'],
    ['we', 'podjęliśmy decyzję'],
  ])('sender form %s', (form, expected) => {
    expect(fill(sender, { sender: { form } }).markdown).toBe(expected);
  });

  it.each([
    ['pan', 'otrzymał Pan'],
    ['pani', 'otrzymała Pani'],
    ['panstwo', 'otrzymali Państwo'],
  ])('recipient form %s', (form, expected) => {
    expect(fill(recipient, { recipient: { form } }).markdown).toBe(expected);
  });

  it('with no form: lists it as missing and shows every option', () => {
    const result = fill(sender, {});
    expect(result.missing).toEqual(['sender.form']);
    expect(result.markdown).toBe('⟨podjąłem / podjęłam / podjęliśmy⟩ decyzję');
  });

  it('choices inside #each still read the root form', () => {
    expect(fill('{{#each xs}}{{#recipient pan="a" pani="b" panstwo="c"}}{{/each}}', { xs: [1, 2], recipient: { form: 'pani' } }).markdown).toBe('bb');
  });
});

describe('the "one" shorthand of #sender', () => {
  const source = '{{#sender one="dziękuję" we="dziękujemy"}}';

  it.each([
    ['m', 'dziękuję'],
    ['f', 'dziękuję'],
    ['we', 'dziękujemy'],
  ])('sender form %s', (form, expected) => {
    expect(fill(source, { sender: { form } }).markdown).toBe(expected);
  });

  it('gives the English agency voice', () => {
    expect(fill('{{#sender one="I" we="we"}} would like', { sender: { form: 'we' } }).markdown).toBe('we would like');
    expect(fill('{{#sender one="I" we="we"}} would like', { sender: { form: 'f' } }).markdown).toBe('I would like');
  });

  it('refuses "one" together with m or f, and a repeated "one"', () => {
    expect(syntaxError('{{#sender one="a" m="b" we="c"}}').message).toMatch(/gives "m" twice/);
    expect(syntaxError('{{#sender f="b" one="a" we="c"}}').message).toMatch(/gives "f" twice/);
    expect(syntaxError('{{#sender one="a" one="b" we="c"}}').message).toMatch(/repeats the option "one"/);
    expect(syntaxError('{{#sender one="a"}}').message).toMatch(/missing we=/);
  });

  it('with no form: shows each distinct option once', () => {
    const result = fill(source, {});
    expect(result.missing).toEqual(['sender.form']);
    expect(result.markdown).toBe('⟨dziękuję / dziękujemy⟩');
  });

  it('is not accepted by #recipient', () => {
    expect(syntaxError('{{#recipient one="a" panstwo="c"}}').message).toMatch(/no option "one"/);
  });
});

describe('#together: the "we" of sender and recipient (rodzaj męskoosobowy / niemęskoosobowy)', () => {
  const source = '{{#together m="razem pracowaliśmy" f="razem pracowałyśmy"}}';

  // Every sender × recipient combination: only two women alone take the niemęskoosobowy form.
  it.each([
    ['f', 'pani', 'razem pracowałyśmy'],
    ['f', 'pan', 'razem pracowaliśmy'],
    ['f', 'panstwo', 'razem pracowaliśmy'],
    ['m', 'pani', 'razem pracowaliśmy'],
    ['m', 'pan', 'razem pracowaliśmy'],
    ['m', 'panstwo', 'razem pracowaliśmy'],
    ['we', 'pani', 'razem pracowaliśmy'],
    ['we', 'pan', 'razem pracowaliśmy'],
    ['we', 'panstwo', 'razem pracowaliśmy'],
  ])('sender %s, recipient %s → %s', (senderForm, recipientForm, expected) => {
    const result = fill(source, { sender: { form: senderForm }, recipient: { form: recipientForm } });
    expect(result.markdown).toBe(expected);
    expect(result.missing).toEqual([]);
  });

  it('lists the unknown form as missing and shows both options', () => {
    const noRecipient = fill(source, { sender: { form: 'f' } });
    expect(noRecipient.missing).toEqual(['recipient.form']);
    expect(noRecipient.markdown).toBe('⟨razem pracowaliśmy / razem pracowałyśmy⟩');
    expect(fill(source, { recipient: { form: 'pani' } }).missing).toEqual(['sender.form']);
    expect(fill(source, { sender: { form: 'x' }, recipient: { form: 'pani' } }).missing).toEqual(['sender.form']);
  });

  it('needs no recipient when a man or a group writes: the form is męskoosobowy whoever reads it', () => {
    for (const form of ['m', 'we']) {
      const result = fill(source, { sender: { form } });
      expect(result.markdown).toBe('razem pracowaliśmy');
      expect(result.missing).toEqual([]);
    }
  });

  it('is listed as using both forms, and needs both options', () => {
    expect(listVariables(parseTemplate(source))).toEqual(['sender.form', 'recipient.form']);
    expect(syntaxError('{{#together m="a"}}').message).toMatch(/missing f=/);
    expect(syntaxError('{{#together m="a" f="b" we="c"}}').message).toMatch(/no option "we"/);
  });
});

describe('#party: the party to the contract (a company, else the addressee)', () => {
  const source = 'w {{#party pan="Pana imieniu" pani="Pani imieniu" panstwo="Państwa imieniu" company="imieniu Państwa spółki"}}';

  it.each([
    ['pan', false, 'w Pana imieniu'],
    ['pani', false, 'w Pani imieniu'],
    ['panstwo', false, 'w Państwa imieniu'],
    // A company is the party whoever in it reads the e-mail.
    ['pan', true, 'w imieniu Państwa spółki'],
    ['pani', true, 'w imieniu Państwa spółki'],
    ['panstwo', true, 'w imieniu Państwa spółki'],
  ])('recipient %s, legal entity %s → %s', (form, isLegalEntity, expected) => {
    const result = fill(source, { recipient: { form }, client: { isLegalEntity } });
    expect(result.markdown).toBe(expected);
    expect(result.missing).toEqual([]);
  });

  it('lists the recipient form as missing when neither is known, and shows the options', () => {
    const result = fill(source, {});
    expect(result.missing).toEqual(['recipient.form']);
    expect(result.markdown).toBe('w ⟨Pana imieniu / Pani imieniu / Państwa imieniu / imieniu Państwa spółki⟩');
    expect(fill(source, { client: { isLegalEntity: true } }).missing).toEqual([]);
  });

  it('is listed as reading both facts, and needs all four options', () => {
    expect(listVariables(parseTemplate(source))).toEqual(['recipient.form', 'client.isLegalEntity']);
    expect(syntaxError('{{#party pan="a" pani="b" panstwo="c"}}').message).toMatch(/missing company=/);
    expect(syntaxError('{{#party pan="a" pani="b" panstwo="c" company="d" we="e"}}').message).toMatch(/no option "we"/);
  });
});

describe('listVariables', () => {
  it('lists values, conditions, lists with item fields, and forms used by choices', () => {
    const ast = parseTemplate(
      '{{salutation}} {{#if notice.served}}{{notice.endDate}}{{/if}}{{#each settlement.totals}}{{this.currency}}{{/each}}{{#sender m="a" f="b" we="c"}}{{salutation}}',
    );
    expect(listVariables(ast)).toEqual([
      'salutation',
      'notice.served',
      'notice.endDate',
      'settlement.totals',
      'settlement.totals[].currency',
      'sender.form',
    ]);
  });
});

describe('syntax errors carry line and column', () => {
  it.each([
    ['line one\n  {{#if a}}\nnever closed', 2, 3, /never closed/],
    ['ok\n{{/if}}', 2, 1, /closes nothing/],
    ['{{#if a}}\n{{/each}}', 2, 1, /does not match/],
    ['a {{else}}', 1, 3, /outside/],
    ['x\ny {{client.name', 2, 3, /unclosed tag/],
    ['{{#foo bar}}', 1, 1, /unknown helper/],
    ['{{}}', 1, 1, /empty tag/],
    ['{{client name}}', 1, 1, /one variable path/],
    ['{{client..name}}', 1, 1, /not a variable path/],
    ['{{{client.name}}}', 1, 1, /triple braces/],
    ['{{this.x}}', 1, 1, /only valid inside/],
    ['{{#if}}x{{/if}}', 1, 1, /needs a variable/],
    ['ab {{#sender m="a" f="b"}}', 1, 4, /missing we=/],
    ['{{#recipient pan="a" pani="b" panstwo="c" x="d"}}', 1, 1, /no option "x"/],
    ['{{#if a}}{{else}}{{else}}{{/if}}', 1, 18, /second/],
  ])('%j', (source, line, column, message) => {
    const error = syntaxError(source);
    expect(error.line).toBe(line);
    expect(error.column).toBe(column);
    expect(error.message).toMatch(message);
    expect(error.message).toContain(`Line ${line}, column ${column}`);
  });
});

describe('escaping', () => {
  it('escapes every Markdown punctuation character and neutralises HTML', () => {
    expect(escapeMarkdown('**b** [x](y) <i> & #1|2')).toBe('\\*\\*b\\*\\* \\[x\\]\\(y\\) &lt;i&gt; &amp; \\#1\\|2');
  });

  it('collapses line breaks, tabs and space runs and strips bidi overrides and control characters', () => {
    expect(escapeMarkdown('a\r\n\n b\tc\u202Ed\u0007e')).toBe('a b cde');
  });

  it('escapes the placeholder too in markdown mode', () => {
    expect(fill('{{a.b}}', {}, 'markdown').markdown).toBe('⟨a\\.b⟩');
  });

  it('escapes values in markdown mode only', () => {
    expect(fill('{{v}}', { v: '*x*' }, 'markdown').markdown).toBe('\\*x\\*');
    expect(fill('{{v}}', { v: '*x*\nnext' }, 'plain').markdown).toBe('*x* next');
  });
});
