// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { InsightsApp } from '../../../components/insights/InsightsApp';
import { testimonialsCsv, testimonialsMarkdown } from '../../../components/insights/testimonial-export';
import { computeInsights } from '../../../offboarding/insights';
import { newOffboarding } from '../../../offboarding/new-records';
import { defaultSettings } from '../../../storage/schemas';
import type { StoreClient, StoreOperation, StoreOperations } from '../../../storage/protocol';
import type { Offboarding } from '../../../offboarding/types';
import type { PublishableTestimonial } from '../../../offboarding/testimonials';

// uPlot reads matchMedia when it loads, which jsdom lacks; jsdom has no canvas either, so nothing is drawn here.
vi.mock('uplot', () => ({ default: class {} }));
HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const NOW = '2026-03-01T08:00:00.000Z';
function ob(id: string, startedOn: string, changes: Partial<Offboarding> = {}): Offboarding {
  return { ...newOffboarding({ clientId: 'c1', initiator: 'we', reason: 'fit', startedOn }, NOW, id), ...changes };
}
const offboardings = [
  ob('o1', '2026-01-10', { reason: 'non-payment', feedback: [{ id: 'f1', receivedOn: '2026-01-20', score: 10, quote: '10/10' }], settlement: [{ id: 's1', direction: 'receivable', description: 'FV', amountMinor: 12_345, currency: 'PLN', paid: false }] }),
  ob('o2', '2026-03-05', { initiator: 'client', feedback: [{ id: 'f2', receivedOn: '2026-03-20', score: 4, quote: '4/10' }] }),
];

function fakeStore(calls: Array<{ op: string; req: unknown }>): StoreClient {
  const answers: { [K in StoreOperation]?: (req: StoreOperations[K]['req']) => StoreOperations[K]['res'] } = {
    'settings.get': () => ({ ...defaultSettings(), uiLanguage: 'pl' }),
    'insights.compute': (period) => computeInsights(offboardings, period),
    'insights.testimonials': () => [],
  };
  return {
    async call(op, req) {
      calls.push({ op, req });
      const answer = (answers as Record<string, ((r: unknown) => unknown) | undefined>)[op];
      if (!answer) throw new Error(`not faked: ${op}`);
      return answer(req) as never;
    },
    onChanged: () => () => {},
  };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);

describe('the insights page', () => {
  it('shows the numbers in Polish, with a table under each chart, and recomputes for a period', async () => {
    const calls: Array<{ op: string; req: unknown }> = [];
    container = document.createElement('div');
    document.body.append(container);
    await act(async () => {
      render(<InsightsApp store={fakeStore(calls)} today={() => '2026-12-01'} />, container);
      await settle();
    });
    await act(() => settle());
    expect($('insights-summary')?.getAttribute('data-total')).toBe('2');
    expect($('insights-nps')?.textContent).toBe('NPS 0 (promotorzy 9–10: 1, neutralni 7–8: 0, krytycy 0–6: 1)');
    const rows = [...container.querySelectorAll('[data-testid="chart-reasons-table"] tbody tr')].map((tr) => tr.textContent);
    // Columns: the reasons that occur (non-payment, poor fit), then the total.
    expect(rows).toEqual(['2026-01101', '2026-02000', '2026-03011']);
    expect($('money-open')?.textContent).toMatch(/123,45\s*zł/);

    const select = $('insights-period') as HTMLSelectElement;
    await act(async () => {
      select.value = 'custom';
      select.dispatchEvent(new Event('change', { bubbles: true }));
      await settle();
    });
    const from = $('insights-from') as HTMLInputElement;
    await act(async () => {
      from.value = '2026-03-01';
      from.dispatchEvent(new Event('input', { bubbles: true }));
      await settle();
    });
    await act(async () => { await settle(); });
    expect(calls.filter((c) => c.op === 'insights.compute').map((c) => c.req)).toContainEqual({ from: '2026-03-01' });
    expect($('insights-summary')?.getAttribute('data-total')).toBe('1');
    expect($('insights-nps')?.getAttribute('data-nps')).toBe('-100');
  });
});

describe('testimonials for a website', () => {
  const items: PublishableTestimonial[] = [
    { text: 'Świetna współpraca, polecam [link](x)!\nDruga linia', credit: 'Anna Nowak, "Acme"', anonymous: false, placements: ['website', 'proposals'], givenOn: '2026-03-02', language: 'pl' },
    { text: '=HYPERLINK("x")', credit: null, anonymous: true, placements: ['website'], givenOn: '2026-03-01', language: 'en' },
  ];
  it('writes Markdown quotes with the credit or anonymously, with Markdown escaped', () => {
    expect(testimonialsMarkdown(items, 'pl')).toBe(
      '# Referencje na stronę internetową\n\n> Świetna współpraca, polecam \\[link\\]\\(x\\)\\!\n> Druga linia\n>\n> — Anna Nowak, "Acme"\n\n> =HYPERLINK\\("x"\\)\n>\n> — Klient anonimowy\n',
    );
  });
  it('writes CSV with quoted cells and no spreadsheet formula', () => {
    expect(testimonialsCsv(items, 'en')).toBe(
      'text,credit,anonymous,may appear on,date,language\r\n' +
        '"Świetna współpraca, polecam [link](x)!\nDruga linia","Anna Nowak, ""Acme""",no,website; proposals,2026-03-02,pl\r\n' +
        '"\'=HYPERLINK(""x"")",,yes,website,2026-03-01,en\r\n',
    );
  });
});
