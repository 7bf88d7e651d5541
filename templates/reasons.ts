/**
 * Why a suggestion fits, in words. suggest() returns codes with numbers; this module turns them into
 * Polish or English sentences, inflecting Polish numerals (1 dzień, 2 dni, 5 dni; 2 miesiące, 5 miesięcy).
 */
import { CHECKLIST_KEYS } from '../offboarding/types';
import type { ChecklistKey } from '../offboarding/types';
import type { SuggestionReason, TemplateKind } from './types';
import { TEMPLATE_KINDS } from './types';
import { formatCount } from './format';
import { kindPhrase } from './kinds';
import { formatDisplayDate } from '../common/display-date';

export type UiLang = 'pl' | 'en';

/** Every code suggest() can produce. */
export const REASON_CODES = [
  'next-item',
  'later-item',
  'all-steps-closed',
  'client-initiated-no-notice',
  'client-ending',
  'client-retention',
  'client-final-invoice',
  'client-invoice',
  'client-payment',
  'client-paid',
  'client-dispute',
  'client-complaint',
  'client-acknowledged',
  'client-handover',
  'client-access',
  'client-data',
  'client-thanks-after-end',
  'client-feedback',
  'client-meeting',
  'client-agreement',
  'notice-ended-settlement-open',
  'notice-ends-handover-open',
  'payment-overdue',
  'payment-due-today',
  'payment-due-soon',
  'feedback-due',
  'client-silent',
  'closed-months-ago',
  'sent-before-may-repeat',
  'follows-sent',
  'no-process-yet',
  'client-asks-for-provider',
  'ending-fit-or-capacity',
  'contract-dzielo',
  'dzielo-cooperation-call-sent',
  'client-withdraws-dzielo',
  'fixed-term-contract',
  // The contract's type not recorded (issue 12): the notice cites no article; a dzieło would need a withdrawal.
  'contract-type-unknown',
  'non-renewal-deadline',
  'breach-remedy-first',
  'breach-remedy-sent',
  'written-form-signed-notice',
  'client-ends-early',
  'client-refund',
  'client-rights',
  'payment-long-overdue',
  'refund-owed',
  'client-invoice-missing',
  'client-promises-payment',
  'client-not-yet-paid',
  'client-closing-settled',
  'thread-shows-done',
  // Before the notice (issue 18): the analysis, the position, the call's outcome.
  'talk-before-notice',
  'analysis-ready',
  'talk-awaiting-reply',
  'call-agreed-mutual',
  'call-agreed-end-date',
  'call-kept',
  'position-open-to-stay',
  'position-not-open',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];


const daysPl = (n: number): string => formatCount(n, 'days', 'pl');
const daysEn = (n: number): string => formatCount(n, 'days', 'en');
const monthsPl = (n: number): string => formatCount(n, 'months', 'pl');
const monthsEn = (n: number): string => formatCount(n, 'months', 'en');

const ITEM_LABEL: Readonly<Record<ChecklistKey, Record<UiLang, string>>> = {
  analysis: { pl: 'analiza sytuacji', en: 'analyse the situation' },
  conversation: { pl: 'rozmowa z klientem', en: 'talk to the client' },
  documents: { pl: 'przygotowanie dokumentów', en: 'prepare the documents' },
  notice: { pl: 'wypowiedzenie', en: 'the notice' },
  handover: { pl: 'przekazanie prac', en: 'the handover' },
  'assets-access': { pl: 'zasoby i dostępy', en: 'assets and access' },
  'personal-data': { pl: 'dane osobowe', en: 'personal data' },
  settlement: { pl: 'rozliczenie finansowe', en: 'the financial settlement' },
  'closing-message': { pl: 'wiadomość na zakończenie', en: 'the closing message' },
  feedback: { pl: 'prośba o opinię', en: 'asking for feedback' },
  testimonial: { pl: 'prośba o rekomendację', en: 'asking for a testimonial' },
  referral: { pl: 'prośba o polecenie', en: 'asking for a referral' },
  lessons: { pl: 'wnioski na przyszłość', en: 'lessons learned' },
};

type Params = Record<string, string | number>;
type Phrase = (params: Params) => string;

