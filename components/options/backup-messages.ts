import type { Messages } from '../../common/i18n';

/** The backup's own strings (DataSection, BackupReminder); both languages side by side. */
export const backupMessages = {
  exportChanged: {
    pl: 'Dane zmieniały się w trakcie eksportu (zapis w innej karcie), więc kopia nie została zapisana. Spróbuj ponownie za chwilę.',
    en: 'The data kept changing during the export (another tab was saving), so no backup was saved. Try again in a moment.',
  },
  exportDone: {
    pl: 'Zapisano kopię danych: klienci {clients}, procesy zakończenia {offboardings}, zdarzenia {events}, szablony {templates}.',
    en: 'Backup saved: {clients} clients, {offboardings} offboardings, {events} events, {templates} templates.',
  },
  working: { pl: 'Trwa…', en: 'Working…' },
  lastBackupNever: { pl: 'Nie zapisano jeszcze żadnej kopii danych.', en: 'No backup has been saved yet.' },
  lastBackupOn: { pl: 'Ostatnia kopia danych: {date} ({ago}).', en: 'Last backup: {date} ({ago}).' },
  backupDue: {
    pl: 'Czas zapisać nową kopię (przypomnienie: {interval}): użyj przycisku „Eksportuj wszystko”. Wszystkie dane są tylko w tej przeglądarce.',
    en: 'Time to save a new backup (reminder: {interval}): use "Export everything". All data lives in this browser only.',
  },
  reminderInterval: { pl: 'Przypominaj o kopii danych', en: 'Remind me to back up' },
  reminderLoadFailed: { pl: 'Nie udało się sprawdzić, kiedy zapisano ostatnią kopię: {error}', en: 'Could not check when the last backup was saved: {error}' },
} satisfies Messages;
