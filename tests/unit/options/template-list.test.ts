import { describe, expect, it } from 'vitest';
import { blankTemplate, filterTemplates } from '../../../components/options/template-list';
import type { Template } from '../../../templates/types';
import { BUILT_IN } from './tools';

const custom = (overrides: Partial<Template>): Template => ({ ...blankTemplate('x', 'pl'), title: 'Mój', ...overrides });

describe('template list', () => {

  it('filters by kind and language and orders by process, built-ins first', () => {
    const list = [
      custom({ id: 'a', kind: 'closing-thanks', lang: 'pl', title: 'A' }),
      custom({ id: 'b', kind: 'conversation-request', lang: 'en', title: 'B' }),
      BUILT_IN,
    ];
    expect(filterTemplates(list, { kind: null, lang: null }).map((t) => t.id)).toEqual(['b', BUILT_IN.id, 'a']);
    expect(filterTemplates(list, { kind: 'closing-thanks', lang: null }).map((t) => t.id)).toEqual([BUILT_IN.id, 'a']);
    expect(filterTemplates(list, { kind: null, lang: 'en' }).map((t) => t.id)).toEqual(['b']);
  });
});

describe('template list in the UI language (issue 17, point 14)', () => {
  it('lists the UI language’s templates first within each kind', () => {
    const list = [
      custom({ id: 'en1', kind: 'closing-thanks', lang: 'en', title: 'A' }),
      custom({ id: 'pl1', kind: 'closing-thanks', lang: 'pl', title: 'B' }),
    ];
    expect(filterTemplates(list, { kind: null, lang: null }, 'pl').map((t) => t.id)).toEqual(['pl1', 'en1']);
    expect(filterTemplates(list, { kind: null, lang: null }, 'en').map((t) => t.id)).toEqual(['en1', 'pl1']);
  });
});
