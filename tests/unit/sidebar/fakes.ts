/** Test doubles for the sidebar's ports: an in-memory store, a scripted page, a recording clipboard. */
import type { StoreChanged, StoreOperation, StoreOperations, ClientWithOffboarding } from '../../../storage/protocol';
import type { Client, OffboardEvent, Offboarding, Settings } from '../../../offboarding/types';
import type { ConversationContext, Draft, InsertResult } from '../../../webmail/types';
import type { Suggestion, Template, TemplateKind } from '../../../templates/types';
import { lookupKeys, matchKeys } from '../../../offboarding/match-keys';
import { newClient, newOffboarding } from '../../../offboarding/new-records';
import { stageOf } from '../../../offboarding/checklist';
import { applyPatch } from '../../../offboarding/patch';
import type { ClipboardPort, PagePort, SidebarDeps, TemplateEngine } from '../../../components/sidebar/ports';
import type { StoreClient } from '../../../storage/protocol';
import { preloadSidebarParts } from '../../../components/sidebar/sidebar-parts';

export const NOW = '2026-03-02T10:00:00.000Z';
export const TODAY = '2026-03-02';

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    profile: { name: 'Ola Nowak', senderForm: 'f', signature: 'webmail' },
    defaultLanguage: 'pl',
    defaultTone: 'formal',
    defaultNoticePeriod: { days: 30 },
    uiLanguage: 'en',
    ...overrides,
  };
}

export function context(overrides: Partial<ConversationContext> = {}): ConversationContext {
  return {
    provider: 'gmail',
    threadId: 'thread-1',
    subject: 'Współpraca',
    participants: [
      { name: 'Anna Kowalska', email: 'anna@acme.pl', role: 'sender' },
      { name: 'Ola Nowak', email: 'ola@studio.pl', role: 'me' },
    ],
    messages: [{ from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, text: 'Dzień dobry' }],
    userEmail: 'ola@studio.pl',
    language: 'pl',
    compose: { open: false },
    url: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
    missing: [],
    ...overrides,
  };
}

type Handler<K extends StoreOperation> = (req: StoreOperations[K]['req']) => StoreOperations[K]['res'];

export class FakeStore implements StoreClient {
  clients: Client[] = [];
  offboardings: Offboarding[] = [];
  events: OffboardEvent[] = [];
  templates: Template[] = [];
  settings: Settings = settings();
  calls: Array<{ op: StoreOperation; req: unknown }> = [];
  /** Operations that reject with this message. */
  failures = new Map<StoreOperation, string>();
  /** The time a patch is stamped with (the real store stamps each with now). */
  patchClock: () => string = () => NOW;
  private listeners = new Set<(change: StoreChanged) => void>();
  private ids = 0;

  addClient(input: Parameters<typeof newClient>[0], withOffboarding = true): ClientWithOffboarding {
    const client = newClient(input, NOW, `c${++this.ids}`);
    this.clients.push(client);
    let offboarding: Offboarding | null = null;
    if (withOffboarding) {
      offboarding = newOffboarding({ clientId: client.id, initiator: 'we', reason: 'fit', startedOn: TODAY }, NOW, `o${++this.ids}`);
      this.offboardings.push(offboarding);
    }
    return this.withOffboarding(client);
  }

  withOffboarding(client: Client): ClientWithOffboarding {
    const offboarding = this.offboardings.find((o) => o.clientId === client.id) ?? null;
    return { client, offboarding, stage: offboarding ? stageOf(offboarding) : null };
  }

