import { describe, expect, it } from 'vitest';
import { copyBuiltIn, KNOWN_VARIABLES, validateCustomTemplate } from '../../../templates/custom';
import { builtInTemplates } from '../../../templates/library';
import type { Template } from '../../../templates/types';

const base = builtInTemplates().find((template) => template.id === 'closing-thanks-pl-formal') as Template;

describe('validateCustomTemplate', () => {
  it('accepts every built-in as it is', () => {
    for (const template of builtInTemplates()) expect(validateCustomTemplate(template, KNOWN_VARIABLES), template.id).toEqual([]);
  });

  it('reports syntax errors with line and column', () => {
    const problems = validateCustomTemplate({ ...base, body: 'Dzień dobry\n{{#if client.name}}\nbez końca' }, KNOWN_VARIABLES);
    expect(problems).toEqual([{ field: 'body', message: expect.stringMatching(/never closed/), line: 2, column: 1 }]);
  });

  it('reports unknown variables where they are written, in the subject and the body', () => {
    const problems = validateCustomTemplate({ ...base, subject: 'Hej {{client.nick}}', body: 'a\n  b {{contract.colour}}' }, KNOWN_VARIABLES);
    expect(problems).toEqual([
      { field: 'subject', message: 'Unknown variable "client.nick".', line: 1, column: 5 },
      { field: 'body', message: 'Unknown variable "contract.colour".', line: 2, column: 5 },
    ]);
  });

  it('knows list item fields', () => {
    const body = '{{#each settlement.totals}}{{this.currency}} {{this.colour}}{{/each}}';
    expect(validateCustomTemplate({ ...base, body }, KNOWN_VARIABLES).map((problem) => problem.message)).toEqual(['Unknown variable "settlement.totals[].colour".']);
  });

  it('reports a bad kind, language, tone, empty title and empty body', () => {
    const problems = validateCustomTemplate({ ...base, kind: 'farewell' as never, lang: 'de' as never, tone: 'cold' as never, title: ' ', body: '' }, KNOWN_VARIABLES);
    expect(problems.map((problem) => problem.field)).toEqual(['kind', 'lang', 'tone', 'title', 'body']);
    expect(problems[0]?.message).toMatch(/farewell/);
  });

  it('uses the list of variables it is given', () => {
    expect(validateCustomTemplate({ ...base, subject: 'Podziękowanie', body: '{{salutation}}' }, [])).toHaveLength(1);
  });

  it('exposes the known variables, list fields included', () => {
    expect(KNOWN_VARIABLES).toContain('client.name');
    expect(KNOWN_VARIABLES).toContain('settlement.receivables[].amount');
    expect(new Set(KNOWN_VARIABLES).size).toBe(KNOWN_VARIABLES.length);
  });
});

describe('copyBuiltIn', () => {
  it('makes an editable custom copy pointing at the original', () => {
    const copy = copyBuiltIn(base, 'my-thanks', '2026-02-10T09:00:00.000Z');
    expect(copy).toMatchObject({ id: 'my-thanks', builtIn: false, basedOn: base.id, body: base.body, kind: base.kind });
    copy.variables.push('x');
    expect(base.variables).not.toContain('x');
    expect(copyBuiltIn(copy, 'my-thanks-2', '2026-02-11T09:00:00.000Z').basedOn).toBe(base.id);
  });

  it('rejects an empty or identical id and a bad timestamp', () => {
    expect(() => copyBuiltIn(base, '', '2026-02-10T09:00:00.000Z')).toThrow(/new id/);
    expect(() => copyBuiltIn(base, base.id, '2026-02-10T09:00:00.000Z')).toThrow(/id of its own/);
    expect(() => copyBuiltIn(base, 'x', 'yesterday')).toThrow(/ISO/);
  });
});
