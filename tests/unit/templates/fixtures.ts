/** Example data for template tests: a Polish and an English client, a served notice, PLN and EUR money. */
import type { Client, Offboarding, Settings, SettlementItem } from '../../../offboarding/types';
import type { ConversationFacts } from '../../../templates/variables';

export const TODAY = '2026-02-10';

export const settingsPl: Settings = {
  profile: {
    name: 'Jan Nowak',
    company: 'Nowak Studio',
    role: 'Właściciel',
    senderForm: 'm',
    email: 'jan@nowak.studio',
    bankAccount: '12 1020 3040 0000 1234 5678 9012',
    address: { street: 'ul. Długa 5', postalCode: '31-147', city: 'Kraków' },
    signature: 'template',
  },
  defaultLanguage: 'pl',
  defaultTone: 'formal',
  defaultNoticePeriod: { months: 1 },
  uiLanguage: 'auto',
};

export const settingsEn: Settings = {
  ...settingsPl,
  // An IBAN whose check digits hold and a BIC: a payment from abroad names both (review10-en C11).
  profile: { ...settingsPl.profile, name: 'Jane Doe', company: 'Doe Design', role: 'Founder', senderForm: 'f', bankAccount: 'PL61 1090 1014 0000 0712 1981 2874', bic: 'WBKPPLPP' },
  defaultLanguage: 'en',
};

export const polishClient: Client = {
  id: 'client-pl',
  name: 'Anna Kowalska',
  company: 'Kowalska Sp. z o.o.',
  emails: ['anna@kowalska.pl'],
  domains: ['kowalska.pl'],
  language: 'pl',
  recipient: { form: 'pani', firstName: 'Anna', lastName: 'Kowalska', warm: false },
  contract: {
    type: 'service',
    title: 'umowa o świadczenie usług marketingowych',
    signedOn: '2024-03-12',
    clause: '§ 7 ust. 2',
    breachClause: '§ 8 ust. 1',
    noticePeriod: { months: 1 },
    endOfMonth: false,
    requiredForm: 'documentary',
    fixedTermEndsOn: '2026-06-30',
  },
  notes: '',
  createdAt: '2026-01-02T10:00:00.000Z',
  updatedAt: '2026-01-02T10:00:00.000Z',
};

export const englishClient: Client = {
  ...polishClient,
  id: 'client-en',
  name: 'John Smith',
  company: 'Acme Ltd',
  emails: ['john@acme.example'],
  domains: ['acme.example'],
  language: 'en',
  recipient: { form: 'pan', firstName: 'John', lastName: 'Smith', warm: false },
  contract: {
    type: 'service',
    title: 'Website Maintenance Agreement',
    signedOn: '2024-03-12',
    clause: 'Section 12.1',
    breachClause: 'Section 12.3',
    noticePeriod: { months: 1 },
    endOfMonth: false,
    requiredForm: 'documentary',
    fixedTermEndsOn: '2026-06-30',
    // A Polish contractor's English client: the contract is under Polish law, as recorded.
    governingLaw: 'pl',
  },
};

/** A client the user has not described yet: no contract facts at all. */
export const bareClient: Client = {
  ...polishClient,
  id: 'client-bare',
  recipient: { form: 'pan', warm: false },
  contract: { type: 'other', noticePeriod: {}, endOfMonth: false, requiredForm: 'documentary' },
};

export const settlementItems: SettlementItem[] = [
  { id: 's1', direction: 'receivable', description: 'Kampania – styczeń', amountMinor: 500000, currency: 'PLN', paid: true, dueOn: '2026-01-20', invoiceNo: 'FV/1/2026' },
  { id: 's2', direction: 'receivable', description: 'Kampania – luty', amountMinor: 250050, currency: 'PLN', paid: false, dueOn: '2026-02-24', invoiceNo: 'FV/2/2026' },
  { id: 's3', direction: 'liability', description: 'Zwrot przedpłaty', amountMinor: 30000, currency: 'PLN', paid: false },
  { id: 's4', direction: 'receivable', description: 'Licencja', amountMinor: 10000, currency: 'EUR', paid: false, dueOn: '2026-02-24', invoiceNo: 'FV/3/2026', final: true },
];

export function offboardingFor(client: Client, changes: Partial<Offboarding> = {}): Offboarding {
  return {
    id: `ob-${client.id}`,
    clientId: client.id,
    initiator: 'we',
    reason: 'fit',
    reasonNote: 'zakres prac wykracza poza to, w czym mogę dobrze pomóc',
    startedOn: '2026-01-25',
    checklist: {
      analysis: {}, conversation: {}, documents: {}, notice: {}, handover: {}, 'assets-access': {},
      'personal-data': {}, settlement: {}, 'closing-message': {}, feedback: {}, testimonial: {}, referral: {}, lessons: {},
    },
    notice: { servedOn: '2026-01-31', channel: 'email', acknowledgementRequested: true, servedBy: 'we' },
    settlement: settlementItems,
    createdAt: '2026-01-25T09:00:00.000Z',
    updatedAt: '2026-01-31T09:00:00.000Z',
    ...changes,
  };
}

