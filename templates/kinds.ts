/**
 * What each kind of message is, in one table: the checklist step it belongs to, the step sending it
 * completes, the contract types it requires, whether it has legal effect, and its name in both
 * languages. The suggestion ranking, the sidebar, the options page and the reasons all read it.
 *
 * "Belongs to" and "completes" are different facts. A mutual-agreement proposal belongs to the
 * notice step (the ending is recorded there, offboarding/checklist.ts `defaultSkips`; once that step
 * is closed the client's talk of an agreement is old news) but sending it completes only the
 * documents step: the agreement is a document to prepare (article 1.2, DOMAIN.md "Documents") and it
 * ends nothing until the client accepts it. Kinds that are only a step on the way (an ack, a
 * handover plan, a reminder, a check-in) complete nothing: the user ticks those steps by hand.
 */
import type { ChecklistKey, ContractType, Lang } from '../offboarding/types';
import type { TemplateKind } from './types';

type Named = Readonly<Record<Lang, string>>;

export interface KindFacts {
  /** The checklist step the message belongs to; none: it may come at any time. */
  step?: ChecklistKey;
  /** The checklist step that sending it completes (offered for ticking after an insertion). */
  completes?: ChecklistKey;
  /** The contract types it applies to (contract-types.ts reads it). */
  contractTypes: readonly ContractType[];
  /** It has legal effect: its preview reminds that a draft is not legal advice. */
  legal: boolean;
  /** Under a written-form clause an e-mail of this kind is not enough: its preview warns. */
  writtenFormMatters: boolean;
  /** Its name as a heading or a choice (sidebar, options page). */
  title: Named;
  /** Its name inside a sentence (the reasons of a suggestion). */
  phrase: Named;
}

const ALL: readonly ContractType[] = ['service', 'zlecenie', 'dzielo', 'other'];
/** An umowa o dzieło is ended by withdrawal (odstąpienie, art. 635, 640, 644 k.c.), never by a notice or art. 746. */
const NOT_DZIELO: readonly ContractType[] = ['service', 'zlecenie', 'other'];
/** The withdrawal texts (art. 640, 644 k.c.) belong to the umowa o dzieło alone. */
const DZIELO: readonly ContractType[] = ['dzielo'];

const plain = { legal: false, writtenFormMatters: false } as const;

