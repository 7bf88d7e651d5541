import { describe, expect, it } from 'vitest';
import { blankTemplate } from '../../../components/options/template-list';
import { builtInTemplateProblem, mergeTemplates } from '../../../templates/template-set';
import type { Template } from '../../../templates/types';
import { BUILT_IN } from '../options/tools';

const custom = (overrides: Partial<Template>): Template => ({ ...blankTemplate('x', 'pl'), title: 'Mój', ...overrides });

describe('the template set', () => {
  it('keeps the library built-ins and adds only custom stored templates', () => {
    const spoof = { ...BUILT_IN, body: 'changed' };
    const mine = custom({ id: 'c1' });
    const merged = mergeTemplates([BUILT_IN], [spoof, mine, { ...mine, id: BUILT_IN.id, builtIn: false }]);
    expect(merged.map((t) => t.id)).toEqual([BUILT_IN.id, 'c1']);
    expect(merged[0]?.body).toBe(BUILT_IN.body);
  });

  it('refuses the same rows the store refuses', () => {
    const ids = new Set([BUILT_IN.id]);
    expect(builtInTemplateProblem({ id: 'c1', builtIn: true }, ids)).toBe('marked');
    expect(builtInTemplateProblem({ id: BUILT_IN.id, builtIn: false }, ids)).toBe('id');
    expect(builtInTemplateProblem({ id: 'c1', builtIn: false }, ids)).toBeNull();
  });
});
