/** The scripts bench/store-scale.ts runs inside the extension's pages (as text: they run in the page, not in Node). */

/** In-page helper shared by the scripts below: one store round trip, throwing the store's error. */
const SEND = `const send = async (op, req) => {
  const reply = await chrome.runtime.sendMessage({ type: 'offboard:request', op, req });
  if (!reply || !('res' in reply)) throw new Error(op + ' failed: ' + JSON.stringify(reply && reply.err));
  return reply.res;
};`;

/**
 * Seeds `clients` clients with `perClient` events each through the streamed import (the same
 * staging and commit as a user's import): records made through the API are the templates, cloned
 * with fresh ids, so the rows are exactly what the store writes.
 */
export function seedScript(clients: number, perClient: number): string {
  return `(async () => {
    ${SEND}
    const first = async (table) => (await send('data.exportPage', { table, after: null, limit: 1 })).records[0].record;
    const tc = await first('clients'), to = await first('offboardings'), te = await first('timelines');
    const email = (i) => 'client' + i + '@co' + i + '.bench-example.com';
    const start = performance.now();
    const { session } = await send('data.importBegin', {});
    let batch = [];
    const flush = async () => { if (batch.length) await send('data.importBatch', { session, lines: batch }); batch = []; };
    const add = async (record) => { batch.push(JSON.stringify(record)); if (batch.length >= 2000) await flush(); };
    for (let i = 0; i < ${clients}; i++) {
      await add({ kind: 'client', record: { ...tc, id: 'bc' + i, name: 'Client ' + i, emails: [email(i)], domains: tc.domains.length ? ['co' + i + '.bench-example.com'] : [] } });
    }
    for (let i = 0; i < ${clients}; i++) await add({ kind: 'offboarding', record: { ...to, id: 'bo' + i, clientId: 'bc' + i } });
    const t0 = Date.UTC(2025, 0, 1);
    for (let c = 0; c < ${clients}; c++) {
      for (let k = 0; k < ${perClient}; k++) {
        const i = c * ${perClient} + k;
        await add({ kind: 'event', record: { ...te, id: 'be' + i, clientId: 'bc' + c, ...(te.offboardingId ? { offboardingId: 'bo' + c } : {}), at: new Date(t0 + i * 60000).toISOString() } });
      }
    }
    await add({ kind: 'settings', record: await send('settings.get', {}) });
    await flush();
    const result = await send('data.importCommit', { session, counts: { clients: ${clients}, offboardings: ${clients}, events: ${clients * perClient}, templates: 0 } });
    return { ms: performance.now() - start, result };
  })()`;
}

export function matchScript(samples: number, clients: number): string {
  return `(async () => {
    ${SEND}
    const hits = [];
    let wrong = 0;
    for (let k = 0; k < ${samples} + 20; k++) {
      const i = Math.floor(Math.random() * ${clients});
      const start = performance.now();
      const found = await send('clients.match', { emails: ['client' + i + '@co' + i + '.bench-example.com'] });
      const ms = performance.now() - start;
      if (!found || found.client.id !== 'bc' + i) wrong++;
      if (k >= 20) hits.push(ms); // the first 20 warm the worker and the database
    }
    return { hits, wrong };
  })()`;
}

/** Time from navigation start to the first visible overview row, measured by the popup's own clock. */
export const FIRST_ROW_WATCH = `(() => {
  const look = () => {
    const row = document.querySelector('[data-testid="overview-row"]');
    if (row && row.getBoundingClientRect().height > 0) { window.__benchFirstRow = performance.now(); return; }
    requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
})()`;
