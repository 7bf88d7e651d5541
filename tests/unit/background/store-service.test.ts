import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import { createMessenger, REQUEST_TYPE, type Reply, type RuntimeApi } from '../../../common/messaging/messenger';
import { OWN_PAGES, senderRefusal as guardRefusal, type MessageSender } from '../../../common/messaging/senders';
import { backgroundMessengerOptions, registerStoreService } from '../../../background/store-service';
import type { StoreChanged, StoreOperation, StoreOperations } from '../../../storage/protocol';
import { methodName, type StoreMethods } from '../../../storage/repo';
import { requestSchemas } from '../../../storage/schemas';
import { openTestStore } from '../storage/helpers';
import { builtInTemplates } from '../../../templates/library';
import { renderDraftForRecord } from '../../../templates/draft-render';
import type { RenderedDraft } from '../../../templates/types';
import { draftRenderInput } from '../../../components/sidebar/drafts';
import { context as sidebarContext } from '../sidebar/fakes';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXTENSION_ID}`;
const sidebar = { id: EXTENSION_ID, url: `${ORIGIN}/sidebar.html?tab=3`, tab: { id: 3 } };
const popup = { id: EXTENSION_ID, url: `${ORIGIN}/popup.html` };
const contentScript = { id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgz', tab: { id: 3 } };
const OPERATIONS = Object.keys(requestSchemas) as StoreOperation[];

function identity(id: string, origin: string) {
  return { id, getURL: (path: string) => `${origin.replace(/\/+$/, '')}/${path.replace(/^\//, '')}` };
}

/** The background's messenger with the store service, answering envelopes as its listener would. */
function createStoreRouter(store: StoreMethods, { broadcast }: { broadcast: (change: StoreChanged) => void }) {
  const extension = identity(EXTENSION_ID, ORIGIN);
  const runtime = { ...extension, sendMessage: async () => undefined, onMessage: { addListener: () => undefined, removeListener: () => undefined } } satisfies RuntimeApi;
  const messenger = createMessenger<StoreOperations>({ runtime }, backgroundMessengerOptions(extension));
  registerStoreService(messenger, store, { extension, onChange: broadcast });
  return {
    /** null: not a request envelope, so the background leaves it unanswered (the caller hears nobody). */
    handle: (message: unknown, sender: MessageSender): Promise<Reply> | null => messenger.dispatch(message, sender),
  };
}

async function answered(router: ReturnType<typeof createStoreRouter>, message: unknown, sender: MessageSender): Promise<Reply> {
  const reply = router.handle(message, sender);
  if (reply === null) throw new Error('The background left this message unanswered: it is not a request envelope');
  return reply;
}

/** The one guard, asked about the store's senders. */
function senderRefusal(sender: MessageSender, extensionId: string, origin: string): string | null {
  return guardRefusal(sender, identity(extensionId, origin), OWN_PAGES, 'a store request');
}

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

describe('store service with the real store', () => {
  it('runs a valid request and announces the change', async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const broadcast = vi.fn<(m: StoreChanged) => void>();
    const router = createStoreRouter(store, { broadcast });
    const reply = await answered(router, 
      {
        type: REQUEST_TYPE,
        op: 'offboarding.start',
        req: { name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'fit' },
      },
      sidebar,
    );
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ client: { name: 'Anna Nowak' }, stage: 'preparation' });
    expect(broadcast).toHaveBeenCalledWith({ type: 'offboard:store-changed', tables: ['clients', 'offboardings', 'events'] });

    broadcast.mockClear();
    const read = await answered(router, { type: REQUEST_TYPE, op: 'clients.match', req: { emails: ['anna@acme.pl'] } }, popup);
    expect(read.res).toMatchObject({ client: { emails: ['anna@acme.pl'] } });
    const summary = await answered(router, { type: REQUEST_TYPE, op: 'overview.summary', req: { today: '2025-03-01', limit: 50 } }, popup);
    expect(summary.res).toMatchObject({ rows: [{ name: 'Anna Nowak', stage: 'preparation' }], total: 1, stages: { preparation: 1, closed: 0 } });
    expect(broadcast).not.toHaveBeenCalled();
  });

  it("passes the store's own refusal back with its code", async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const router = createStoreRouter(store, { broadcast: () => {} });
    const missing = await answered(router, { type: REQUEST_TYPE, op: 'clients.delete', req: { id: 'ghost' } }, popup);
    expect(missing).toEqual({ err: { message: 'No client with id "ghost" (it may have been deleted)', code: 'not-found' } });
    const badImport = await answered(router, { type: REQUEST_TYPE, op: 'data.import', req: { json: '{"format":' } }, popup);
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
    const reply = await answered(router, { type: REQUEST_TYPE, op: 'settings.put', req: { settings: await store.settingsGet() } }, popup);
    expect(reply.err).toBeUndefined();
    expect(reply.res).toMatchObject({ defaultLanguage: 'pl' });
  });
});

