// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { markdownToSafeHtml } from '../../../templates/render';
import { draftForCompose, withTableStyles } from '../../../templates/compose';

describe('tables inserted into the webmail', () => {
  it('carry inline borders, and amounts and dates never break across lines', () => {
    const rendered = markdownToSafeHtml('| Pozycja | Kwota |\n|---|---|\n| Faktura FV/1/2026 za luty | 4\u00a0920,00 zł |\n| Termin | 28.02.2026 |\n| Services | £360.00 |');
    const { html } = draftForCompose({ ...rendered, subject: '' }, 'reply');
    const container = document.createElement('div');
    container.innerHTML = html;
    expect(container.querySelector('table')?.getAttribute('style')).toContain('border-collapse:collapse');
    expect(container.querySelector('th')?.getAttribute('style')).toContain('border:1px solid');
    const cells = Array.from(container.querySelectorAll('td'));
    expect(cells.every((cell) => (cell.getAttribute('style') ?? '').includes('border:1px solid'))).toBe(true);
    const kept = cells.filter((cell) => (cell.getAttribute('style') ?? '').includes('white-space:nowrap')).map((cell) => cell.textContent);
    expect(kept).toEqual(['4\u00a0920,00 zł', '28.02.2026', '£360.00']);
  });

  it('leaves a draft without a table as it was', () => {
    expect(withTableStyles('<p>Dzień dobry</p>')).toBe('<p>Dzień dobry</p>');
  });
});
