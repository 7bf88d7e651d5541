/**
 * A made-up client for the template preview, in the template's language, with a served notice
 * and an open final invoice so that most variables have a value.
 */
import { addDaysIso } from '../../offboarding/calendar';
import { emptyChecklist } from '../../offboarding/checklist';
import type { Client, Lang, Offboarding, Settings, Tone } from '../../offboarding/types';
import { buildVariables } from '../../templates/variables';
import type { TemplateVariables } from '../../templates/types';

const STAMP = '2026-01-05T09:00:00.000Z';

export function exampleClient(lang: Lang): Client {
  const pl = lang === 'pl';
  return {
    id: 'example-client',
    name: pl ? 'Anna Nowak' : 'Emma Clarke',
    company: pl ? 'Nowak Design sp. z o.o.' : 'Clarke Studio Ltd',
    emails: [pl ? 'anna.nowak@example.com' : 'emma.clarke@example.com'],
    domains: ['example.com'],
    language: lang,
    recipient: pl
      ? { form: 'pani', firstName: 'Anna', lastName: 'Nowak', warm: false }
      : { form: 'pani', firstName: 'Emma', lastName: 'Clarke', warm: false },
    contract: {
      type: 'service',
      title: pl ? 'umowa o świadczenie usług marketingowych' : 'marketing services agreement',
      signedOn: '2024-03-01',
      clause: pl ? '§ 7 ust. 2' : 'Section 12.1',
      noticePeriod: { months: 1 },
      endOfMonth: false,
      requiredForm: 'documentary',
    },
    notes: '',
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

export function exampleOffboarding(lang: Lang, today: string): Offboarding {
  return {
    id: 'example-offboarding',
    clientId: 'example-client',
    initiator: 'we',
    reason: 'fit',
    startedOn: addDaysIso(today, -7),
    checklist: emptyChecklist(),
    notice: { servedOn: addDaysIso(today, -3), channel: 'email', acknowledgementRequested: true, servedBy: 'we' },
    settlement: [
      {
        id: 'example-invoice',
        direction: 'receivable',
        description: lang === 'pl' ? 'Faktura końcowa' : 'Final invoice',
        amountMinor: 4_920_00,
        currency: 'PLN',
        paid: false,
        dueOn: addDaysIso(today, 14),
        invoiceNo: 'FV/2026/03/12',
      },
    ],
    createdAt: STAMP,
    updatedAt: STAMP,
  };
}

/** Variables for the preview: the example client with the user's own profile as the sender. */
export function exampleVariables(lang: Lang, settings: Settings, today: string, tone: Tone = 'formal'): TemplateVariables {
  return buildVariables({ client: exampleClient(lang), offboarding: exampleOffboarding(lang, today), settings, today, lang, tone });
}