  onChanged(listener: (change: StoreChanged) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(tables: StoreChanged['tables']): void {
    for (const listener of this.listeners) listener({ type: 'offboard:store-changed', tables });
  }

  callsOf<K extends StoreOperation>(op: K): Array<StoreOperations[K]['req']> {
    return this.calls.filter((c) => c.op === op).map((c) => c.req as StoreOperations[K]['req']);
  }

  async call<K extends StoreOperation>(op: K, req: StoreOperations[K]['req']): Promise<StoreOperations[K]['res']> {
    this.calls.push({ op, req: structuredClone(req) });
    await Promise.resolve();
    const failure = this.failures.get(op);
    if (failure) throw new Error(failure);
    const handler = (this.handlers as unknown as Record<string, Handler<K> | undefined>)[op];
    if (!handler) throw new Error(`FakeStore: ${op} is not faked`);
    return structuredClone(handler(req));
  }

  private handlers: { [K in StoreOperation]?: Handler<K> } = {
    'settings.get': () => this.settings,
    'templates.list': () => this.templates,
    'templates.builtIn': () => [],
    'clients.list': () => this.clients,
    'clients.get': ({ id }) => {
      const client = this.clients.find((c) => c.id === id);
      return client ? this.withOffboarding(client) : null;
    },
    'clients.match': ({ emails }) => {
      for (const key of lookupKeys(emails)) {
        const client = this.clients.find((c) => matchKeys(c).includes(key));
        if (client) return this.withOffboarding(client);
      }
      return null;
    },
    'clients.update': ({ id, changes }) => {
      const index = this.clients.findIndex((c) => c.id === id);
      const current = this.clients[index];
      if (!current) throw new Error('no such client');
      const updated = { ...current, ...changes, updatedAt: NOW };
      this.clients[index] = updated;
      return updated;
    },
    'offboarding.start': (input) => {
      const client = input.clientId
        ? this.clients.find((c) => c.id === input.clientId)!
        : newClient({
            name: input.name,
            ...(input.company ? { company: input.company } : {}),
            emails: input.email ? [input.email] : [],
            domains: input.domain ? [input.domain] : [],
            language: input.language,
          }, NOW, `c${++this.ids}`);
      if (!input.clientId) this.clients.push(client);
      const offboarding = newOffboarding({
        clientId: client.id, initiator: input.initiator, reason: input.reason, startedOn: TODAY,
        ...(input.thread ? { thread: input.thread } : {}),
      }, NOW, `o${++this.ids}`);
      this.offboardings.push(offboarding);
      return this.withOffboarding(client);
    },
    'offboarding.patch': ({ id, patch }) => {
      const index = this.offboardings.findIndex((o) => o.id === id);
      const current = this.offboardings[index];
      if (!current) throw new Error('no such offboarding');
      // The real rule (offboarding/patch.ts), so the fake background cannot drift from the store.
      const at = this.patchClock();
      const offboarding = { ...applyPatch(current, patch, at, () => `s${++this.ids}`).offboarding, updatedAt: at };
      this.offboardings[index] = offboarding;
      return offboarding;
    },
    'events.append': (event) => {
      const stored: OffboardEvent = { ...event, id: `e${++this.ids}`, at: NOW };
      this.events.push(stored);
      return stored;
    },
    'events.list': ({ clientId }) => this.events.filter((e) => e.clientId === clientId),
  };
}

export class FakePage implements PagePort {
  tabId = 7;
  context: ConversationContext | null = context();
  /** What insertDraft answers; 'hang' never answers, 'throw' rejects like a missing content script. */
  insertAnswer: InsertResult | 'hang' | 'throw' = { ok: true, method: 'execCommand', openedReply: false };
  unreachable = false;
  inserted: Array<{ tabId: number; draft: Draft }> = [];
  private listeners = new Set<(context: ConversationContext) => void>();

