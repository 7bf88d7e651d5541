/**
 * The insights page at scale: 10 000 clients and 100 000 events (store-scale.ts's conditions), each
 * offboarding with a reason, an initiator and a start spread over two years; most ended, with
 * settlement items, feedback with scores, testimonials, referrals and retrospectives. Measures the
 * page's first chart (navigation start → the reasons chart drawn, the page's own clock) and a
 * period change (the change → the chart redrawn), both through the real background.
 */
import { callStore, launchWithExtension, openExtensionPage } from '../tests/e2e/harness';
import { NotAvailable, figure, type Figure } from './report';
import { envInt, median } from './stats';

export const INSIGHTS_TARGETS = { firstChartMs: 500, filterRedrawMs: 100 };

const SEND = `const send = async (op, req) => {
  const reply = await chrome.runtime.sendMessage({ type: 'offboard:request', op, req });
  if (!reply || !('res' in reply)) throw new Error(op + ' failed: ' + JSON.stringify(reply && reply.err));
  return reply.res;
};`;

/** Clones the template records of a real export with fresh ids and varied after-the-end data. */
function seedScript(clients: number, events: number): string {
  return `(async () => {
    ${SEND}
    const doc = JSON.parse(await send('data.export', {}));
    const [tc] = doc.clients, [to] = doc.offboardings, [te] = doc.events;
    if (!tc || !to || !te) throw new Error('export has no template records');
    const reasons = ['non-payment', 'breach', 'fit', 'capacity', 'scope-change', 'client-decision', 'project-complete', 'other'];
    const initiators = ['we', 'client', 'mutual'];
    const improve = ['Wcześniej ustalić zakres prac', 'Faktury zaliczkowe od początku', 'Clearer scope in the contract', 'Szybsza komunikacja z klientem', 'Earlier invoices and a deposit'];
    const day = (t) => new Date(t).toISOString().slice(0, 10);
    // Starts over the 700 days before today, so that every period preset has data.
    const DAY = 86400000, t0 = Date.now() - 700 * DAY;
    const out = { clients: [], offboardings: [], events: [] };
    for (let i = 0; i < ${clients}; i++) {
      out.clients.push({ ...tc, id: 'bc' + i, name: 'Client ' + i, emails: ['client' + i + '@co' + i + '.bench-example.com'], domains: [] });
      const start = t0 + Math.floor((i * 700) / ${clients}) * DAY;
      const ended = i % 10 < 7;
      const doneAt = new Date(start + (10 + (i % 60)) * DAY).toISOString();
      const checklist = ended ? Object.fromEntries(Object.keys(to.checklist).map((k) => [k, { doneAt }])) : to.checklist;
      const ob = { ...to, id: 'bo' + i, clientId: 'bc' + i, reason: reasons[i % 8], initiator: initiators[i % 3], startedOn: day(start), checklist,
        settlement: [
          { id: 'bs' + i + 'a', direction: 'receivable', description: 'FV ' + i, amountMinor: 10000 + i, currency: i % 4 ? 'PLN' : 'EUR', paid: i % 3 === 0 },
          { id: 'bs' + i + 'b', direction: 'receivable', description: 'FV końcowa ' + i, amountMinor: 5000, currency: 'PLN', paid: false, ...(i % 5 === 0 ? { writtenOff: true } : {}) },
        ] };
      if (ended) {
        ob.feedback = [{ id: 'bf' + i, receivedOn: day(start + 40 * DAY), quote: 'Ocena ' + (i % 11) + '/10', ...(i % 6 ? { score: i % 11 } : {}) }];
        if (i % 4 === 0) ob.testimonials = [{ id: 'bt' + i, text: 'Polecam, świetna współpraca.', consent: ['yes', 'anonymous', 'no'][i % 3], ...(i % 3 === 0 ? { credit: 'Client ' + i } : {}), placements: i % 3 === 2 ? [] : ['website'], givenOn: day(start + 41 * DAY) }];
        if (i % 7 === 0) ob.referrals = [{ id: 'br' + i, who: 'Lead ' + i, on: day(start + 42 * DAY), outcome: 'pending' }];
        ob.retrospective = { wentWell: 'Przekazanie', toImprove: improve[i % 5] + '.', warningSigns: '', writtenAt: doneAt, updatedAt: doneAt, ...(i % 2 ? { workAgain: 'yes' } : {}) };
      }
      out.offboardings.push(ob);
    }
    for (let i = 0; i < ${events}; i++) {
      const c = i % ${clients};
      out.events.push({ ...te, id: 'be' + i, clientId: 'bc' + c, ...(te.offboardingId ? { offboardingId: 'bo' + c } : {}), at: new Date(t0 + i * 60000).toISOString() });
    }
    return await send('data.import', { json: JSON.stringify({ ...doc, ...out }) });
  })()`;
}

