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
} satisfies Messages;