/** What the user types for facts no record holds (a deadline set in this letter, an agreed date). */
export function typedValues(lang: 'pl' | 'en'): Record<string, string> {
  const date = (pl: string, en: string) => (lang === 'pl' ? pl : en);
  return {
    'agreement.endDate': date('31 marca 2026 r.', '31 March 2026'),
    'agreement.proposedOn': date('5 lutego 2026 r.', '5 February 2026'),
    'remedy.deadline': date('20 lutego 2026 r.', '20 February 2026'),
    'remedy.sentOn': date('6 lutego 2026 r.', '6 February 2026'),
    'breach.description': date('dwukrotne udostępnienie projektów osobom trzecim bez zgody', 'sharing our designs with third parties twice without consent'),
    'withdrawal.callSentOn': date('2 lutego 2026 r.', '2 February 2026'),
    'withdrawal.deadline': date('9 lutego 2026 r.', '9 February 2026'),
    'withdrawal.cooperation': date('przekazanie treści i zdjęć do katalogu', 'sending the copy and photographs for the catalogue'),
    'withdrawal.fee': date('12 000,00 zł', 'PLN 12,000.00'),
    // The fixture's settlement has an amount in EUR: the account held in EUR (review10-pl C10).
    'sender.currencyAccount': 'PL27 1140 2004 0000 3002 0135 5387',
  };
}

export const conversation: ConversationFacts = {
  subject: 'Współpraca w 2026',
  userEmail: 'jan@nowak.studio',
  messages: [
    { from: { name: 'Jan Nowak', email: 'jan@nowak.studio' } },
    { from: { name: 'Anna Kowalska', email: 'anna@kowalska.pl' } },
    { from: { name: 'Jan Nowak', email: 'jan@nowak.studio' } },
  ],
};

/**
 * What the user types for the facts the record has no place for (they are always missing until
 * typed): a complete draft has them. Dates as YYYY-MM-DD, as the sidebar's date fields give them.
 */
export const userValues = {
  pl: {
    'receipt.noticeReceivedOn': '2026-01-31',
    'handover.items': 'pliki projektów graficznych, dokumentacja kampanii',
    'handover.planItems': 'pliki projektów graficznych, dokumentacja kampanii',
    'access.requestItems': 'panel reklamowy, wspólny dysk',
    'access.revokedItems': 'panel reklamowy, wspólny dysk',
    'access.revokedOn': '2026-02-09',
    'dataReturn.completedOn': '2026-02-09',
    'demand.deadline': '2026-03-13',
    'demand.interest': 'INTEREST',
    'demand.protocolEnclosures': 'ENCLOSURES',
    // The reply dates of a letter before claim and a Letter of Claim, as the user confirms them.
    'demand.replyBy': '2026-03-16',
    'demand.protocolReplyBy': '2026-04-01',
    'refund.dueDate': '2026-02-20',
    'refund.invoiceNo': 'FZ/1/2026',
    'refund.correctedInvoiceNo': 'FZ/1/2026',
    'refund.correctionNo': 'FK/1/2026',
    'rights.works': 'projektu logo i identyfikacji wizualnej',
    'rights.fields': 'utrwalanie, zwielokrotnianie dowolną techniką, wprowadzanie do obrotu, publiczne udostępnianie',
    'rights.clause': '§ 9',
    'rights.transferredOn': '2026-02-05',
  },
  en: {
    'receipt.noticeReceivedOn': '2026-01-31',
    'handover.items': 'the design files, the campaign documentation',
    'handover.planItems': 'the design files, the campaign documentation',
    'access.requestItems': 'the ad account, the shared drive',
    'access.revokedItems': 'the ad account, the shared drive',
    'access.revokedOn': '2026-02-09',
    'dataReturn.completedOn': '2026-02-09',
    'demand.deadline': '2026-03-13',
    'demand.interest': 'INTEREST',
    'demand.protocolEnclosures': 'ENCLOSURES',
    // The reply dates of a letter before claim and a Letter of Claim, as the user confirms them.
    'demand.replyBy': '2026-03-16',
    'demand.protocolReplyBy': '2026-04-01',
    'refund.dueDate': '2026-02-20',
    'refund.invoiceNo': 'FZ/1/2026',
    'refund.correctedInvoiceNo': 'FZ/1/2026',
    'refund.correctionNo': 'FK/1/2026',
    'rights.works': 'the logo and visual identity designs',
    'rights.fields': 'recording, reproduction by any technique, distribution, making available to the public',
    'rights.clause': 'Section 9',
    'rights.transferredOn': '2026-02-05',
  },
} as const satisfies Record<'pl' | 'en', Record<string, string>>;
