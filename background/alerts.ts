/**
 * What the daily alarm tells the user, pure: built on offboarding/deadlines.ts's dueItems (notice
 * ending within 3 days, payment overdue, feedback due after closing), with ids and texts in both
 * languages. Names come from e-mails: they end up in notification text only, never in markup.
 */
import type { Bilingual } from '../common/i18n';
import { formatCount } from '../templates/format';
import { formatDisplayDate } from '../common/display-date';
import { daysBetweenIso } from '../offboarding/calendar';
import { dueItems } from '../offboarding/open-deadlines';
import type { DeadlineKind } from '../offboarding/deadlines';
import type { Client, Offboarding, ThreadRef } from '../offboarding/types';
import { withCurrentOffboarding } from '../offboarding/current';
import type { AutoBackupFailure } from '../storage/protocol';

export interface AlertItem {
  /** Stable for an offboarding, kind and date: the same item is recognised on the next run. */
  id: string;
  clientId: string;
  offboardingId: string;
  what: DeadlineKind;
  on: string;
  daysLeft: number;
  overdue: boolean;
  thread?: ThreadRef;
  title: Bilingual;
  body: Bilingual;
}

/**
 * Due items for each client's current offboarding (the one the popup shows), most urgent first.
 * Offboardings of unknown clients are skipped (a half-imported backup must not stop the alarm).
 */
export function collectAlerts(clients: readonly Client[], offboardings: readonly Offboarding[], today: string): AlertItem[] {
  const alerts: AlertItem[] = [];
  for (const [client, offboarding] of withCurrentOffboarding(clients, offboardings)) {
    for (const item of dueItems(client, offboarding, today)) {
      const alert: AlertItem = {
        id: item.key,
        clientId: item.clientId,
        offboardingId: item.offboardingId,
        what: item.what,
        on: item.on,
        daysLeft: item.daysLeft,
        overdue: item.overdue,
        ...alertTexts(item.what, item.on, item.daysLeft, displayName(client), offboarding.closedOn, item.safeOn === undefined ? undefined : { on: item.safeOn, daysLeft: daysBetweenIso(today, item.safeOn) }),
      };
      if (offboarding.thread) alert.thread = offboarding.thread;
      alerts.push(alert);
    }
  }
  return alerts.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.id.localeCompare(b.id)));
}

/** The items not yet notified (ids seen before are left out). */
export function newAlerts(alerts: readonly AlertItem[], notifiedIds: ReadonlySet<string>): AlertItem[] {
  return alerts.filter((alert) => !notifiedIds.has(alert.id));
}

/** Badge text: the count, "99+" past 99, empty when nothing is due; a "!" after it when a backup is due. */
export function badgeText(count: number, backupDue = false): string {
  const due = count <= 0 ? '' : count > 99 ? '99+' : String(count);
  return backupDue ? `${due}!` : due;
}

/** The toolbar button's tooltip while a backup is due. */
export function backupDueTitle(daysSince: number | null): Bilingual {
  if (daysSince === null) {
    return { pl: 'Offboard: nie masz jeszcze kopii danych. Zapisz ją w ustawieniach (Dane).', en: 'Offboard: there is no backup of your data yet. Save one in the settings (Data).' };
  }
  return {
    pl: `Offboard: ostatnia kopia danych ma ${formatCount(daysSince, 'days', 'pl')}. Zapisz nową w ustawieniach (Dane).`,
    en: `Offboard: your last backup is ${formatCount(daysSince, 'days', 'en')} old. Save a new one in the settings (Data).`,
  };
}

/** The toolbar button's tooltip after the automatic backup failed (it wins over the reminder's: it is news). */
export function autoBackupFailedTitle(code: AutoBackupFailure['code']): Bilingual {
  if (code === 'permission-removed') {
    return {
      pl: 'Offboard: automatyczna kopia danych jest wyłączona, bo cofnięto zgodę na zapisywanie pobranych plików. Szczegóły w ustawieniach (Dane).',
      en: 'Offboard: automatic backup is off because the permission to save downloads was withdrawn. Details in the settings (Data).',
    };
  }
  return {
    pl: 'Offboard: nie udało się zapisać automatycznej kopii danych. Szczegóły w ustawieniach (Dane).',
    en: 'Offboard: the automatic backup could not be saved. Details in the settings (Data).',
  };
}

function displayName(client: Pick<Client, 'name' | 'company'>): string {
  return client.company && client.company !== client.name ? `${client.name} (${client.company})` : client.name;
}