  async whoami(): Promise<number> {
    if (this.unreachable) throw new Error('Could not establish connection. Receiving end does not exist.');
    return this.tabId;
  }
  async getContext(): Promise<ConversationContext | null> {
    if (this.unreachable) throw new Error('Could not establish connection. Receiving end does not exist.');
    return this.context;
  }
  /** The page port is bound to its own tab: what it inserts goes there. */
  insertDraft(draft: Draft): Promise<InsertResult> {
    this.inserted.push({ tabId: this.tabId, draft });
    if (this.insertAnswer === 'hang') return new Promise(() => {});
    if (this.insertAnswer === 'throw') return Promise.reject(new Error('Receiving end does not exist.'));
    return Promise.resolve(this.insertAnswer);
  }
  openRequests: boolean[] = [];
  async setSidebarOpen(open: boolean): Promise<void> {
    this.openRequests.push(open);
  }
  onContextChanged(listener: (context: ConversationContext) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  /** A push on the sidebar's own conversation channel. */
  push(next: ConversationContext): void {
    for (const listener of this.listeners) listener(next);
  }
}

export class FakeClipboard implements ClipboardPort {
  written: Array<{ html: string; text: string }> = [];
  refuse = false;
  async writeDraft(draft: { html: string; text: string }): Promise<void> {
    if (this.refuse) throw new Error('Document is not focused.');
    this.written.push({ html: draft.html, text: draft.text });
  }
}

export function template(kind: TemplateKind, lang: 'pl' | 'en', tone: 'formal' | 'warm' = 'formal', body = `Body of ${kind}`): Template {
  return {
    id: `${kind}-${lang}-${tone}`,
    kind,
    lang,
    tone,
    title: kind,
    subject: `Subject ${kind}`,
    when: '',
    variables: [],
    body,
    builtIn: true,
  };
}

/**
 * A template engine whose suggest() ranks by the order given in `ranking` (kinds already sent are
 * left out), and whose render wraps the body in a paragraph and reports `{{name}}` tokens missing
 * unless overridden.
 */
export function fakeEngine(ranking: Array<{ kind: TemplateKind; lang: 'pl' | 'en' }>, builtIns: Template[]): TemplateEngine & { suggestInputs: unknown[] } {
  const suggestInputs: unknown[] = [];
  return {
    suggestInputs,
    builtInTemplates: () => builtIns,
    renderDraft: async (tpl, input) => {
      const vars: Record<string, string | null> = { ...(input.overrides ?? {}), clientName: input.client?.name ?? null };
      const missing = [...tpl.body.matchAll(/\{\{(\w[\w.]*)\}\}/g)].map((m) => m[1]!).filter((name) => !(name in vars));
      const text = tpl.body.replace(/\{\{(\w[\w.]*)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
      return { subject: tpl.subject, html: `<p>${text.replace(/</g, '&lt;')}</p>`, text, missing };
    },
    suggest: (input) => {
      suggestInputs.push(input);
      return ranking
        .filter((r) => !input.sentKinds.includes(r.kind))
        .map((r, index): Suggestion | null => {
          const tpl = input.templates.find((t) => t.kind === r.kind && t.lang === r.lang);
          return tpl ? { template: tpl, kind: r.kind, lang: r.lang, tone: tpl.tone, score: 100 - index, reasons: [{ code: 'fits', params: { n: index } }] } : null;
        })
        .filter((s): s is Suggestion => s !== null);
    },
    describeReason: (reason, uiLang) => `${uiLang}:${reason.code}`,
    variableLabel: (path) => `label ${path}`,
  };
}

export function deps(parts: { store: FakeStore; page: FakePage; clipboard?: FakeClipboard; templates?: TemplateEngine }): SidebarDeps {
  return {
    store: parts.store,
    page: parts.page,
    clipboard: parts.clipboard ?? new FakeClipboard(),
    templates: parts.templates ?? fakeEngine([], []),
    today: () => TODAY,
    languages: ['en-GB'],
    pageTimeoutMs: 30,
  };
}

/** Lets queued promise callbacks and zero-delay timers run. */
/** Lets pending work finish; the sidebar's lazy parts (sidebar-parts.ts) are loaded first, as main.tsx does. */
export async function settle(ms = 0): Promise<void> {
  await preloadSidebarParts();
  await new Promise((resolve) => setTimeout(resolve, ms));
}