export const KINDS: Readonly<Record<TemplateKind, KindFacts>> = Object.freeze({
  // No step: a dispute or a complaint is worth a talk at any stage.
  'conversation-request': {
    ...plain, completes: 'conversation', contractTypes: ALL,
    title: { pl: 'Prośba o rozmowę', en: 'Request for a conversation' },
    phrase: { pl: 'prośba o rozmowę', en: 'conversation request' },
  },
  // The client's step under a dzieło is a withdrawal: dzielo-withdrawal-reply.
  'termination-ack': {
    ...plain, step: 'notice', contractTypes: NOT_DZIELO,
    title: { pl: 'Odpowiedź na wypowiedzenie klienta', en: 'Reply to the client’s termination' },
    phrase: { pl: 'odpowiedź na wypowiedzenie klienta', en: "reply to the client's notice" },
  },
  // No step: a counter-offer usually comes after the notice was served.
  'retention-reply': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Odpowiedź na propozycję pozostania', en: 'Reply to a counter-offer' },
    phrase: { pl: 'odpowiedź na propozycję pozostania', en: 'reply to the retention offer' },
  },
  'termination-notice': {
    step: 'notice', completes: 'notice', contractTypes: NOT_DZIELO, legal: true, writtenFormMatters: true,
    title: { pl: 'Wypowiedzenie umowy', en: 'Termination notice' },
    phrase: { pl: 'wypowiedzenie umowy', en: 'termination notice' },
  },
  'mutual-agreement': {
    step: 'notice', completes: 'documents', contractTypes: ALL, legal: true, writtenFormMatters: false,
    title: { pl: 'Propozycja porozumienia stron', en: 'Mutual agreement proposal' },
    phrase: { pl: 'propozycja porozumienia stron', en: 'mutual agreement proposal' },
  },
  'handover-plan': {
    ...plain, step: 'handover', contractTypes: ALL,
    title: { pl: 'Plan przekazania', en: 'Handover plan' },
    phrase: { pl: 'plan przekazania', en: 'handover plan' },
  },
  'handover-complete': {
    ...plain, step: 'handover', completes: 'handover', contractTypes: ALL,
    title: { pl: 'Przekazanie zakończone', en: 'Handover complete' },
    phrase: { pl: 'potwierdzenie przekazania', en: 'handover completion' },
  },
  settlement: {
    ...plain, step: 'settlement', completes: 'settlement', contractTypes: ALL,
    title: { pl: 'Rozliczenie końcowe', en: 'Final settlement' },
    phrase: { pl: 'rozliczenie końcowe', en: 'final settlement' },
  },
  'payment-reminder': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Przypomnienie o płatności', en: 'Payment reminder' },
    phrase: { pl: 'przypomnienie o płatności', en: 'payment reminder' },
  },
  'access-revocation': {
    ...plain, step: 'assets-access', completes: 'assets-access', contractTypes: ALL,
    title: { pl: 'Odebranie dostępów', en: 'Access revocation' },
    phrase: { pl: 'odebranie dostępów', en: 'access revocation' },
  },
  'data-return': {
    ...plain, step: 'personal-data', completes: 'personal-data', contractTypes: ALL,
    title: { pl: 'Dane osobowe: zwrot lub usunięcie', en: 'Personal data: return or delete' },
    phrase: { pl: 'zwrot lub usunięcie danych', en: 'data return or deletion' },
  },
  'closing-thanks': {
    ...plain, step: 'closing-message', completes: 'closing-message', contractTypes: ALL,
    title: { pl: 'Podziękowanie na zakończenie', en: 'Closing thank-you' },
    phrase: { pl: 'podziękowanie na zakończenie', en: 'closing thank-you' },
  },
  'feedback-request': {
    ...plain, step: 'feedback', completes: 'feedback', contractTypes: ALL,
    title: { pl: 'Prośba o opinię', en: 'Feedback request' },
    phrase: { pl: 'prośba o opinię', en: 'feedback request' },
  },
  'testimonial-request': {
    ...plain, step: 'testimonial', completes: 'testimonial', contractTypes: ALL,
    title: { pl: 'Prośba o rekomendację', en: 'Testimonial request' },
    phrase: { pl: 'prośba o rekomendację', en: 'testimonial request' },
  },
  'referral-request': {
    ...plain, step: 'referral', completes: 'referral', contractTypes: ALL,
    title: { pl: 'Prośba o polecenie', en: 'Referral request' },
    phrase: { pl: 'prośba o polecenie', en: 'referral request' },
  },
  'check-in': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Kontakt po czasie', en: 'Check-in' },
    phrase: { pl: 'wiadomość kontrolna', en: 'check-in' },
  },
  'provider-recommendation': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Polecenie innego wykonawcy', en: 'Recommending another provider' },
    phrase: { pl: 'polecenie innego wykonawcy', en: 'recommending another provider' },
  },
  // The signed statement's cover is the notice.
  'signed-notice-cover': {
    ...plain, completes: 'notice', contractTypes: NOT_DZIELO,
    title: { pl: 'Wiadomość do podpisanego wypowiedzenia', en: 'Cover note for the signed notice' },
    phrase: { pl: 'wiadomość do podpisanego wypowiedzenia', en: 'cover note for the signed notice' },
  },
  // A dzieło cooperation call ends nothing yet.
  'dzielo-withdrawal': {
    ...plain, step: 'notice', contractTypes: DZIELO,
    title: { pl: 'Odstąpienie od umowy o dzieło', en: 'Withdrawal from a contract for specific work' },
    phrase: { pl: 'odstąpienie od umowy o dzieło', en: 'withdrawal from the contract for specific work' },
  },
  'dzielo-withdrawal-reply': {
    ...plain, step: 'notice', contractTypes: DZIELO,
    title: { pl: 'Odpowiedź na odstąpienie klienta', en: "Reply to the client's withdrawal" },
    phrase: { pl: 'odpowiedź na odstąpienie klienta', en: "reply to the client's withdrawal" },
  },
  // A breach call ends nothing yet.
  'breach-remedy': {
    ...plain, step: 'notice', contractTypes: NOT_DZIELO,
    title: { pl: 'Wezwanie do usunięcia naruszeń', en: 'Call to remedy a breach' },
    phrase: { pl: 'wezwanie do usunięcia naruszeń', en: 'call to remedy a breach' },
  },
  // A non-renewal is the notice; it needs a fixed term the record holds (contract-types.ts).
  'non-renewal': {
    ...plain, step: 'notice', completes: 'notice', contractTypes: NOT_DZIELO,
    title: { pl: 'Informacja o nieprzedłużeniu umowy', en: 'Non-renewal notice' },
    phrase: { pl: 'informacja o nieprzedłużeniu umowy', en: 'non-renewal notice' },
  },
  // The client's proposal accepted in writing is the document.
  'mutual-agreement-confirmation': {
    ...plain, step: 'notice', completes: 'documents', contractTypes: ALL,
    title: { pl: 'Potwierdzenie rozwiązania za porozumieniem', en: 'Accepting a mutual termination' },
    phrase: { pl: 'potwierdzenie rozwiązania za porozumieniem', en: 'acceptance of a mutual termination' },
  },
  'payment-demand': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Przedsądowe wezwanie do zapłaty', en: 'Final demand for payment' },
    phrase: { pl: 'przedsądowe wezwanie do zapłaty', en: 'final demand for payment' },
  },
  'prepayment-refund': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Zwrot przedpłaty lub faktura korygująca', en: 'Prepayment refund or correcting invoice' },
    phrase: { pl: 'zwrot przedpłaty lub faktura korygująca', en: 'prepayment refund or correcting invoice' },
  },
  'rights-transfer': {
    ...plain, contractTypes: ALL,
    title: { pl: 'Potwierdzenie przeniesienia praw lub licencji', en: 'Copyright transfer or licence confirmed' },
    phrase: { pl: 'potwierdzenie przeniesienia praw autorskich lub licencji', en: 'confirmation of the copyright transfer or licence' },
  },
  // A dzieło has no notice period to dispute.
  'termination-dispute': {
    ...plain, contractTypes: NOT_DZIELO,
    title: { pl: 'Odpowiedź kwestionująca termin rozwiązania umowy', en: 'Reply disputing the termination date' },
    phrase: { pl: 'odpowiedź kwestionująca termin wypowiedzenia', en: "reply disputing the client's termination date" },
  },
} satisfies Record<TemplateKind, KindFacts>);

/** The checklist step a kind belongs to, or null when it may come at any time. */
export function stepOfKind(kind: TemplateKind): ChecklistKey | null {
  return KINDS[kind].step ?? null;
}

/** The checklist step that sending a kind completes, or null when it completes none. */
export function stepCompletedBy(kind: TemplateKind): ChecklistKey | null {
  return KINDS[kind].completes ?? null;
}

export function kindTitle(kind: TemplateKind, lang: Lang): string {
  return KINDS[kind].title[lang];
}

export function kindPhrase(kind: TemplateKind, lang: Lang): string {
  return KINDS[kind].phrase[lang];
}