describe('store service refusals', () => {
  const valid = { type: REQUEST_TYPE, op: 'clients.list', req: {} };

  it('refuses an unknown operation, by name', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    for (const op of ['clients.drop', '__proto__', 'constructor', 'toString', 42]) {
      const reply = await answered(router, { type: REQUEST_TYPE, op, req: {} }, sidebar);
      expect(reply.res).toBeUndefined();
      expect(reply.err?.code).toBe('unknown-operation');
      expect(reply.err?.message).toMatch(/^Unknown operation /);
    }
    const named = await answered(router, { type: REQUEST_TYPE, op: 'clients.drop', req: {} }, sidebar);
    expect(named.err?.message).toBe('Unknown operation "clients.drop": the background answers store operations and tab.whoami');
    expect(calls).toEqual([]);
  });

  it('refuses a malformed request, naming the operation and the failing field', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const reply = await answered(router, 
      {
        type: REQUEST_TYPE,
        op: 'offboarding.patch',
        req: { id: 'ob-1', patch: { op: 'settlement-add', item: { direction: 'receivable', description: 'FV', amountMinor: 10.5, currency: 'PLN', paid: false } } },
      },
      sidebar,
    );
    expect(reply.err?.message).toMatch(/^Invalid request for "offboarding\.patch" at patch\.item\.amountMinor: /);
    const extraField = await answered(router, { ...valid, req: { sneaky: true } }, sidebar);
    expect(extraField.err?.message).toMatch(/^Invalid request for "clients\.list" at \(root\): Unrecognized key: "sneaky"/);
    const badDate = await answered(router, { type: REQUEST_TYPE, op: 'overview.list', req: { today: '2025-13-01' } }, sidebar);
    expect(badDate.err?.message).toBe('Invalid request for "overview.list" at today: Expected a calendar date YYYY-MM-DD');
    const noLimit = await answered(router, { type: REQUEST_TYPE, op: 'overview.summary', req: { today: '2025-03-01' } }, popup);
    expect(noLimit.err?.message).toMatch(/^Invalid request for "overview\.summary" at limit: /);
    const hugeLimit = await answered(router, { type: REQUEST_TYPE, op: 'overview.summary', req: { today: '2025-03-01', limit: 1_000_000 } }, popup);
    expect(hugeLimit.err?.message).toMatch(/^Invalid request for "overview\.summary" at limit: /);
    const partRow = await answered(router, { type: REQUEST_TYPE, op: 'overview.summary', req: { today: '2025-03-01', limit: 2.5 } }, popup);
    expect(partRow.err?.message).toBe('Invalid request for "overview.summary" at limit: Expected a whole number of rows');
    const noConfirm = await answered(router, { type: REQUEST_TYPE, op: 'data.deleteAll', req: { confirm: 'yes' } }, sidebar);
    expect(noConfirm.err?.message).toMatch(/"data\.deleteAll" at confirm/);
    const tooLong = await answered(router, 
      { type: REQUEST_TYPE, op: 'clients.update', req: { id: 'c1', changes: { notes: 'x'.repeat(20_001) } } },
      sidebar,
    );
    expect(tooLong.err?.message).toMatch(/"clients\.update" at changes\.notes/);
    expect(calls).toEqual([]);
  });

  it('refuses another extension and web pages', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const foreign = await answered(router, valid, { id: 'someotherextensionidxxxxxxxxxxxx', url: 'chrome-extension://someotherextensionidxxxxxxxxxxxx/x.html' });
    expect(foreign.err).toMatchObject({ code: 'forbidden', message: expect.stringMatching(/another extension or a web page/) });
    const noId = await answered(router, valid, { url: 'https://evil.example/' });
    expect(noId.err?.code).toBe('forbidden');
    expect(calls).toEqual([]);
  });

  it('refuses our own content script: its sender URL is the webmail page', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const reply = await answered(router, valid, contentScript);
    expect(reply.err?.message).toBe(
      'Refused "clients.list" from "https://mail.google.com/mail/u/0/#inbox/FMfcgz": content scripts and web pages cannot send it, only Offboard\'s extension pages',
    );
    // A look-alike origin is not ours.
    const lookalike = await answered(router, valid, { id: EXTENSION_ID, url: `${ORIGIN}.evil.example/x` });
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
  ['insights.compute', { from: '2026-01-01', to: '2026-12-31' }],
  ['insights.testimonials', {}],
  ['templates.list', {}],
  ['templates.builtIn', {}],
  ['templates.delete', { id: 't_1' }],
  ['settings.get', {}],
  ['data.export', {}],
  ['data.import', { json: '{}' }],
  ['data.deleteAll', { confirm: 'DELETE' }],
];