const PHRASES: Readonly<Record<ReasonCode, Record<UiLang, Phrase>>> = {
  'next-item': {
    pl: (p) => `Następny otwarty krok: ${item(p, 'pl')}`,
    en: (p) => `Next open step: ${item(p, 'en')}`,
  },
  'later-item': {
    pl: (p) => `Jeden z kolejnych kroków: ${item(p, 'pl')}`,
    en: (p) => `One of the steps that follow: ${item(p, 'en')}`,
  },
  'all-steps-closed': {
    pl: () => 'Wszystkie kroki są zamknięte: za jakiś czas można się odezwać i zapytać, co u klienta słychać',
    en: () => 'Every step is closed: in a while, a short check-in keeps the relationship alive',
  },
  'client-initiated-no-notice': {
    pl: () => 'Klient zakończył współpracę, a jego wypowiedzenie nie zostało jeszcze potwierdzone',
    en: () => "The client ended the cooperation and their notice has not been acknowledged yet",
  },
  'client-ending': {
    pl: () => 'Klient pisze, że kończy współpracę',
    en: () => 'The client wrote that they are ending the cooperation',
  },
  'client-retention': {
    pl: () => 'Klient próbuje zatrzymać współpracę lub proponuje inne warunki',
    en: () => 'The client is trying to keep the cooperation or offers new terms',
  },
  'client-final-invoice': {
    pl: () => 'Klient pisze o fakturze końcowej',
    en: () => 'The client wrote about the final invoice',
  },
  'client-invoice': {
    pl: () => 'Klient pisze o fakturze',
    en: () => 'The client wrote about an invoice',
  },
  'client-payment': {
    pl: () => 'Klient pisze o płatności',
    en: () => 'The client wrote about a payment',
  },
  'client-paid': {
    pl: () => 'Klient informuje, że zapłacił',
    en: () => 'The client says the payment was made',
  },
  'client-dispute': {
    pl: () => 'Klient kwestionuje rozliczenie',
    en: () => 'The client disputes the charges',
  },
  'client-complaint': {
    pl: () => 'Klient zgłasza niezadowolenie',
    en: () => 'The client is unhappy with the cooperation',
  },
  'client-acknowledged': {
    pl: () => 'Klient potwierdził otrzymanie wypowiedzenia',
    en: () => 'The client confirmed receipt of the notice',
  },
  'client-handover': {
    pl: () => 'Klient pyta o przekazanie plików i materiałów',
    en: () => 'The client asked about handing over files and materials',
  },
  'client-access': {
    pl: () => 'Klient pisze o dostępach, kontach lub hasłach',
    en: () => 'The client wrote about access, accounts or passwords',
  },
  'client-data': {
    pl: () => 'Klient pyta o dane osobowe',
    en: () => 'The client asked about personal data',
  },
  'client-thanks-after-end': {
    pl: () => 'Klient dziękuje po zakończeniu współpracy',
    en: () => 'The client said thank you after the cooperation ended',
  },
  'client-feedback': {
    pl: () => 'Klient wspomina o opinii lub poleceniu',
    en: () => 'The client mentioned feedback or a recommendation',
  },
  'client-meeting': {
    pl: () => 'Klient proponuje rozmowę',
    en: () => 'The client suggested a conversation',
  },
  'client-agreement': {
    pl: () => 'Klient proponuje zakończenie za porozumieniem stron',
    en: () => 'The client suggested ending by mutual agreement',
  },
  // periodless: the contract ends with no notice period (an immediate notice, a dzieło withdrawal);
  // expected: the end is counted from a delivery the user expects, not one recorded (review11-en B1).
  'notice-ended-settlement-open': {
    pl: (p) =>
      ifExpected(p, 'Jeśli wypowiedzenie doręczono w przewidywanym dniu, ', p.periodless === 1
        ? days(p) === 0
          ? 'umowa kończy się dziś, a rozliczenie jest otwarte'
          : `umowa zakończyła się ${daysPl(days(p))} temu, a rozliczenie jest otwarte`
        : days(p) === 0
          ? 'okres wypowiedzenia kończy się dziś, a rozliczenie jest otwarte'
          : `okres wypowiedzenia minął ${daysPl(days(p))} temu, a rozliczenie jest otwarte`),
    en: (p) =>
      ifExpected(p, 'If the notice was delivered on the expected day, ', p.periodless === 1
        ? days(p) === 0
          ? 'the contract ends today and the settlement is open'
          : `the contract ended ${daysEn(days(p))} ago and the settlement is open`
        : days(p) === 0
          ? 'the notice period ends today and the settlement is open'
          : `the notice period ended ${daysEn(days(p))} ago and the settlement is open`),
  },
  'notice-ends-handover-open': {
    pl: (p) =>
      ifExpected(p, 'Jeśli wypowiedzenie zostanie doręczone w przewidywanym dniu, ',
        `${p.periodless === 1 ? 'umowa kończy się' : 'okres wypowiedzenia kończy się'} za ${daysPl(days(p))}, a przekazanie nie jest zakończone`),
    en: (p) =>
      ifExpected(p, 'If the notice is delivered on the expected day, ',
        `${p.periodless === 1 ? 'the contract ends' : 'the notice period ends'} in ${daysEn(days(p))} and the handover is not finished`),
  },
  'payment-overdue': {
    pl: (p) => `Termin płatności${invoicePl(p)} minął ${daysPl(days(p))} temu`,
    en: (p) => `Payment${invoiceEn(p)} is ${daysEn(days(p))} overdue`,
  },
  'payment-due-today': {
    pl: (p) => `Termin płatności${invoicePl(p)} mija dziś`,
    en: (p) => `Payment${invoiceEn(p)} is due today`,
  },
  'payment-due-soon': {
    pl: (p) => `Termin płatności${invoicePl(p)} mija za ${daysPl(days(p))}`,
    en: (p) => `Payment${invoiceEn(p)} is due in ${daysEn(days(p))}`,
  },
  'feedback-due': {
    pl: () => 'Nadszedł czas, by poprosić o opinię',
    en: () => 'It is time to ask for feedback',
  },
  'client-silent': {
    // Genitive after "od": od 1 dnia, od 2 dni, od 5 dni.
    pl: (p) => `Klient nie odpowiada od ${days(p)} ${days(p) === 1 ? 'dnia' : 'dni'}`,
    en: (p) => `The client has not replied for ${daysEn(days(p))}`,
  },
  'closed-months-ago': {
    pl: (p) => `Współpraca zakończyła się ${monthsPl(num(p, 'months'))} temu`,
    en: (p) => `The cooperation ended ${monthsEn(num(p, 'months'))} ago`,
  },
  'sent-before-may-repeat': {
    pl: (p) => `Wysłano już wcześniej (${kind(p, 'pl')}); tę wiadomość można powtórzyć`,
    en: (p) => `Sent before (${kind(p, 'en')}); this message may be repeated`,
  },
  'follows-sent': {
    pl: (p) => `Naturalny następny krok po wysłanej wiadomości: ${kind(p, 'pl')}`,
    en: (p) => `The natural next step after the message already sent: ${kind(p, 'en')}`,
  },
  'client-ends-early': {
    pl: () => 'Klient kończy współpracę wcześniej, niż pozwala okres wypowiedzenia, albo nie chce za niego zapłacić',
    en: () => 'The client is ending sooner than the notice period allows, or will not pay for it',
  },
  'client-refund': {
    pl: () => 'Klient pyta o zwrot przedpłaty lub fakturę korygującą',
    en: () => 'The client asked about a refund or a correcting invoice',
  },
  'client-rights': {
    pl: () => 'Klient pyta o prawa autorskie lub licencję',
    en: () => 'The client asked about copyright or the licence',
  },
  'payment-long-overdue': {
    pl: (p) => `Przypomnienie zostało wysłane, a termin płatności${invoicePl(p)} minął ${daysPl(days(p))} temu`,
    en: (p) => `A reminder was sent and payment${invoiceEn(p)} is ${daysEn(days(p))} overdue`,
  },
  'client-invoice-missing': {
    pl: () => 'Faktura nie dotarła do klienta albo klient prosi o nią ponownie',
    en: () => 'The client says the invoice never reached them or asks for it again',
  },
  'client-promises-payment': {
    pl: () => 'Klient zapowiada płatność: jeszcze nie zapłacił',
    en: () => 'The client promises to pay: the payment has not been made yet',
  },
  'client-not-yet-paid': {
    pl: () => 'Klient pisze, że jeszcze nie zapłacił',
    en: () => 'The client says the payment has not been made yet',
  },
  'client-closing-settled': {
    pl: () => 'Przekazanie i rozliczenie są zamknięte, a klient się żegna: czas na podziękowanie, a potem na prośbę o opinię',
    en: () => 'Delivery and billing are settled and the client is saying goodbye: time for the closing message, then the feedback request',
  },
  'talk-before-notice': {
    pl: () => 'Najpierw rozmowa: wypowiedzenie poczeka, aż porozmawiasz z klientem (albo oznaczysz rozmowę jako niepotrzebną)',
    en: () => 'Talk first: the notice waits until you have talked to the client (or marked the talk as not needed)',
  },
  'analysis-ready': {
    pl: () => 'Analiza opisuje, co jest nie tak i co już próbowano: na tym opiera się rozmowa',
    en: () => 'Your analysis says what is wrong and what was tried: the talk rests on it',
  },
  'talk-awaiting-reply': {
    pl: () => 'Prośba o rozmowę czeka na odpowiedź: uprzejmie się przypomnij',
    en: () => 'Your request for a talk has no answer yet: a polite follow-up',
  },
  'call-agreed-mutual': {
    pl: (p) => `Podczas rozmowy (${date(p, 'on', 'pl')}) ustaliliście zakończenie współpracy za porozumieniem stron${endPl(p)}`,
    en: (p) => `In the call on ${date(p, 'on', 'en')} you agreed to end the cooperation by mutual agreement${endEn(p)}`,
  },
  'call-agreed-end-date': {
    pl: (p) => `Podczas rozmowy (${date(p, 'on', 'pl')}) ustaliliście datę zakończenia: ${date(p, 'end', 'pl')}; wypowiedzenie ją potwierdza`,
    en: (p) => `In the call on ${date(p, 'on', 'en')} you agreed the end date, ${date(p, 'end', 'en')}; the notice confirms it`,
  },
  'call-kept': {
    pl: () => 'W rozmowie ustaliliście, że współpraca trwa dalej na nowych warunkach: potwierdź je na piśmie',
    en: () => 'In the call you agreed to keep working together on new terms: confirm them in writing',
  },
  'position-open-to-stay': {
    pl: () => 'Twoje stanowisko sprzed rozmowy: pozostanie jest możliwe na Twoich warunkach; odpowiedź je przedstawia',
    en: () => 'Your position decided before the call: staying is possible on your conditions; the reply sets them out',
  },
  'position-not-open': {
    pl: () => 'Twoje stanowisko sprzed rozmowy: decyzja jest ostateczna; odpowiedź uprzejmie ją podtrzymuje',
    en: () => 'Your position decided before the call: the decision is final; the reply politely stands by it',
  },
  'thread-shows-done': {
    pl: (p) => `Wątek pokazuje, że krok „${item(p, 'pl')}” jest już za Tobą, choć nie został zaznaczony`,
    en: (p) => `The thread shows the step "${item(p, 'en')}" done, though it is not ticked`,
  },
  'refund-owed': {
    pl: () => 'Rozliczenie wykazuje kwotę do zwrotu klientowi',
    en: () => 'The settlement shows an amount to refund to the client',
  },
  'no-process-yet': {
    pl: () => 'Nie ma jeszcze procesu zakończenia współpracy: typowy pierwszy krok',
    en: () => 'No offboarding has started yet: a usual first step',
  },
  'client-asks-for-provider': {
    pl: () => 'Klient pyta, kogo mógłby zatrudnić zamiast Ciebie',
    en: () => 'The client asked who could take the work over',
  },
  'ending-fit-or-capacity': {
    pl: () => 'Kończysz współpracę z powodu dopasowania lub braku mocy przerobowych: możesz polecić kogoś na swoje miejsce',
    en: () => 'You are ending it over fit or capacity: you can recommend someone to take over',
  },
  // foreignLaw: Polish law does not govern the contract, so no article of the k.c. is named (issue 12).
  'contract-dzielo': {
    pl: (p) =>
      p.foreignLaw === 1
        ? 'Umowa o dzieło podlega innemu prawu niż polskie: gdy klient nie współdziała, wyznacz mu termin i uprzedź, że możesz rozwiązać umowę, jeśli pozwala na to umowa lub to prawo'
        : 'Umowy o dzieło się nie wypowiada: gdy klient nie współdziała, wyznacz mu termin z zastrzeżeniem odstąpienia (art. 640 k.c.)',
    en: (p) =>
      p.foreignLaw === 1
        ? 'The contract for specific work is governed by a law other than Polish law: if the client does not cooperate, set a deadline and warn that you may end the agreement if its terms or that law allow it'
        : 'A contract for specific work is not terminated by notice: if the client does not cooperate, set a deadline and warn that you will withdraw (Art. 640 of the Polish Civil Code)',
  },
  'dzielo-cooperation-call-sent': {
    pl: () => 'Wezwanie do współdziałania zostało wysłane: jeśli termin minął bezskutecznie, możesz odstąpić od umowy',
    en: () => 'The request for cooperation was sent: if its deadline has passed without result, you may withdraw',
  },
  'client-withdraws-dzielo': {
    pl: (p) => `Klient odstępuje od umowy o dzieło: należy mu się potwierdzenie i rozliczenie${p.foreignLaw === 1 ? '' : ' według art. 644 k.c.'}`,
    en: (p) => `The client is withdrawing from the contract for specific work: confirm it and ${p.foreignLaw === 1 ? 'prepare the settlement' : 'settle under Art. 644 of the Polish Civil Code'}`,
  },
  'contract-type-unknown': {
    pl: () => 'Rodzaju umowy brak w danych, więc wiadomość nie powołuje się na przepis od niego zależny; umowę o dzieło kończy się odstąpieniem, nie wypowiedzeniem: uzupełnij rodzaj umowy',
    en: () => 'The contract type is not recorded, so the message cites no provision that depends on it; a contract for specific work is ended by withdrawal, not by notice: enter the type',
  },
  'fixed-term-contract': {
    pl: () => 'Umowa jest zawarta na czas określony: wystarczy poinformować, że nie zostanie przedłużona',
    en: () => 'The agreement is for a fixed term: it is enough to say it will not be renewed',
  },
  // on: the legal last day; safeOn: when that day is a Saturday, Sunday or holiday (not moved later),
  // the working day before it, when post and couriers still deliver. Dates, not counts (review11-en C8).
  'non-renewal-deadline': {
    pl: (p) =>
      (days(p) === 0
        ? 'Dziś mija termin, w którym informacja o nieprzedłużeniu musi dotrzeć do klienta'
        : `Informacja o nieprzedłużeniu musi dotrzeć do klienta najpóźniej ${date(p, 'on', 'pl')} (za ${daysPl(days(p))}), inaczej umowa się przedłuży`) +
      (p.safeOn === undefined ? '' : `; ten dzień jest wolny od pracy, więc bezpieczniej, by dotarła ${p.safeOn === p.today ? 'dziś' : `do ${date(p, 'safeOn', 'pl')}`}`),
    en: (p) =>
      (days(p) === 0
        ? 'Today is the last day for the non-renewal notice to reach the client'
        : `The non-renewal notice must reach the client by ${date(p, 'on', 'en')} (in ${daysEn(days(p))}), or the agreement renews`) +
      (p.safeOn === undefined ? '' : `; that day is not a working day, so make sure it arrives ${p.safeOn === p.today ? 'today' : `by ${date(p, 'safeOn', 'en')}`}`),
  },
  'breach-remedy-first': {
    pl: () => 'Powodem jest naruszenie umowy: przed wypowiedzeniem ze skutkiem natychmiastowym wyznacz klientowi termin na usunięcie naruszeń',
    en: () => 'The reason is a breach: before terminating with immediate effect, give the client a deadline to remedy it',
  },
  'breach-remedy-sent': {
    pl: () => 'Wezwanie do usunięcia naruszeń zostało wysłane: jeśli termin minął bezskutecznie, możesz wypowiedzieć umowę ze skutkiem natychmiastowym',
    en: () => 'The call to remedy the breach was sent: if its deadline has passed, you may terminate with immediate effect',
  },
  'written-form-signed-notice': {
    pl: () => 'Umowa wymaga formy pisemnej: do podpisanego oświadczenia dołącz wiadomość z prośbą o potwierdzenie odbioru',
    en: () => 'The agreement requires written form: send the signed notice with a cover e-mail asking for confirmation of receipt',
  },
};

