/**
 * The untuned set of issue 20: threads written before the cue reading was changed, kept apart from
 * the tuned set (scenarios.ts) so that the accuracy test can report them separately.
 *
 * Four classes, each in Polish and English, written as clients write (inflection, missing
 * diacritics, quoted history below the reply): payment state with negation and tense; closing
 * signals; a client who has already decided (no conversation request then); a stage that the thread
 * shows but the record does not (an offboarding just started from the thread, or a stale one).
 * Labels follow the article and DOMAIN.md: acknowledge a client's decision without argument, hand
 * over once notice is served, settle before closing, close and ask for feedback once delivery and
 * billing are settled. `never` lists kinds that must not reach the top three.
 *
 * Do not edit these to fit the rules: a miss here is a miss.
 */
import type { Client } from '../../../../offboarding/types';
import type { TemplateKind } from '../../../../templates/types';
import { conversation, fromClient, fromMe, makeClient, makeOffboarding } from './helpers';
import type { Scenario } from './scenarios';

export type UntunedClass = 'payment-state' | 'closing-signal' | 'client-decided' | 'stage-in-thread';

export interface UntunedScenario extends Scenario {
  cls: UntunedClass;
  /** Kinds a careful professional would not send now; none of them may be in the top three. */
  never?: TemplateKind[];
}

const pl: Client = makeClient({ lang: 'pl' });
const en: Client = makeClient({ lang: 'en', noticePeriod: { days: 30 } });

const quotePl = (date: string, text: string): string =>
  `\n\nW dniu ${date} o 14:00 Anna Nowak <anna.nowak@studio-nowak.pl> napisała:\n${text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}`;
const quoteEn = (date: string, text: string): string =>
  `\n\nOn ${date} at 14:00, Anna Nowak <anna.nowak@studio-nowak.pl> wrote:\n${text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n')}`;