describe('store service properties', () => {
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
        const pending = router.handle(message, sender);
        // Not an envelope: left unanswered (the sender hears nobody), never handled.
        if (pending === null) return;
        const reply = await pending;
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
        const reply = await answered(router, { type: REQUEST_TYPE, op, req }, sender);
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
        const reply = await answered(router, { type: REQUEST_TYPE, op, req: {} }, sender);
        expect(reply.err?.code).toBe('forbidden');
      }),
      { numRuns: 200 },
    );
    expect(calls).toEqual([]);
  });
});

describe('templates.render: the draft the sidebar shows, rendered in the background', () => {
  const notice = builtInTemplates().find((template) => template.kind === 'termination-notice' && template.lang === 'pl')!;

  async function recordShown(store: StoreMethods) {
    const started = await store.offboardingStart({ name: 'Anna Kowalska', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    return { client: started.client, offboarding: started.offboarding, settings: await store.settingsGet({}) };
  }

  it('renders from exactly what the sidebar sends (its own input shape), as the template engine would locally', async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const router = createStoreRouter(store, { broadcast: () => {} });
    const shown = await recordShown(store);
    const input = draftRenderInput({ ...shown, context: sidebarContext(), today: '2026-03-02', overrides: { 'contract.clause': ' § 7 ust. 2 ', 'payment.dueDate': '  ' } });
    expect(input.overrides).toEqual({ 'contract.clause': '§ 7 ust. 2' });
    const reply = await answered(router, { type: REQUEST_TYPE, op: 'templates.render', req: { template: notice, input } }, sidebar);
    expect(reply.err).toBeUndefined();
    const draft = reply.res as RenderedDraft;
    expect(draft).toEqual(renderDraftForRecord(notice, input));
    expect(draft.text).toContain('§ 7 ust. 2');
    expect(draft.html).toContain('§ 7 ust. 2');
  });

  it('refuses a thread that carries more than its subject and senders, and a typed value with no variable path', async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const router = createStoreRouter(store, { broadcast: () => {} });
    const shown = await recordShown(store);
    const input = draftRenderInput({ ...shown, context: sidebarContext(), today: '2026-03-02', overrides: {} });
    const withText = { ...input, context: { ...input.context, messages: [{ from: { name: 'A' }, text: 'the whole e-mail' }] } };
    const refused = await answered(router, { type: REQUEST_TYPE, op: 'templates.render', req: { template: notice, input: withText } }, sidebar);
    expect(refused.err?.message).toMatch(/templates\.render/);
    expect(refused.err?.message).toMatch(/text/);
    const badPath = { ...input, overrides: { '__proto__.x': 'y' } };
    const refusedPath = await answered(router, { type: REQUEST_TYPE, op: 'templates.render', req: { template: notice, input: badPath } }, sidebar);
    expect(refusedPath.err?.message).toMatch(/not a variable path/);
  });

  it('refuses a render asked for by our own content script', async () => {
    const { store, calls } = spyStore();
    const router = createStoreRouter(store, { broadcast: () => {} });
    const reply = await answered(router, { type: REQUEST_TYPE, op: 'templates.render', req: {} }, contentScript);
    expect(reply.err?.message.length).toBeGreaterThan(10);
    expect(calls).toEqual([]);
  });
});
