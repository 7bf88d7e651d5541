/**
 * The sidebar's strings for daily use (issue 17): correcting the notice, inserted and sent, the
 * template picker, the preview's notices, notes and the timeline. Spread into sidebarMessages.
 */
import type { Messages } from '../../common/i18n';

export const dailyUseMessages = {
  noticeServedToday: { en: 'Notice served today, {date} ({channel}).', pl: 'Wypowiedzenie złożone dziś, {date} ({channel}).' },
  noticeServedFuture: { en: 'Notice to be served on {date} ({channel}).', pl: 'Wypowiedzenie zostanie złożone {date} ({channel}).' },
  noticeEnded: { en: 'The contract ended on {date}.', pl: 'Umowa uległa rozwiązaniu z dniem {date}.' },
  noticeAcknowledged: { en: 'The client acknowledged receipt on {date}.', pl: 'Klient potwierdził otrzymanie {date}.' },
  noticeAcknowledgedOn: { en: 'Receipt acknowledged on (if it was)', pl: 'Data potwierdzenia otrzymania (jeśli nastąpiło)' },
  noticeCorrect: { en: 'Correct the notice', pl: 'Popraw wypowiedzenie' },
  noticeSaveCorrection: { en: 'Save the correction', pl: 'Zapisz poprawkę' },
  noticeCorrected: { en: 'Notice corrected.', pl: 'Wypowiedzenie poprawione.' },
  noticeStepReopened: {
    en: 'The notice step is open again. The recorded notice stays as it is: correct it, or tick the step to confirm it.',
    pl: 'Krok „wypowiedzenie” jest znowu otwarty. Zapisane wypowiedzenie pozostaje bez zmian: popraw je albo zaznacz krok, by je potwierdzić.',
  },
  noticeDateRequired: { en: 'Enter the date the notice was served (day, month, year).', pl: 'Wpisz datę złożenia wypowiedzenia (dzień, miesiąc, rok).' },
  noticeDeliveryBeforeSending: {
    en: 'The delivery cannot come before the notice was sent: check both dates.',
    pl: 'Doręczenie nie może nastąpić przed wysłaniem wypowiedzenia: sprawdź obie daty.',
  },
  noticeAcknowledgedBeforeSending: {
    en: 'The acknowledgement cannot come before the notice was served: check the date, or leave it empty.',
    pl: 'Potwierdzenie nie może nastąpić przed złożeniem wypowiedzenia: sprawdź datę albo zostaw pole puste.',
  },
  draftInsertedNotSent: { en: 'inserted, not yet sent', pl: 'wstawiono, jeszcze nie wysłano' },
  draftSent: { en: 'sent', pl: 'wysłano' },
  pickTemplate: { en: 'Choose any template…', pl: 'Wybierz dowolny szablon…' },
  pickTemplateSearch: { en: 'Search templates (kind, language, title)', pl: 'Szukaj szablonu (rodzaj, język, tytuł)' },
  pickTemplateCount: { en: '{count} found', pl: 'Znaleziono: {count}' },
  pickTemplateCustom: { en: 'yours', pl: 'własny' },
  pickedByHand: { en: 'Chosen by you', pl: 'Wybrany przez Ciebie' },
  noteAdd: { en: 'Add a note', pl: 'Dodaj notatkę' },
  noteEdit: { en: 'Edit the note', pl: 'Zmień notatkę' },
  noteSave: { en: 'Save the note', pl: 'Zapisz notatkę' },
  noteSaved: { en: 'Note saved.', pl: 'Notatka zapisana.' },
  noteCount: { en: '{count} of {max} characters', pl: '{count} z {max} znaków' },
  stepNoteLabel: { en: 'Note on “{step}”', pl: 'Notatka do kroku „{step}”' },
  clientNoteLabel: { en: 'Note on the client', pl: 'Notatka o kliencie' },
  clientNoteNone: { en: 'No note on this client yet.', pl: 'Brak notatki o tym kliencie.' },
  notesTitle: { en: 'Notes', pl: 'Notatki' },
  timelineTitle: { en: 'What happened', pl: 'Co się wydarzyło' },
  timelineEmpty: { en: 'Nothing recorded yet.', pl: 'Na razie nic nie zapisano.' },
  eventStarted: { en: 'Offboarding started', pl: 'Rozpoczęto zakończenie współpracy' },
  eventNoticeServed: { en: 'Notice recorded', pl: 'Zapisano wypowiedzenie' },
  eventNoticeCorrected: { en: 'Notice corrected', pl: 'Poprawiono wypowiedzenie' },
  eventDraftInserted: { en: 'Message inserted into a reply', pl: 'Wstawiono wiadomość do odpowiedzi' },
  eventDraftSent: { en: 'Message seen sent in the thread', pl: 'Wiadomość widoczna w wątku jako wysłana' },
  eventStageChanged: { en: 'Stage changed', pl: 'Zmiana etapu' },
  eventChecklistChanged: { en: 'Step changed', pl: 'Zmiana kroku' },
  eventNote: { en: 'Note', pl: 'Notatka' },
  eventCallOutcome: { en: 'Outcome of the conversation recorded', pl: 'Zapisano wynik rozmowy' },
  eventDone: { en: 'done', pl: 'wykonany' },
  eventReopened: { en: 'open again', pl: 'ponownie otwarty' },
  dateFieldHint: { en: 'Pick the day in the calendar, or type day, month and year.', pl: 'Wybierz dzień w kalendarzu albo wpisz dzień, miesiąc i rok.' },
  badDate: { en: 'This is not a full date: enter the day, month and year.', pl: 'To nie jest pełna data: wpisz dzień, miesiąc i rok.' },
  badDateNotSaved: {
    en: 'Not saved to the client: {field} is not a full date. Enter the day, month and year, then save again.',
    pl: 'Nie zapisano w danych klienta: {field} to nie jest pełna data. Wpisz dzień, miesiąc i rok i zapisz ponownie.',
  },
  noWarmVersion: {
    en: 'This message has no warm version in this language: the formal one is shown.',
    pl: 'Ta wiadomość nie ma wersji serdecznej w tym języku: pokazano wersję oficjalną.',
  },
  noFormalVersion: {
    en: 'This message has no formal version in this language: the warm one is shown.',
    pl: 'Ta wiadomość nie ma wersji oficjalnej w tym języku: pokazano wersję serdeczną.',
  },
  editDraft: { en: 'Edit the text before inserting', pl: 'Popraw tekst przed wstawieniem' },
  editDraftLabel: { en: 'The text that will be inserted', pl: 'Tekst, który zostanie wstawiony' },
  editDraftHint: {
    en: 'Inserted as you wrote it, as plain paragraphs (a table becomes aligned text). Changing the language or tone starts again from the template.',
    pl: 'Zostanie wstawiony tak, jak go napiszesz, jako zwykłe akapity (tabela staje się wyrównanym tekstem). Zmiana języka lub tonu zaczyna od nowa od szablonu.',
  },
  discardDraftEdit: { en: 'Discard my edit', pl: 'Odrzuć moje zmiany' },
} satisfies Messages;
