/** Small builders for suggestion scenarios: a conversation, a client, an offboarding at a stage. */
import { CHECKLIST_KEYS } from '../../../../offboarding/types';
import type {
  ChecklistKey,
  Client,
  EndReason,
  Initiator,
  Lang,
  NoticePeriod,
  NoticeRecord,
  Offboarding,
  SettlementItem,
} from '../../../../offboarding/types';
import { newOffboarding } from '../../../../offboarding/new-records';
import { guessThreadLanguage } from '../../../../webmail/language';
import type { ConversationContext, ThreadMessage } from '../../../../webmail/types';
import { TEMPLATE_KINDS } from '../../../../templates/types';
import type { Template, TemplateKind } from '../../../../templates/types';

export const ME = 'anna.nowak@studio-nowak.pl';
export const CLIENT_EMAIL = 'jan.kowalski@firma-klienta.pl';

/** A message from the client on a date (09:00 UTC). */
export function fromClient(date: string, text: string): ThreadMessage {
  return { from: { name: 'Jan Kowalski', email: CLIENT_EMAIL }, date: `${date}T09:00:00.000Z`, text };
}

/** A message the user wrote on a date (14:00 UTC). */
export function fromMe(date: string, text: string): ThreadMessage {
  return { from: { name: 'Anna Nowak', email: ME }, date: `${date}T14:00:00.000Z`, text };
}

/** A Gmail conversation whose language is guessed from the texts, as the adapter does. */
export function conversation(...messages: ThreadMessage[]): ConversationContext {
  return {
    provider: 'gmail',
    threadId: 'thread-1',
    subject: 'Współpraca / Cooperation',
    participants: [
      { email: CLIENT_EMAIL, role: 'sender' },
      { email: ME, role: 'me' },
    ],
    messages,
    userEmail: ME,
    language: guessThreadLanguage(messages.map((m) => m.text)),
    compose: { open: false },
    url: 'https://mail.google.com/mail/u/0/#inbox/thread-1',
    missing: [],
  };
}

export function makeClient(
  options: { lang?: Lang; noticePeriod?: NoticePeriod; endOfMonth?: boolean } = {},
): Client {
  return {
    id: 'client-1',
    name: 'Jan Kowalski',
    company: 'Firma Klienta sp. z o.o.',
    emails: [CLIENT_EMAIL],
    domains: ['firma-klienta.pl'],
    language: options.lang ?? 'pl',
    recipient: { form: 'pan', firstName: 'Jan', lastName: 'Kowalski', warm: false },
    contract: {
      type: 'service',
      noticePeriod: options.noticePeriod ?? { months: 1 },
      endOfMonth: options.endOfMonth ?? false,
      requiredForm: 'documentary',
    },
    notes: '',
    createdAt: '2024-01-10T10:00:00.000Z',
    updatedAt: '2024-01-10T10:00:00.000Z',
  };
}

export interface OffboardingSpec {
  initiator: Initiator;
  reason?: EndReason;
  startedOn?: string;
  /** Every item up to and including this one is done (process order). */
  doneThrough?: ChecklistKey;
  /** Further items marked done. */
  done?: ChecklistKey[];
  notice?: Partial<NoticeRecord> & { servedOn: string };
  settlement?: Array<Partial<SettlementItem> & { amountMinor: number }>;
  closedOn?: string;
}

export function makeOffboarding(spec: OffboardingSpec): Offboarding {
  const startedOn = spec.startedOn ?? '2025-01-02';
  const ob = newOffboarding(
    { clientId: 'client-1', initiator: spec.initiator, reason: spec.reason ?? (spec.initiator === 'client' ? 'client-decision' : 'fit'), startedOn },
    `${startedOn}T08:00:00.000Z`,
    'ob-1',
  );
  const doneAt = `${startedOn}T12:00:00.000Z`;
  if (spec.doneThrough !== undefined) {
    const last = CHECKLIST_KEYS.indexOf(spec.doneThrough);
    for (const key of CHECKLIST_KEYS.slice(0, last + 1)) if (!ob.checklist[key].skipped) ob.checklist[key] = { doneAt };
  }
  for (const key of spec.done ?? []) ob.checklist[key] = { doneAt };
  if (spec.notice !== undefined) {
    ob.notice = {
      channel: 'email',
      acknowledgementRequested: true,
      servedBy: spec.initiator === 'client' ? 'client' : 'we',
      ...spec.notice,
    };
  }
  ob.settlement = (spec.settlement ?? []).map((item, i) => ({
    id: `item-${i + 1}`,
    direction: 'receivable',
    description: 'Usługi / services',
    currency: 'PLN',
    paid: false,
    ...item,
  }));
  if (spec.closedOn !== undefined) ob.closedOn = spec.closedOn;
  return ob;
}

/** One stand-in template per kind, language and tone (used only where the real library has gaps). */
export function stubTemplate(kind: TemplateKind, lang: Lang, tone: 'formal' | 'warm', variant?: string): Template {
  const template: Template = {
    id: `stub-${kind}-${lang}-${tone}${variant ? `-${variant}` : ''}`,
    kind,
    lang,
    tone,
    title: `${kind} (${lang}, ${tone})`,
    subject: kind,
    when: kind,
    variables: [],
    body: `${kind} body`,
    builtIn: true,
  };
  if (variant !== undefined) template.variant = variant;
  return template;
}

export function stubLibrary(): Template[] {
  const all: Template[] = [];
  for (const kind of TEMPLATE_KINDS) {
    for (const lang of ['pl', 'en'] as const) {
      for (const tone of ['formal', 'warm'] as const) all.push(stubTemplate(kind, lang, tone));
    }
  }
  return all;
}

/** The real library where it has a kind in a language, stand-ins for the gaps. */
export function withGapsFilled(real: readonly Template[]): { templates: Template[]; filled: number } {
  const templates = [...real];
  let filled = 0;
  for (const stub of stubLibrary().filter((t) => t.tone === 'formal')) {
    if (!real.some((t) => t.kind === stub.kind && t.lang === stub.lang)) {
      templates.push(stub);
      filled += 1;
    }
  }
  return { templates, filled };
}
