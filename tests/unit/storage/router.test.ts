import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import type { StoreChanged, StoreOperation } from '../../../storage/protocol';
import { methodName, type StoreMethods } from '../../../storage/repo';
import { createStoreRouter, senderRefusal } from '../../../storage/router';
import { requestSchemas } from '../../../storage/schemas';
import { openTestStore } from './helpers';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const sidebar = { id: EXTENSION_ID, url: `${ORIGIN}/sidebar.html?tab=3`, tab: { id: 3 } };
const popup = { id: EXTENSION_ID, url: `${ORIGIN}/popup.html` };
const contentScript = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: 3 } };
const OPERATIONS = Object.keys(requestSchemas) as StoreOperation[];

/** A store whose every method only records that it was reached. */
function spyStore() {
  const calls: Array<{ method: string; req: unknown }> = [];
  const store = Object.fromEntries(
    OPERATIONS.map((op) => [
      methodName(op),
      vi.fn(async (req: unknown) => {
        calls.push({ method: methodName(op), req });
        return 'spy-result';
      }),
    ]),
  ) as unknown as StoreMethods;
  return { store, calls };
}

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('store router with the real store', () => {
  it('runs a valid request and announces the change', async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const broadcast = vi.fn<(m: StoreChanged) => void>();
    const router = createStoreRouter(store, { broadcast });
    const reply = await router.handle(
      {
        type: 'offboard:store',
        op: 'offboarding.start',
        req: { name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'fit' },
      },
      sidebar,
      EXTENSION_ID,
      ORIGIN,
    );
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ client: { name: 'Anna Nowak' }, stage: 'preparation' });
    expect(broadcast).toHaveBeenCalledWith({ type: 'offboard:store-changed', tables: ['clients', 'offboardings', 'events'] });

    broadcast.mockClear();
    const read = await router.handle({ type: 'offboard:store', op: 'clients.match', req: { emails: ['anna@acme.pl'] } }, popup, EXTENSION_ID, ORIGIN);
    expect(read.res).toMatchObject({ client: { emails: ['anna@acme.pl'] } });
    const summary = await router.handle({ type: 'offboard:store', op: 'overview.summary', req: { today: '2025-03-01', limit: 50 } }, popup, EXTENSION_ID, ORIGIN);
    expect(summary.res).toMatchObject({ rows: [{ name: 'Anna Nowak', stage: 'preparation' }], total: 1, stages: { preparation: 1, closed: 0 } });
    expect(broadcast).not.toHaveBeenCalled();
  });

  it("passes the store's own refusal back with its code", async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const router = createStoreRouter(store, { broadcast: () => {} });
    const missing = await router.handle({ type: 'offboard:store', op: 'clients.delete', req: { id: 'ghost' } }, popup, EXTENSION_ID, ORIGIN);
    expect(missing).toEqual({ err: { message: 'No client with id "ghost" (it may have been deleted)', code: 'not-found' } });
    const badImport = await router.handle({ type: 'offboard:store', op: 'data.import', req: { json: '{"format":' } }, popup, EXTENSION_ID, ORIGIN);
    expect(badImport.err).toMatchObject({ code: 'not-json', message: expect.stringMatching(/not valid JSON/) });
  });

  it('still answers when the broadcast fails', async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const router = createStoreRouter(store, {
      broadcast: () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    const reply = await router.handle({ type: 'offboard:store', op: 'settings.put', req: { settings: await store.settingsGet() } }, popup, EXTENSION_ID, ORIGIN);
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ defaultLanguage: 'pl' });
  });
});