const FILTER_SCRIPT = `(async () => {
  const marks = document.documentElement.dataset;
  const select = document.querySelector('[data-testid="insights-period"]');
  const times = [];
  for (let k = 0; k < RUNS; k++) {
    const before = Number(marks.chartDraws || '0');
    const t0 = performance.now();
    select.value = k % 2 === 0 ? 'last12' : 'all';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    const giveUp = t0 + 10000;
    while (Number(marks.chartDraws || '0') === before) {
      if (performance.now() > giveUp) throw new Error('no redraw within 10 s of a period change: ' + select.value + ' ' + document.body.innerText.slice(0, 600).split(String.fromCharCode(10)).join(' | '));
      await new Promise((r) => setTimeout(r, 1));
    }
    times.push(performance.now() - t0);
  }
  return times;
})()`;

export async function measureInsights(): Promise<Figure[]> {
  const clients = envInt('BENCH_CLIENTS', 10_000);
  const events = envInt('BENCH_EVENTS', 100_000);
  const runs = envInt('BENCH_RUNS', 5);
  const browser = await launchWithExtension();
  try {
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const started = await callStore(page, 'offboarding.start', { name: 'Bench Template', email: 'template@bench-template.example.com', language: 'en', initiator: 'we', reason: 'capacity' });
    if ('err' in started) throw new NotAvailable(`offboarding.start: ${started.err}`);
    const note = await callStore(page, 'events.append', { clientId: started.res.client.id, ...(started.res.offboarding ? { offboardingId: started.res.offboarding.id } : {}), type: 'note', data: { text: 'Bench event' } });
    if ('err' in note) throw new NotAvailable(`events.append: ${note.err}`);
    const seeded = (await page.evaluate(seedScript(clients, events))) as { clients: number; events: number };
    if (seeded.clients !== clients || seeded.events !== events) throw new Error(`seeding imported ${JSON.stringify(seeded)}`);

    const firstChart: number[] = [];
    const redraws: number[] = [];
    for (let i = 0; i < runs; i++) {
      const insights = await browser.context.newPage();
      const problems: string[] = [];
      insights.on('pageerror', (error) => problems.push(error.message));
      insights.on('crash', () => problems.push('the page crashed'));
      try {
        await insights.goto(`chrome-extension://${browser.extensionId}/insights.html`);
        const mark = await insights.waitForFunction(() => document.documentElement.dataset.firstChart, undefined, { timeout: 20_000 }).catch(async () => {
          const shown = [await insights.evaluate(() => document.body.innerText.slice(0, 400)).catch(() => '')];
          throw new Error(`insights.html drew no chart: ${[...problems, ...shown].join('; ') || 'no error shown'}`);
        });
        firstChart.push(Number(await mark.jsonValue()));
        const times = await insights.evaluate(FILTER_SCRIPT.replace('RUNS', String(runs))).catch((error: unknown) => {
          throw new Error(`period change failed: ${String(error).split('\n')[0]} ${problems.join('; ')}`);
        });
        redraws.push(...(times as number[]));
      } finally {
        await insights.close();
      }
    }
    return [
      figure(`insights first chart (${clients} clients, ${events} events)`, median(firstChart), 'ms', { op: '<', limit: INSIGHTS_TARGETS.firstChartMs }, `median of ${runs} opens, navigation start → chart drawn`),
      figure('insights period change → chart redrawn', median(redraws), 'ms', { op: '<', limit: INSIGHTS_TARGETS.filterRedrawMs }, `median of ${redraws.length}, background recompute + draw`),
    ];
  } finally {
    await browser.close();
  }
}