function alertTexts(
  what: DeadlineKind,
  on: string,
  daysLeft: number,
  name: string,
  closedOn: string | undefined,
  safe?: { on: string; daysLeft: number },
): { title: Bilingual; body: Bilingual } {
  const date = { pl: formatDisplayDate(on, 'pl'), en: formatDisplayDate(on, 'en') };
  switch (what) {
    case 'notice-end':
      return {
        title: { pl: `Koniec okresu wypowiedzenia: ${name}`, en: `Notice period ending: ${name}` },
        body: {
          pl: `Współpraca kończy się ${whenPl(daysLeft)} (${date.pl}). Sprawdź przekazanie, dostępy i rozliczenie.`,
          en: `The agreement ends ${whenEn(daysLeft)} (${date.en}). Check the handover, access and settlement.`,
        },
      };
    case 'payment-due': {
      const late = -daysLeft;
      return {
        title: { pl: `Płatność po terminie: ${name}`, en: `Payment overdue: ${name}` },
        body: {
          pl: `Termin płatności minął ${date.pl} (${agoPl(late)}). Rozważ wysłanie przypomnienia o płatności.`,
          en: `Payment was due on ${date.en} (${agoEn(late)}). Consider sending a payment reminder.`,
        },
      };
    }
    case 'feedback-due': {
      const closed = closedOn ?? on;
      const since = daysBetweenIso(closed, on) - daysLeft;
      return {
        title: { pl: `Czas poprosić o opinię: ${name}`, en: `Time to ask for feedback: ${name}` },
        body: {
          pl: `Współpraca zakończyła się ${formatDisplayDate(closed, 'pl')} (${agoPl(since)}). To dobry moment, by poprosić o opinię.`,
          en: `Your work together ended on ${formatDisplayDate(closed, 'en')} (${agoEn(since)}). A good moment to ask for feedback.`,
        },
      };
    }
    case 'non-renewal-by': {
      const legal = {
        pl: `Informacja o nieprzedłużeniu umowy musi dotrzeć do klienta najpóźniej ${date.pl} (${whenPl(daysLeft)}), inaczej umowa może się przedłużyć.`,
        en: `The non-renewal notice must reach the client by ${date.en} (${whenEn(daysLeft)}), or the agreement may renew.`,
      };
      return {
        title: { pl: `Termin na informację o nieprzedłużeniu umowy: ${name}`, en: `Deadline for a non-renewal notice: ${name}` },
        body: safe ? { pl: `${legal.pl} ${safeDayPl(on, safe)}`, en: `${legal.en} ${safeDayEn(on, safe)}` } : legal,
      };
    }
    case 'notice-by':
      return {
        title: { pl: `Termin na wypowiedzenie: ${name}`, en: `Last day for your notice: ${name}` },
        body: {
          pl: `Aby umowa rozwiązała się w dniu uzgodnionym w rozmowie, wypowiedzenie musi dotrzeć do klienta najpóźniej ${date.pl} (${whenPl(daysLeft)}).`,
          en: `For the agreement to end on the day agreed in your call, your notice must reach the client by ${date.en} (${whenEn(daysLeft)}).`,
        },
      };
  }
}

/**
 * The legal last day falls on a Saturday, Sunday or holiday: it is not moved (art. 115 k.c. extends
 * a term for performing an act, not one by which a statement must reach the client, counted back
 * from the end), and nothing is delivered that day, so the practical last day is the working day before.
 */
function safeDayPl(on: string, safe: { on: string; daysLeft: number }): string {
  const day = formatDisplayDate(safe.on, 'pl');
  const why = `${DAY_KIND_PL[dayKind(on)]}: poczta i kurierzy zwykle wtedy nie doręczają, a termin nie przesuwa się na kolejny dzień roboczy`;
  return safe.daysLeft >= 0
    ? `To ${why}, więc bezpiecznie jest, by informacja dotarła najpóźniej ${day} (${whenPl(safe.daysLeft)}).`
    : `To ${why}; ostatni dzień roboczy przed nim (${day}) już minął, więc wyślij informację od razu i zachowaj dowód jej doręczenia.`;
}

function safeDayEn(on: string, safe: { on: string; daysLeft: number }): string {
  const day = formatDisplayDate(safe.on, 'en');
  const why = `That is ${DAY_KIND_EN[dayKind(on)]}: post and couriers do not usually deliver then, and the deadline does not move to the next working day`;
  return safe.daysLeft >= 0
    ? `${why}, so make sure the notice arrives by ${day} (${whenEn(safe.daysLeft)}).`
    : `${why}. The last working day before it (${day}) has passed: send the notice at once and keep proof of delivery.`;
}

type DayKind = 'saturday' | 'sunday' | 'holiday';
const DAY_KIND_PL: Record<DayKind, string> = { saturday: 'sobota', sunday: 'niedziela', holiday: 'dzień ustawowo wolny od pracy' };
const DAY_KIND_EN: Record<DayKind, string> = { saturday: 'a Saturday', sunday: 'a Sunday', holiday: 'a public holiday' };

function dayKind(iso: string): DayKind {
  const weekday = new Date(`${iso}T12:00:00Z`).getUTCDay();
  return weekday === 6 ? 'saturday' : weekday === 0 ? 'sunday' : 'holiday';
}

function whenPl(daysLeft: number): string {
  if (daysLeft === 0) return 'dziś';
  if (daysLeft === 1) return 'jutro';
  return `za ${formatCount(daysLeft, 'days', 'pl')}`;
}

function whenEn(daysLeft: number): string {
  if (daysLeft === 0) return 'today';
  if (daysLeft === 1) return 'tomorrow';
  return `in ${formatCount(daysLeft, 'days', 'en')}`;
}

function agoPl(days: number): string {
  if (days <= 0) return 'dziś';
  if (days === 1) return 'wczoraj';
  return `${formatCount(days, 'days', 'pl')} temu`;
}

function agoEn(days: number): string {
  if (days <= 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${formatCount(days, 'days', 'en')} ago`;
}