describe('store router refusals', () => {
  const valid = { type: 'offboard:store', op: 'clients.list', req: {} };

  it('refuses an unknown operation, by name', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    for (const op of ['clients.drop', '__proto__', 'constructor', 'toString', 42]) {
      const reply = await router.handle({ type: 'offboard:store', op, req: {} }, sidebar, EXTENSION_ID, ORIGIN);
      expect(reply.res).toBeUndefined();
      expect(reply.err?.code).toBe('unknown-operation');
      expect(reply.err?.message).toMatch(/^Unknown store operation/);
    }
    const named = await router.handle({ type: 'offboard:store', op: 'clients.drop', req: {} }, sidebar, EXTENSION_ID, ORIGIN);
    expect(named.err?.message).toBe('Unknown store operation "clients.drop"');
    expect(calls).toEqual([]);
  });

  it('refuses a malformed request, naming the operation and the failing field', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const reply = await router.handle(
      {
        type: 'offboard:store',
        op: 'offboarding.patch',
        req: { id: 'ob-1', patch: { op: 'settlement-add', item: { direction: 'receivable', description: 'FV', amountMinor: 10.5, currency: 'PLN', paid: false } } },
      },
      sidebar,
      EXTENSION_ID,
      ORIGIN,
    );
    expect(reply.err?.message).toMatch(/^Invalid request for "offboarding\.patch" at patch\.item\.amountMinor: /);
    const extraField = await router.handle({ ...valid, req: { sneaky: true } }, sidebar, EXTENSION_ID, ORIGIN);
    expect(extraField.err?.message).toMatch(/^Invalid request for "clients\.list" at \(root\): Unrecognized key: "sneaky"/);
    const badDate = await router.handle({ type: 'offboard:store', op: 'overview.list', req: { today: '2025-13-01' } }, sidebar, EXTENSION_ID, ORIGIN);
    expect(badDate.err?.message).toBe('Invalid request for "overview.list" at today: Expected a calendar date YYYY-MM-DD');
    const noLimit = await router.handle({ type: 'offboard:store', op: 'overview.summary', req: { today: '2025-03-01' } }, popup, EXTENSION_ID, ORIGIN);
    expect(noLimit.err?.message).toMatch(/^Invalid request for "overview\.summary" at limit: /);
    const hugeLimit = await router.handle({ type: 'offboard:store', op: 'overview.summary', req: { today: '2025-03-01', limit: 1_000_000 } }, popup, EXTENSION_ID, ORIGIN);
    expect(hugeLimit.err?.message).toMatch(/^Invalid request for "overview\.summary" at limit: /);
    const partRow = await router.handle({ type: 'offboard:store', op: 'overview.summary', req: { today: '2025-03-01', limit: 2.5 } }, popup, EXTENSION_ID, ORIGIN);
    expect(partRow.err?.message).toBe('Invalid request for "overview.summary" at limit: Expected a whole number of rows');
    const noConfirm = await router.handle({ type: 'offboard:store', op: 'data.deleteAll', req: { confirm: 'yes' } }, sidebar, EXTENSION_ID, ORIGIN);
    expect(noConfirm.err?.message).toMatch(/"data\.deleteAll" at confirm/);
    const tooLong = await router.handle(
      { type: 'offboard:store', op: 'clients.update', req: { id: 'c1', changes: { notes: 'x'.repeat(20_001) } } },
      sidebar,
      EXTENSION_ID,
      ORIGIN,
    );
    expect(tooLong.err?.message).toMatch(/"clients\.update" at changes\.notes/);
    expect(calls).toEqual([]);
  });

  it('refuses another extension and web pages', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const foreign = await router.handle(valid, { id: 'someotherextensionidxxxxxxxxxxxx', url: 'chrome-extension://someotherextensionidxxxxxxxxxxxx/x.html' }, EXTENSION_ID, ORIGIN);
    expect(foreign.err).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/another extension or a web page/) });
    const noId = await router.handle(valid, { url: 'https://evil.example/' }, EXTENSION_ID, ORIGIN);
    expect(noId.err?.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });

  it('refuses our own content script: its sender URL is the webmail page', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const reply = await router.handle(valid, contentScript, EXTENSION_ID, ORIGIN);
    expect(reply.err?.message).toBe(
      'Refused store request from "https://mail.google.com/mail/u/0/#inbox/FMfcgz": content scripts and web pages cannot use the store, only Offboard\'s extension pages',
    );
    // A look-alike origin is not ours.
    const lookalike = await router.handle(valid, { id: EXTENSION_ID, url: `${ORIGIN}.evil.example/x` }, EXTENSION_ID, ORIGIN);
    expect(lookalike.err?.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });

  it('accepts every extension page of ours, with or without a trailing slash on the origin', () => {
    expect(senderRefusal(sidebar, EXTENSION_ID, ORIGIN)).toBeNull();
    expect(senderRefusal(popup, EXTENSION_ID, `${ORIGIN}/`)).toBeNull();
    expect(senderRefusal({ id: EXTENSION_ID, url: 'moz-extension://1234-uuid/options.html' }, EXTENSION_ID, 'moz-extension://1234-uuid')).toBeNull();
    expect(senderRefusal(popup, '', ORIGIN)).not.toBeNull();
  });
});

