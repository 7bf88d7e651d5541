import type { Messages } from '../../common/i18n';
import { formatCount } from '../../templates/format';
import type { Lang } from '../../offboarding/types';

/** The automatic backup's strings (AutoBackupSection); both languages side by side. */
export const autoBackupMessages = {
  autoEnabled: { pl: 'Zapisuj kopię automatycznie w folderze pobranych plików', en: 'Save a backup automatically to the downloads folder' },
  autoExplain: {
    pl: 'Kopie trafiają do podfolderu „offboard-backups”. Przy włączaniu przeglądarka poprosi o zgodę na zarządzanie pobranymi plikami: Offboard usuwa tylko starsze kopie, które sam zapisał.',
    en: 'Backups go into the "offboard-backups" subfolder. When you turn this on, the browser asks for permission to manage downloads: Offboard only removes older backups it saved itself.',
  },
  autoInterval: { pl: 'Jak często', en: 'How often' },
  autoKeep: { pl: 'Ile ostatnich kopii zachować', en: 'How many recent backups to keep' },
  autoLastNever: { pl: 'Nie zapisano jeszcze automatycznej kopii.', en: 'No automatic backup has been saved yet.' },
  autoLast: { pl: 'Ostatnia automatyczna kopia: {when}. Zachowane pliki: {count}.', en: 'Last automatic backup: {when}. Files kept: {count}.' },
  autoPermissionRefused: {
    pl: 'Automatyczna kopia pozostaje wyłączona: przeglądarka nie udzieliła zgody na zapisywanie pobranych plików.',
    en: 'Automatic backup stays off: the browser did not grant the permission to save downloads.',
  },
  autoFailedPermission: {
    pl: 'Automatyczna kopia została wyłączona ({when}): w przeglądarce cofnięto zgodę na zapisywanie pobranych plików. Włącz ją ponownie, aby ją wznowić.',
    en: 'Automatic backup was turned off ({when}): the permission to save downloads was withdrawn in the browser. Turn it on again to resume it.',
  },
  autoFailedDiskFull: {
    pl: 'Nie udało się zapisać automatycznej kopii ({when}): na dysku zabrakło miejsca. Dane w Offboardzie są nienaruszone. Zwolnij miejsce – kolejna próba za około godzinę.',
    en: 'The automatic backup could not be saved ({when}): the disk is full. Your data in Offboard is untouched. Free some space; it will try again in about an hour.',
  },
  autoFailedDownload: {
    pl: 'Nie udało się zapisać automatycznej kopii ({when}; przeglądarka podała: {detail}). Dane w Offboardzie są nienaruszone. Kolejna próba za około godzinę.',
    en: 'The automatic backup could not be saved ({when}; the browser said: {detail}). Your data in Offboard is untouched. It will try again in about an hour.',
  },
  autoFailedExport: {
    pl: 'Nie udało się przygotować automatycznej kopii ({when}: {detail}). Dane w Offboardzie są nienaruszone. Kolejna próba za około godzinę.',
    en: 'The automatic backup could not be prepared ({when}: {detail}). Your data in Offboard is untouched. It will try again in about an hour.',
  },
  autoDismiss: { pl: 'Zamknij', en: 'Dismiss' },
  autoLoadFailed: { pl: 'Nie udało się odczytać ustawień automatycznej kopii: {error}', en: 'Could not read the automatic backup settings: {error}' },
} satisfies Messages;

/** An interval in days as the backup choices name it (the reminder's and the automatic backup's). */
export function intervalLabel(days: number, lang: Lang): string {
  if (days === 1) return lang === 'pl' ? 'codziennie' : 'daily';
  if (days === 7) return lang === 'pl' ? 'co tydzień' : 'weekly';
  if (days === 14) return lang === 'pl' ? 'co dwa tygodnie' : 'every two weeks';
  return lang === 'pl' ? `co ${formatCount(days, 'days', 'pl')}` : `every ${formatCount(days, 'days', 'en')}`;
}