export function isReasonCode(code: unknown): code is ReasonCode {
  return typeof code === 'string' && (REASON_CODES as readonly string[]).includes(code);
}

/** The reason in words, in the UI language. Unknown codes and missing parameters are errors. */
export function describeReason(reason: SuggestionReason, uiLang: UiLang): string {
  if (uiLang !== 'pl' && uiLang !== 'en') throw new Error(`describeReason: unknown UI language "${String(uiLang)}" (expected pl or en)`);
  if (reason === null || typeof reason !== 'object' || !isReasonCode(reason.code)) {
    throw new Error(`describeReason: unknown reason code "${String(reason?.code)}"`);
  }
  const text = PHRASES[reason.code][uiLang](reason.params ?? {});
  const words = quoteOf(reason.params ?? {});
  if (words === null) return text;
  // A dash, not a colon: several sentences already have one.
  return uiLang === 'pl' ? `${text} – „${words}”` : `${text} — “${words}”`;
}

/** How long a quoted passage may be in a reason; longer ones are cut with an ellipsis. */
export const REASON_QUOTE_MAX = 80;

/**
 * The words a reason rests on, as the client wrote them. E-mail text: plain text only, one line,
 * bounded; the sidebar renders it as text, never as markup.
 */
function quoteOf(params: Params): string | null {
  const value = params.quote;
  if (value === undefined) return null;
  if (typeof value !== 'string') throw new Error(`describeReason: parameter "quote" must be text, got ${typeof value}`);
  const line = value.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (line === '') return null;
  return line.length <= REASON_QUOTE_MAX ? line : `${line.slice(0, REASON_QUOTE_MAX - 1).trimEnd()}…`;
}