/** One request each operation's schema accepts, for the operations whose requests are small. */
const VALID_REQUESTS: ReadonlyArray<readonly [StoreOperation, unknown]> = [
  ['clients.list', {}],
  ['clients.get', { id: 'c_1' }],
  ['clients.match', { emails: ['anna@example.pl'] }],
  ['clients.delete', { id: 'c_1' }],
  ['offboarding.start', { name: 'Anna Nowak', language: 'pl', initiator: 'we', reason: 'fit' }],
  ['events.list', { clientId: 'c_1' }],
  ['overview.list', { today: '2026-03-02' }],
  ['overview.summary', { today: '2026-03-02', limit: 20 }],
  ['templates.list', {}],
  ['templates.delete', { id: 't_1' }],
  ['settings.get', {}],
  ['data.export', {}],
  ['data.import', { json: '{}' }],
  ['data.deleteAll', { confirm: 'DELETE' }],
];

describe('store router properties', () => {
  it('has known-valid requests that their schemas accept', () => {
    for (const [op, req] of VALID_REQUESTS) expect(requestSchemas[op].safeParse(req).success, op).toBe(true);
  });

  const ourSenders = fc.constantFrom(sidebar, popup);

  it('rejects arbitrary junk and never lets it reach the store', async () => {
    const { store, calls } = spyStore();
    const broadcast = vi.fn();
    const router = createStoreRouter(store, { broadcast });
    await fc.assert(
      fc.asyncProperty(fc.anything({ withObjectString: true, withNullPrototype: true }), ourSenders, async (message, sender) => {
        const reply = await router.handle(message, sender, EXTENSION_ID, ORIGIN);
        expect(reply.res).toBeUndefined();
        expect(typeof reply.err?.message).toBe('string');
        expect(reply.err!.message.length).toBeGreaterThan(10);
      }),
      { numRuns: 300 },
    );
    expect(calls).toEqual([]);
    expect(broadcast).not.toHaveBeenCalled();
  });

  it('lets a request through only when its schema accepts it', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const seen = { accepted: 0, refused: 0 };
    const junkRequest = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('id', 'emails', 'today', 'json', 'confirm', 'patch', 'changes', 'x'), fc.anything()),
    );
    // Known-valid requests mixed into the junk, so both branches are exercised on every seed.
    const validPair = fc.constantFrom(...VALID_REQUESTS);
    const junkPair = fc.tuple(fc.constantFrom(...OPERATIONS), junkRequest);
    await fc.assert(
      fc.asyncProperty(fc.oneof(validPair, junkPair), ourSenders, async ([op, req], sender) => {
        calls.length = 0;
        const reply = await router.handle({ type: 'offboard:store', op, req }, sender, EXTENSION_ID, ORIGIN);
        const accepted = requestSchemas[op].safeParse(req).success;
        seen[accepted ? 'accepted' : 'refused'] += 1;
        if (accepted) {
          expect(reply).toEqual({ res: 'spy-result' });
          expect(calls.map((c) => c.method)).toEqual([methodName(op)]);
        } else {
          expect(reply.err?.message).toMatch(new RegExp(`^Invalid request for "${op.replace('.', '\\.')}" at `));
          expect(calls).toEqual([]);
        }
      }),
      // The first examples always run: one known-valid and one known-invalid request.
      { numRuns: 400, examples: [[VALID_REQUESTS[0]!, sidebar], [['clients.get', { id: '' }], popup]] },
    );
    // Both branches were exercised (empty requests of the list operations pass).
    expect(seen.accepted).toBeGreaterThan(0);
    expect(seen.refused).toBeGreaterThan(0);
  });

  it('refuses every sender that is not one of our extension pages, whatever it sends', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const foreignSender = fc.oneof(
      fc.record({ id: fc.option(fc.string(), { nil: undefined }), url: fc.option(fc.webUrl(), { nil: undefined }) }),
      fc.record({ id: fc.constant(EXTENSION_ID), url: fc.webUrl() }),
    );
    await fc.assert(
      fc.asyncProperty(foreignSender, fc.constantFrom(...OPERATIONS), async (sender, op) => {
        const reply = await router.handle({ type: 'offboard:store', op, req: {} }, sender, EXTENSION_ID, ORIGIN);
        expect(reply.err?.code).toBe('forbidden');
      }),
      { numRuns: 200 },
    );
    expect(calls).toEqual([]);
  });
});
