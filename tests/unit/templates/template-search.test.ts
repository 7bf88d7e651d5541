import { describe, expect, it } from 'vitest';
import { searchTemplates } from '../../../templates/template-search';
import { builtInTemplates } from '../../../templates/library';
import type { Template } from '../../../templates/types';

const custom: Template = {
  id: 'custom-1', kind: 'closing-thanks', lang: 'pl', tone: 'warm', title: 'Podziękowanie dla Żółć sp. z o.o.',
  subject: 'Dziękuję', when: '', variables: [], body: 'Dziękuję', builtIn: false,
};

describe('searchTemplates', () => {
  const all = [...builtInTemplates(), custom];

  it('lists every template for an empty query, the UI language first', () => {
    const rows = searchTemplates(all, '', 'pl');
    expect(rows).toHaveLength(all.length);
    const firstEnglish = rows.findIndex((row) => row.lang === 'en');
    expect(rows.slice(firstEnglish).every((row) => row.lang === 'en')).toBe(true);
    expect(searchTemplates(all, '', 'en')[0]?.lang).toBe('en');
  });

  it('ignores case and diacritics and needs every word: "zolc" finds "Żółć", "wypowiedzenie en" the English notices', () => {
    expect(searchTemplates(all, 'zolc', 'pl').map((row) => row.id)).toEqual(['custom-1']);
    expect(searchTemplates(all, 'ŻÓŁĆ', 'en').map((row) => row.id)).toEqual(['custom-1']);
    const english = searchTemplates(all, 'wypowiedzenie umowy en', 'pl');
    expect(english.length).toBeGreaterThan(0);
    expect(english.every((row) => row.lang === 'en' && row.kind === 'termination-notice')).toBe(true);
    expect(searchTemplates(all, 'no such template anywhere', 'pl')).toEqual([]);
  });

  it('marks the user own templates', () => {
    expect(searchTemplates(all, 'zolc', 'pl')[0]?.custom).toBe(true);
  });
});