function num(params: Params, name: string): number {
  const value = params[name];
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
    throw new Error(`describeReason: parameter "${name}" must be a non-negative whole number, got ${String(value)}`);
  }
  return value;
}

const days = (params: Params): number => num(params, 'days');

function item(params: Params, lang: UiLang): string {
  const key = params.item;
  if (typeof key !== 'string' || !(CHECKLIST_KEYS as readonly string[]).includes(key)) {
    throw new Error(`describeReason: parameter "item" must be a checklist key, got ${String(key)}`);
  }
  return ITEM_LABEL[key as ChecklistKey][lang];
}

function kind(params: Params, lang: UiLang): string {
  const value = params.kind;
  if (typeof value !== 'string' || !(TEMPLATE_KINDS as readonly string[]).includes(value)) {
    throw new Error(`describeReason: parameter "kind" must be a template kind, got ${String(value)}`);
  }
  return kindPhrase(value as TemplateKind, lang);
}

// Invoice numbers come from the user's own records; still printed as plain text only.
function invoicePl(params: Params): string {
  return typeof params.invoice === 'string' && params.invoice !== '' ? ` faktury ${params.invoice}` : '';
}

function invoiceEn(params: Params): string {
  return typeof params.invoice === 'string' && params.invoice !== '' ? ` of invoice ${params.invoice}` : '';
}

/** A clause led by the condition it hangs on when the day is only expected, else a sentence of its own. */
function ifExpected(params: Params, condition: string, clause: string): string {
  return params.expected === 1 ? condition + clause : clause.charAt(0).toUpperCase() + clause.slice(1);
}

function date(params: Params, name: string, lang: UiLang): string {
  const value = params[name];
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new Error(`describeReason: parameter "${name}" must be a date YYYY-MM-DD, got ${String(value)}`);
  }
  return formatDisplayDate(value, lang);
}

const endPl = (params: Params): string => (params.end === undefined ? '' : ` z upływem dnia ${date(params, 'end', 'pl')}`);
const endEn = (params: Params): string => (params.end === undefined ? '' : `, ending on ${date(params, 'end', 'en')}`);
