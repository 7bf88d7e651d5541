/**
 * The strings of the documents at the checklist steps (Documents.tsx), kept apart from messages.ts
 * so the block can grow without touching the sidebar's main dictionary. Spread into sidebarMessages.
 */
import type { Messages } from '../../common/i18n';

export const documentMessages = {
  docTitleTerminationStatement: { en: 'Notice of termination', pl: 'Wypowiedzenie umowy' },
  docTitleTerminationAgreement: { en: 'Termination agreement', pl: 'Porozumienie o rozwiązaniu umowy' },
  docTitleHandoverRecord: { en: 'Handover record', pl: 'Protokół zdawczo-odbiorczy' },
  docTitleSettlementStatement: { en: 'Statement of account', pl: 'Zestawienie rozliczeń' },
  docTitlePersonalData: { en: 'Personal data return or deletion confirmation', pl: 'Potwierdzenie zwrotu lub usunięcia danych osobowych' },
  docLanguage: { en: 'Document language', pl: 'Język dokumentu' },
  docPreview: { en: 'Preview', pl: 'Podgląd' },
  docHidePreview: { en: 'Hide preview', pl: 'Ukryj podgląd' },
  docDownload: { en: 'Download PDF', pl: 'Pobierz PDF' },
  docPrint: { en: 'Print', pl: 'Drukuj' },
  docMaking: { en: 'Preparing the PDF…', pl: 'Przygotowywanie pliku PDF…' },
  docDownloaded: { en: 'The PDF is downloaded; the timeline notes it.', pl: 'Plik PDF został pobrany i odnotowany w historii klienta.' },
  docPrinting: { en: 'The print dialog is open; the timeline notes it.', pl: 'Otwarto okno drukowania; zostało to odnotowane w historii klienta.' },
  docFailed: {
    en: 'The PDF could not be made. Try again; if it fails again, reload the page. Nothing you typed is lost.',
    pl: 'Nie udało się przygotować pliku PDF. Spróbuj ponownie, a jeśli to nie pomoże, odśwież stronę. Wpisane dane nie zostały utracone.',
  },
  docMissingIntro: { en: 'To make this document, fill in:', pl: 'Aby przygotować ten dokument, uzupełnij:' },
  docInSettlement: { en: '{what}: add them in the Settlement section below.', pl: '{what}: dodaj je w sekcji „Rozliczenie” poniżej.' },
  docInInventory: { en: '{what}: add them to the handover inventory.', pl: '{what}: dodaj je do spisu przekazania.' },
  docOptionalTitle: { en: 'Optional provisions', pl: 'Postanowienia nieobowiązkowe' },
  docNotNeeded: { en: 'Not needed now: {reason}', pl: 'Teraz niepotrzebny: {reason}' },
  docAgreedInCall: {
    en: 'The call on {date} agreed a mutual end: this agreement puts it in writing.',
    pl: 'W rozmowie {date} strony uzgodniły rozwiązanie umowy za porozumieniem: to porozumienie potwierdza je na piśmie.',
  },
  docProposedEnd: { en: 'The call on {call} agreed the end date {date}.', pl: 'W rozmowie {call} uzgodniono datę zakończenia: {date}.' },
  docAgreedEndTooEarly: {
    en: 'The call agreed to end on {agreed}, but a notice delivered today ends the contract on {earliest} at the earliest, and a notice cannot end it sooner. To end on {agreed}, use the termination agreement (the “Prepare the documents” step).',
    pl: 'W rozmowie uzgodniono zakończenie współpracy z dniem {agreed}, ale wypowiedzenie doręczone dziś rozwiąże umowę najwcześniej z dniem {earliest}, a wcześniej rozwiązać jej nie może. Aby zakończyć ją z dniem {agreed}, sporządź porozumienie o rozwiązaniu umowy (krok „Przygotowanie dokumentów”).',
  },
  docWrittenFormSteps: {
    en: 'The contract requires written form: download this statement and sign it by hand (or with a qualified electronic signature), send it with the cover message below, then record above how and when it was sent and delivered.',
    pl: 'Umowa wymaga formy pisemnej: pobierz to oświadczenie i podpisz je własnoręcznie (albo kwalifikowanym podpisem elektronicznym), wyślij je z wiadomością przewodnią poniżej, a potem odnotuj powyżej, jak i kiedy zostało wysłane i doręczone.',
  },
  docCoverMessage: { en: 'Write the cover message', pl: 'Napisz wiadomość przewodnią' },
  docOverview: { en: 'Which documents apply now', pl: 'Które dokumenty są teraz potrzebne' },
  docStateReady: { en: 'ready', pl: 'gotowy' },
  docStateMissing: { en: 'needs values', pl: 'wymaga uzupełnienia danych' },
  docAtStep: { en: 'at the step “{step}”', pl: 'w kroku „{step}”' },
  docUnprintable: {
    en: 'The PDF font has no {chars}: it would print as “?”. Write the name without it, or check the printed copy.',
    pl: 'W czcionce PDF nie ma znaków: {chars}; zostałyby wydrukowane jako „?”. Zapisz nazwę bez nich albo sprawdź wydruk.',
  },
  docPreviewOf: { en: 'Preview of {title}', pl: 'Podgląd: {title}' },
  documentValuesSaved: { en: 'The values are saved to the client and your profile.', pl: 'Wpisane dane zapisano w danych klienta i w Twoim profilu.' },
  documentValuesNotSaved: {
    en: 'Not saved because it cannot be read: {field}. Correct it and save again.',
    pl: 'Nie zapisano, bo tego nie da się odczytać: {field}. Popraw i zapisz ponownie.',
  },
  docSaveValues: { en: 'Save these values to the client and my profile', pl: 'Zapisz te dane w danych klienta i w moim profilu' },
  eventDocumentProduced: { en: 'Document made', pl: 'Przygotowano dokument' },
  eventDocumentDownloaded: { en: 'downloaded', pl: 'pobrano' },
  eventDocumentPrinted: { en: 'printed', pl: 'wydrukowano' },
} satisfies Messages;

/** The documents by name, in the UI's language (the document itself carries its own title). */
export const DOCUMENT_TITLE_KEY = {
  'termination-statement': 'docTitleTerminationStatement',
  'termination-agreement': 'docTitleTerminationAgreement',
  'handover-record': 'docTitleHandoverRecord',
  'settlement-statement': 'docTitleSettlementStatement',
  'personal-data-confirmation': 'docTitlePersonalData',
} as const satisfies Record<string, keyof typeof documentMessages>;

export function isDocumentKind(value: unknown): value is keyof typeof DOCUMENT_TITLE_KEY {
  return typeof value === 'string' && Object.hasOwn(DOCUMENT_TITLE_KEY, value);
}