export const UNTUNED_SCENARIOS: UntunedScenario[] = [
  // ── Payment state: paid / not yet paid / will pay ────────────────────────────────────────────
  {
    id: 'u-pl-invoice-is-paid',
    cls: 'payment-state',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 480000, invoiceNo: 'FV/31/2025', dueOn: '2025-05-20', description: 'Obsługa kampanii – maj' }],
    }),
    context: conversation(
      fromMe('2025-05-06', 'Dzień dobry, w załączeniu przesyłam fakturę końcową FV/31/2025 płatną do 20 maja. Pozdrawiam, Anna'),
      fromClient(
        '2025-05-19',
        'Dzień dobry Pani Anno,\nfaktura FV/31/2025 została dziś opłacona, potwierdzenie przelewu przesyłam w załączniku.\nPozdrawiam\nJan Kowalski' +
          quotePl('6.05.2025', 'Dzień dobry, w załączeniu przesyłam fakturę końcową FV/31/2025 płatną do 20 maja.'),
      ),
    ),
    today: '2025-05-19',
    sentKinds: ['termination-notice', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['settlement', 'payment-reminder', 'payment-demand'],
  },
  {
    id: 'u-pl-not-yet-paid-will-pay',
    cls: 'payment-state',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 480000, invoiceNo: 'FV/31/2025', dueOn: '2025-05-20' }],
    }),
    context: conversation(
      fromMe('2025-05-06', 'Dzień dobry, w załączeniu faktura końcowa FV/31/2025 z terminem płatności 20 maja.'),
      fromMe('2025-05-26', 'Dzień dobry, czy mogę prosić o informację, czy faktura FV/31/2025 została już opłacona?'),
      fromClient(
        '2025-05-27',
        'Dzień dobry, przepraszam za zwłokę – faktura nie została jeszcze opłacona, bo czekała na akceptację zarządu. Zapłacimy w przyszłym tygodniu.\nJan' +
          quotePl('26.05.2025', 'Dzień dobry, czy mogę prosić o informację, czy faktura FV/31/2025 została już opłacona?'),
      ),
    ),
    today: '2025-05-28',
    sentKinds: ['termination-notice', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'payment-reminder',
    acceptable: ['settlement'],
    never: ['closing-thanks', 'feedback-request', 'payment-demand'],
  },
  {
    id: 'u-pl-will-pay-after-final-invoice',
    cls: 'payment-state',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 300000, description: 'Prace w maju' }],
    }),
    context: conversation(
      fromMe('2025-05-30', 'Dzień dobry, przekazanie zakończone, protokół w załączniku.'),
      fromClient('2025-06-02', 'Dziękuję. Zapłacimy za maj od razu, jak tylko dostaniemy fakturę końcową – proszę ją wystawić na nowy adres spółki.'),
    ),
    today: '2025-06-02',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete'],
    expected: 'settlement',
    never: ['closing-thanks', 'payment-reminder', 'payment-demand'],
  },
  {
    id: 'u-pl-paid-no-diacritics',
    cls: 'payment-state',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-03-01' },
      settlement: [{ amountMinor: 120000, invoiceNo: 'FV/12/2025', dueOn: '2025-04-25' }],
    }),
    context: conversation(
      fromMe('2025-04-11', 'Dzień dobry, przesyłam fakturę końcową FV/12/2025, termin płatności 25 kwietnia.'),
      fromClient('2025-04-24', 'dzien dobry, fakture juz oplacilismy wczoraj, prosze sprawdzic czy wplynelo. pozdrawiam'),
    ),
    today: '2025-04-24',
    sentKinds: ['termination-notice', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['payment-reminder', 'payment-demand'],
  },
  {
    id: 'u-en-last-invoice-is-paid',
    cls: 'payment-state',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 650000, currency: 'EUR', invoiceNo: 'INV-140', dueOn: '2025-05-15' }],
    }),
    context: conversation(
      fromMe('2025-05-02', 'Hi John, attached is the final invoice INV-140, due on 15 May. Best, Anna'),
      fromClient(
        '2025-05-14',
        "Hi Anna,\nJust to let you know the last invoice is paid – you should see it in your account tomorrow.\nCheers,\nJohn" +
          quoteEn('2 May 2025', 'Hi John, attached is the final invoice INV-140, due on 15 May.'),
      ),
    ),
    today: '2025-05-14',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['settlement', 'payment-reminder', 'payment-demand'],
  },
  {
    id: 'u-en-not-paid-never-received',
    cls: 'payment-state',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 650000, currency: 'EUR', invoiceNo: 'INV-140', dueOn: '2025-05-15' }],
    }),
    context: conversation(
      fromMe('2025-05-20', 'Hi John, a quick reminder that invoice INV-140 was due on 15 May.'),
      fromClient(
        '2025-05-21',
        "Hi Anna, sorry about this — INV-140 hasn't been paid yet because it never reached our accounts team. Could you resend it to ap@firma-klienta.pl?" +
          quoteEn('20 May 2025', 'Hi John, a quick reminder that invoice INV-140 was due on 15 May.'),
      ),
    ),
    today: '2025-05-21',
    sentKinds: ['termination-notice', 'handover-plan', 'handover-complete', 'settlement', 'payment-reminder'],
    expected: 'settlement',
    acceptable: ['payment-reminder'],
    never: ['closing-thanks', 'payment-demand'],
  },
  {
    id: 'u-en-will-pay-after-handover-record',
    cls: 'payment-state',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'notice',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 400000, currency: 'EUR', invoiceNo: 'INV-150', dueOn: '2025-05-30' }],
    }),
    context: conversation(
      fromMe('2025-05-09', 'Hi John, the final invoice INV-150 is attached; the last files follow next week.'),
      fromClient('2025-05-12', "Thanks Anna. We'll pay INV-150 as soon as we have the signed handover record and the remaining files."),
    ),
    today: '2025-05-12',
    sentKinds: ['termination-notice', 'handover-plan', 'settlement'],
    expected: 'handover-complete',
    never: ['closing-thanks', 'payment-reminder', 'payment-demand'],
  },
  {
    id: 'u-en-not-yet-next-payment-run',
    cls: 'payment-state',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 650000, currency: 'EUR', invoiceNo: 'INV-160', dueOn: '2025-05-16' }],
    }),
    context: conversation(
      fromMe('2025-05-26', 'Hi John, could you confirm whether INV-160 has been paid? It was due on 16 May.'),
      fromClient('2025-05-27', "Not yet, I'm afraid – it's with finance and will go out in Friday's payment run."),
    ),
    today: '2025-05-28',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete', 'settlement', 'payment-reminder'],
    expected: 'payment-reminder',
    acceptable: ['settlement'],
    never: ['closing-thanks', 'feedback-request', 'payment-demand'],
  },

  // ── Closing signals ──────────────────────────────────────────────────────────────────────────
  {
    id: 'u-pl-handover-smooth-thanks',
    cls: 'closing-signal',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 480000, invoiceNo: 'FV/31/2025', dueOn: '2025-05-20', paid: true }],
    }),
    context: conversation(
      fromMe('2025-05-22', 'Dzień dobry, przesyłam ostatnie pliki i protokół przekazania.'),
      fromClient(
        '2025-05-23',
        'Pani Anno, wszystko dotarło, przekazanie przebiegło bez żadnych zakłóceń. Mamy wszystko, czego potrzebujemy. Dziękujemy za całą Pani pracę przez te dwa lata!\nJan' +
          quotePl('22.05.2025', 'Dzień dobry, przesyłam ostatnie pliki i protokół przekazania.'),
      ),
    ),
    today: '2025-05-23',
    sentKinds: ['termination-notice', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['settlement', 'conversation-request', 'handover-plan'],
  },
  {
    id: 'u-en-handover-smooth-thanks',
    cls: 'closing-signal',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 650000, currency: 'EUR', invoiceNo: 'INV-140', dueOn: '2025-05-15', paid: true }],
    }),
    context: conversation(
      fromMe('2025-05-20', 'Hi John, the last deliverables are in the shared folder.'),
      fromClient('2025-05-21', 'Hi Anna, the handover went smoothly, we have everything we need. Thank you for all your work!'),
    ),
    today: '2025-05-21',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['settlement', 'conversation-request', 'handover-plan'],
  },
  {
    id: 'u-pl-thanks-after-closing-message',
    cls: 'closing-signal',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'closing-message', notice: { servedOn: '2025-03-01' } }),
    context: conversation(
      fromMe('2025-04-28', 'Dzień dobry, dziękuję za wspólne dwa lata. Gdyby kiedyś potrzebowali Państwo wsparcia, zapraszam.'),
      fromClient('2025-04-29', 'Również bardzo dziękujemy, to była naprawdę dobra współpraca. Powodzenia w dalszych projektach!'),
    ),
    today: '2025-04-29',
    sentKinds: ['termination-notice', 'handover-plan', 'handover-complete', 'settlement', 'closing-thanks'],
    expected: 'feedback-request',
    acceptable: ['testimonial-request'],
    never: ['conversation-request', 'settlement'],
  },
  {
    id: 'u-en-pleasure-after-closing-message',
    cls: 'closing-signal',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'client', doneThrough: 'closing-message', notice: { servedOn: '2025-03-01' } }),
    context: conversation(
      fromMe('2025-04-28', 'Hi John, thank you for the two years together – the door is always open.'),
      fromClient('2025-04-29', "Thanks Anna, it's been a real pleasure working with you. All the best for what comes next!"),
    ),
    today: '2025-04-29',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete', 'settlement', 'closing-thanks'],
    expected: 'feedback-request',
    acceptable: ['testimonial-request'],
    never: ['conversation-request', 'settlement'],
  },
  {
    id: 'u-pl-files-received-no-record',
    cls: 'closing-signal',
    lang: 'pl',
    context: conversation(
      fromMe('2025-06-10', 'Dzień dobry, przekazałam komplet plików źródłowych i dostępy, zgodnie z ustaleniami.'),
      fromClient('2025-06-11', 'Pliki odebrane, wszystko działa jak należy. Dziękuję za współpracę i pozdrawiam serdecznie, Jan'),
    ),
    today: '2025-06-11',
    sentKinds: [],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['conversation-request', 'termination-notice', 'handover-plan'],
  },
  {
    id: 'u-pl-all-received-no-diacritics',
    cls: 'closing-signal',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 300000, invoiceNo: 'FV/40/2025', dueOn: '2025-05-30', paid: true }],
    }),
    context: conversation(
      fromMe('2025-06-02', 'Dzień dobry, w załączeniu protokół i ostatnie materiały.'),
      fromClient('2025-06-03', 'Dziekujemy, wszystko otrzymalismy i nie potrzebujemy juz niczego wiecej. Faktura rowniez zaplacona. Pozdrawiam, Jan'),
    ),
    today: '2025-06-03',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete', 'settlement'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['settlement', 'payment-reminder', 'conversation-request'],
  },
  {
    id: 'u-en-got-everything-stale-stage',
    cls: 'closing-signal',
    lang: 'en',
    client: en,
    // The record still says "handover": the user has not ticked anything since the notice.
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'notice',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 650000, currency: 'EUR', invoiceNo: 'INV-170', dueOn: '2025-05-30' }],
    }),
    context: conversation(
      fromMe('2025-05-26', 'Hi John, all files and logins are handed over; the final invoice INV-170 is attached.'),
      fromClient('2025-05-28', "Got everything, and the new team is up and running. INV-170 was paid this morning too. Thanks for everything, Anna!"),
    ),
    today: '2025-05-28',
    sentKinds: ['termination-notice', 'handover-plan'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request', 'handover-complete'],
    never: ['payment-reminder', 'conversation-request'],
  },
  {
    id: 'u-en-files-still-missing',
    cls: 'closing-signal',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'notice',
      notice: { servedOn: '2025-04-01' },
    }),
    context: conversation(
      fromMe('2025-05-20', 'Hi John, the handover plan is attached; files will follow this week.'),
      fromClient('2025-05-27', "Thanks for the plan, but we still haven't received the source files, so we can't close this out yet."),
    ),
    today: '2025-05-27',
    sentKinds: ['termination-ack', 'handover-plan'],
    expected: 'handover-complete',
    never: ['closing-thanks', 'feedback-request'],
  },

  // ── The client has decided: no conversation request ──────────────────────────────────────────
  {
    id: 'u-pl-decided-final-invoice-norecord',
    cls: 'client-decided',
    lang: 'pl',
    context: conversation(
      fromMe('2025-06-02', 'Dzień dobry, w załączeniu raport za maj.'),
      fromClient(
        '2025-06-03',
        'Pani Anno, niestety musimy zakończyć współpracę – zarząd zdecydował o przeniesieniu obsługi do agencji sieciowej. Nie ma potrzeby spotkania, decyzja jest ostateczna. Proszę o przesłanie faktury końcowej.\nJan Kowalski',
      ),
    ),
    today: '2025-06-03',
    sentKinds: [],
    expected: 'termination-ack',
    acceptable: ['settlement'],
    never: ['conversation-request', 'retention-reply'],
  },
  {
    id: 'u-en-decided-final-invoice-norecord',
    cls: 'client-decided',
    lang: 'en',
    context: conversation(
      fromClient(
        '2025-06-03',
        "Hi Anna, following our internal review we've decided to end the engagement at the end of this month. Please send over the final invoice and let us know how you'd like to hand over the files. Best, John",
      ),
    ),
    today: '2025-06-03',
    sentKinds: [],
    expected: 'termination-ack',
    acceptable: ['settlement', 'handover-plan'],
    never: ['conversation-request'],
  },
  {
    id: 'u-pl-decided-delete-data',
    cls: 'client-decided',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'notice',
      notice: { servedOn: '2025-05-30', acknowledgedOn: '2025-05-30' },
    }),
    context: conversation(
      fromMe('2025-05-30', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia. Umowa rozwiąże się 30 czerwca.'),
      fromClient(
        '2025-06-02',
        'Dzień dobry, dziękuję za potwierdzenie. Proszę też o usunięcie danych naszych klientów z Państwa systemów po zakończeniu umowy i o potwierdzenie mailowe.' +
          quotePl('30.05.2025', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia. Umowa rozwiąże się 30 czerwca.'),
      ),
    ),
    today: '2025-06-02',
    sentKinds: ['termination-ack'],
    expected: 'data-return',
    acceptable: ['handover-plan'],
    never: ['conversation-request'],
  },
  {
    id: 'u-en-decided-delete-data',
    cls: 'client-decided',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'client', doneThrough: 'notice', notice: { servedOn: '2025-05-30' } }),
    context: conversation(
      fromClient('2025-06-02', "As discussed, we're done as of 30 June. Please delete all customer data you hold on our behalf and confirm once that's done."),
    ),
    today: '2025-06-02',
    sentKinds: ['termination-ack'],
    expected: 'data-return',
    acceptable: ['handover-plan'],
    never: ['conversation-request'],
  },
  {
    id: 'u-pl-disappointed-and-terminating',
    cls: 'client-decided',
    lang: 'pl',
    context: conversation(
      fromClient(
        '2025-06-04',
        'Dzień dobry, jesteśmy rozczarowani ostatnimi miesiącami i postanowiliśmy nie kontynuować współpracy. Niniejszym wypowiadamy umowę z zachowaniem miesięcznego okresu wypowiedzenia.',
      ),
    ),
    today: '2025-06-04',
    sentKinds: [],
    expected: 'termination-ack',
    never: ['conversation-request'],
  },
  {
    id: 'u-en-understood-talk-handover',
    cls: 'client-decided',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'notice', notice: { servedOn: '2025-06-02' } }),
    context: conversation(
      fromMe('2025-06-02', 'Dear John, please accept this e-mail as formal notice of termination of our agreement.'),
      fromClient('2025-06-03', "Disappointed to hear this, but understood. Let's talk about how the handover will work."),
    ),
    today: '2025-06-03',
    sentKinds: ['conversation-request', 'termination-notice'],
    expected: 'handover-plan',
    never: ['conversation-request', 'termination-notice'],
  },
  {
    id: 'u-pl-asks-final-invoice-after-notice',
    cls: 'client-decided',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'client',
      doneThrough: 'personal-data',
      notice: { servedOn: '2025-04-30' },
      settlement: [{ amountMinor: 250000, description: 'Czerwiec' }],
    }),
    context: conversation(
      fromMe('2025-06-20', 'Dzień dobry, przekazanie zakończone, w załączniku protokół.'),
      fromClient('2025-06-25', 'Dzień dobry, prosimy jeszcze o fakturę końcową za czerwiec – po jej otrzymaniu zamkniemy temat po naszej stronie.'),
    ),
    today: '2025-06-25',
    sentKinds: ['termination-ack', 'handover-plan', 'handover-complete'],
    expected: 'settlement',
    never: ['conversation-request', 'closing-thanks'],
  },
  {
    id: 'u-en-no-call-needed',
    cls: 'client-decided',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'client' }),
    context: conversation(
      fromClient(
        '2025-06-05',
        "Anna, we won't be renewing the retainer – we're bringing marketing in-house from July. No need for a call, the decision is made. Please confirm the end date.",
      ),
    ),
    today: '2025-06-05',
    sentKinds: [],
    expected: 'termination-ack',
    never: ['conversation-request', 'retention-reply'],
  },

  // ── The stage the thread shows (record just started from the thread, or stale) ──────────────
  {
    id: 'u-pl-thread-shows-all-done-paid',
    cls: 'stage-in-thread',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({ initiator: 'we', startedOn: '2025-04-10' }),
    context: conversation(
      fromMe('2025-03-03', 'Szanowny Panie, niniejszym wypowiadam umowę z zachowaniem miesięcznego okresu wypowiedzenia.'),
      fromClient('2025-03-04', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.'),
      fromMe('2025-04-01', 'Dzień dobry, przekazałam wszystkie pliki i dostępy; w załączniku podpisany protokół zdawczo-odbiorczy.'),
      fromMe('2025-04-03', 'W załączeniu faktura końcowa FV/20/2025, termin płatności 17 kwietnia.'),
      fromClient('2025-04-10', 'Faktura opłacona. Dziękujemy i pozdrawiamy.'),
    ),
    today: '2025-04-10',
    sentKinds: [],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['conversation-request', 'termination-notice', 'settlement'],
  },
  {
    id: 'u-en-thread-shows-all-done-paid',
    cls: 'stage-in-thread',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'we', startedOn: '2025-04-10' }),
    context: conversation(
      fromMe('2025-03-03', 'Dear John, please accept this e-mail as formal notice of termination of our agreement, effective 2 April.'),
      fromClient('2025-03-04', 'Hi Anna, I acknowledge receipt of your notice.'),
      fromMe('2025-04-01', 'Hi John, the handover is complete: all files, logins and the signed handover record are attached.'),
      fromMe('2025-04-02', 'The final invoice INV-200 is attached, due on 16 April.'),
      fromClient('2025-04-10', 'Paid in full today – thanks for a smooth transition.'),
    ),
    today: '2025-04-10',
    sentKinds: [],
    expected: 'closing-thanks',
    acceptable: ['feedback-request'],
    never: ['conversation-request', 'termination-notice', 'settlement'],
  },
  {
    id: 'u-pl-thread-plan-sent-when-files',
    cls: 'stage-in-thread',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({ initiator: 'client', startedOn: '2025-05-20' }),
    context: conversation(
      fromClient('2025-05-02', 'Dzień dobry, wypowiadamy umowę z zachowaniem miesięcznego okresu wypowiedzenia.'),
      fromMe('2025-05-05', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia; umowa rozwiąże się 5 czerwca.'),
      fromMe('2025-05-08', 'W załączeniu plan przekazania prac z terminami.'),
      fromClient('2025-05-20', 'Kiedy możemy spodziewać się przekazania plików źródłowych i dostępów do hostingu?'),
    ),
    today: '2025-05-20',
    sentKinds: [],
    expected: 'handover-complete',
    acceptable: ['handover-plan'],
    never: ['conversation-request', 'termination-ack'],
  },
  {
    id: 'u-en-thread-acked-what-for-handover',
    cls: 'stage-in-thread',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'we', startedOn: '2025-05-07' }),
    context: conversation(
      fromMe('2025-05-05', 'Dear John, please accept this e-mail as formal notice of termination of our agreement.'),
      fromClient('2025-05-06', 'Hi Anna, noted and acknowledged – thanks for letting us know in good time.'),
      fromClient('2025-05-07', 'One more thing: what do you need from us to get the handover going?'),
    ),
    today: '2025-05-07',
    sentKinds: [],
    expected: 'handover-plan',
    never: ['conversation-request', 'termination-notice'],
  },
  {
    id: 'u-pl-stale-stage-all-received-paid',
    cls: 'stage-in-thread',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({
      initiator: 'we',
      doneThrough: 'notice',
      notice: { servedOn: '2025-04-01' },
      settlement: [{ amountMinor: 480000, invoiceNo: 'FV/33/2025', dueOn: '2025-05-30' }],
    }),
    context: conversation(
      fromMe('2025-05-16', 'Dzień dobry, w załączeniu protokół przekazania oraz faktura końcowa FV/33/2025.'),
      fromClient(
        '2025-05-20',
        'Dzień dobry, wszystko otrzymaliśmy, faktura zapłacona. Dziękujemy za współpracę!' +
          quotePl('16.05.2025', 'Dzień dobry, w załączeniu protokół przekazania oraz faktura końcowa FV/33/2025.'),
      ),
    ),
    today: '2025-05-20',
    sentKinds: ['termination-notice', 'handover-plan'],
    expected: 'closing-thanks',
    acceptable: ['feedback-request', 'handover-complete'],
    never: ['payment-reminder', 'conversation-request'],
  },
  {
    id: 'u-en-stale-preparation-notice-acked',
    cls: 'stage-in-thread',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'conversation' }),
    context: conversation(
      fromMe('2025-05-12', 'Dear John, as discussed on our call, please accept this e-mail as formal notice of termination, effective 11 June.'),
      fromClient('2025-05-13', 'Acknowledged – we received your notice. Please send us the handover plan when you can.'),
    ),
    today: '2025-05-13',
    sentKinds: ['conversation-request'],
    expected: 'handover-plan',
    never: ['conversation-request', 'termination-notice'],
  },
  {
    id: 'u-pl-thread-closing-sent-thanks',
    cls: 'stage-in-thread',
    lang: 'pl',
    client: pl,
    offboarding: makeOffboarding({ initiator: 'client', startedOn: '2025-06-12' }),
    context: conversation(
      fromClient('2025-04-30', 'Dzień dobry, z końcem maja kończymy współpracę – wypowiedzenie w załączeniu.'),
      fromMe('2025-05-02', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.'),
      fromMe('2025-06-10', 'Dzień dobry, rozliczenie zamknięte, wszystko przekazane. Dziękuję za wspólną pracę i życzę powodzenia.'),
      fromClient('2025-06-11', 'Dziękujemy również, było nam bardzo miło.'),
    ),
    today: '2025-06-12',
    sentKinds: [],
    expected: 'feedback-request',
    acceptable: ['closing-thanks', 'testimonial-request'],
    never: ['conversation-request', 'termination-ack'],
  },
  {
    id: 'u-en-thread-handover-done-asks-invoice',
    cls: 'stage-in-thread',
    lang: 'en',
    client: en,
    offboarding: makeOffboarding({ initiator: 'client', startedOn: '2025-06-06' }),
    context: conversation(
      fromClient('2025-05-02', "We're giving you 30 days' notice that we'll end the engagement."),
      fromMe('2025-05-03', 'Hi John, I confirm receipt of your notice; the agreement ends on 2 June.'),
      fromMe('2025-06-02', 'Hi John, the handover is complete – files and logins are in the shared folder.'),
      fromClient('2025-06-05', 'Files all received, thanks. Could you send the final invoice so we can close this on our side?'),
    ),
    today: '2025-06-06',
    sentKinds: [],
    expected: 'settlement',
    never: ['conversation-request', 'termination-ack'],
  },
];
