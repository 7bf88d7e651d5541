/**
 * Every error a user can meet, in the UI language, naming the field in the user's words and saying
 * what to do. The store refuses with a code and parameters (common/validation-issues.ts); this is
 * the one place that turns them into sentences. Nothing here shows zod's or a developer's wording.
 */
import type { Lang } from '../offboarding/types';
import type { Bilingual } from './i18n';
import type { IssueParams, IssueProblem } from './validation-issues';
import { codedErrorText } from './error-text';

/** The fields a user edits, by the last part of the store path that names them. */
const FIELD_LABELS: Record<string, Bilingual> = {
  name: { pl: 'Nazwa', en: 'Name' },
  company: { pl: 'Firma', en: 'Company' },
  emails: { pl: 'Adresy e-mail', en: 'E-mail addresses' },
  email: { pl: 'Adres e-mail', en: 'E-mail address' },
  domains: { pl: 'Domeny', en: 'Domains' },
  firstName: { pl: 'Imię', en: 'First name' },
  lastName: { pl: 'Nazwisko', en: 'Last name' },
  'recipient.title': { pl: 'Tytuł w zwrocie', en: 'Title in the salutation' },
  'contract.title': { pl: 'Tytuł umowy', en: 'Contract title' },
  'contract.number': { pl: 'Numer umowy', en: 'Contract number' },
  clause: { pl: 'Paragraf o wypowiedzeniu', en: 'Termination clause' },
  signedOn: { pl: 'Data zawarcia umowy', en: 'Contract date' },
  noticePeriod: { pl: 'Okres wypowiedzenia', en: 'Notice period' },
  nonRenewalNoticeDays: { pl: 'Termin zawiadomienia o nieprzedłużeniu', en: 'Non-renewal notice' },
  fixedTermEndsOn: { pl: 'Koniec okresu umowy', en: 'End of the contract term' },
  description: { pl: 'Opis pozycji', en: 'Item description' },
  amountMinor: { pl: 'Kwota', en: 'Amount' },
  currency: { pl: 'Waluta', en: 'Currency' },
  invoiceNo: { pl: 'Numer faktury', en: 'Invoice number' },
  dueOn: { pl: 'Termin płatności', en: 'Due date' },
  note: { pl: 'Notatka', en: 'Note' },
  notes: { pl: 'Notatki', en: 'Notes' },
  reasonNote: { pl: 'Opis powodu', en: 'Reason in your words' },
  body: { pl: 'Treść szablonu', en: 'Template text' },
  subject: { pl: 'Temat', en: 'Subject' },
  role: { pl: 'Stanowisko', en: 'Role' },
  phone: { pl: 'Telefon', en: 'Phone' },
  bankAccount: { pl: 'Numer rachunku', en: 'Bank account' },
  street: { pl: 'Ulica i numer', en: 'Street' },
  postalCode: { pl: 'Kod pocztowy', en: 'Postal code' },
  city: { pl: 'Miejscowość', en: 'City' },
  country: { pl: 'Kraj', en: 'Country' },
  nip: { pl: 'NIP', en: 'Tax number (NIP)' },
  krs: { pl: 'KRS', en: 'Company register number (KRS)' },
  bic: { pl: 'BIC (SWIFT)', en: 'BIC (SWIFT)' },
  companyNumber: { pl: 'Numer spółki w rejestrze zagranicznym', en: 'Company number' },
  registeredIn: { pl: 'Rejestr (kraj lub jurysdykcja)', en: 'Place of registration' },
  registeredOffice: { pl: 'Adres siedziby', en: 'Registered office' },
  servedOn: { pl: 'Data wypowiedzenia', en: 'Notice date' },
  deliveredOn: { pl: 'Data doręczenia', en: 'Delivery date' },
  acknowledgedOn: { pl: 'Data potwierdzenia', en: 'Acknowledgement date' },
  closedOn: { pl: 'Data zamknięcia', en: 'Closing date' },
  startedOn: { pl: 'Data rozpoczęcia', en: 'Start date' },
  // The handover inventory: "patch.item.on" in a request, "offboardings[0].inventory[1].on" in a backup.
  'item.name': { pl: 'Co to jest', en: 'What it is' },
  'item.on': { pl: 'Dnia', en: 'On' },
  'item.note': { pl: 'Uwagi', en: 'Note' },
  'item.recipient': { pl: 'Odbiera', en: 'Received by' },
  'inventory.name': { pl: 'Co to jest', en: 'What it is' },
  'inventory.on': { pl: 'Dnia', en: 'On' },
  'inventory.note': { pl: 'Uwagi', en: 'Note' },
  'inventory.recipient': { pl: 'Odbiera', en: 'Received by' },
};

/** The label of the field a store path points at ("changes.contract.clause" → "Paragraf o wypowiedzeniu"). */
export function fieldLabel(path: string, lang: Lang): string | null {
  const parts = path.replace(/\[\d+\]/g, '').split('.').filter((part) => part !== '' && part !== '(root)');
  // The longest known tail wins: "contract.title" before "title".
  for (let start = 0; start < parts.length; start++) {
    const label = FIELD_LABELS[parts.slice(start).join('.')];
    if (label) return label[lang];
  }
  // "noticePeriod.months" names the notice period.
  for (let end = parts.length - 1; end > 0; end--) {
    const label = FIELD_LABELS[parts[end - 1] ?? ''];
    if (label) return label[lang];
  }
  return null;
}

const PROBLEM_TEXT: Record<IssueProblem, Bilingual> = {
  'too-long': { pl: '„{field}” może mieć najwyżej {limit} znaków. Skróć tekst i zapisz ponownie.', en: '“{field}” can be at most {limit} characters long. Shorten it and save again.' },
  'too-many': { pl: '„{field}”: najwyżej {limit} pozycji. Usuń część z nich i zapisz ponownie.', en: '“{field}”: at most {limit} entries. Remove some and save again.' },
  'too-large': { pl: '„{field}” może wynosić najwyżej {limit}. Popraw wartość i zapisz ponownie.', en: '“{field}” can be at most {limit}. Correct it and save again.' },
  'too-small': { pl: '„{field}” musi wynosić co najmniej {limit}. Popraw wartość i zapisz ponownie.', en: '“{field}” must be at least {limit}. Correct it and save again.' },
  required: { pl: 'Uzupełnij pole „{field}” i zapisz ponownie.', en: 'Fill in “{field}” and save again.' },
  'not-whole': { pl: '„{field}” musi być liczbą całkowitą. Popraw wartość i zapisz ponownie.', en: '“{field}” must be a whole number. Correct it and save again.' },
  format: { pl: 'Wartość w polu „{field}” ma niewłaściwy format. Popraw ją i zapisz ponownie.', en: '“{field}” is not in a form the extension can read. Correct it and save again.' },
  choice: { pl: 'W polu „{field}” wybierz jedną z podanych możliwości.', en: 'Choose one of the offered options for “{field}”.' },
  other: { pl: 'Wartość w polu „{field}” nie została przyjęta. Popraw ją i zapisz ponownie.', en: '“{field}” was not accepted. Correct it and save again.' },
  secret: {
    pl: 'W polu „{field}” jest coś, co wygląda na hasło lub klucz. Wpisz tylko, czego dotyczy, a sam sekret przekaż bezpiecznym kanałem.',
    en: '“{field}” holds what looks like a password or key. Write only what it is, and pass the secret on through a safe channel.',
  },
  'date-needed': { pl: 'Uzupełnij pole „{field}”: ten stan wymaga dnia, w którym to nastąpiło.', en: 'Fill in “{field}”: this state needs the day it happened.' },
};

function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** One validation problem as a sentence; `field` falls back to a neutral word when the path is unknown. */
export function issueText(params: IssueParams, lang: Lang): string {
  const field = fieldLabel(params.path, lang) ?? (lang === 'pl' ? 'wartość' : 'value');
  const limit = params.limit === undefined ? '' : params.limit.toLocaleString(lang === 'pl' ? 'pl-PL' : 'en-GB');
  return fill(PROBLEM_TEXT[params.problem][lang], { field, limit });
}

function asIssueParams(params: unknown): IssueParams | null {
  if (params === null || typeof params !== 'object') return null;
  const { path, problem, limit } = params as Record<string, unknown>;
  if (typeof path !== 'string' || typeof problem !== 'string' || !(problem in PROBLEM_TEXT)) return null;
  return typeof limit === 'number' ? { path, problem: problem as IssueProblem, limit } : { path, problem: problem as IssueProblem };
}

/**
 * Any thrown error as a sentence for the user. Refusals with a known code and parameters get their
 * own wording; anything else gets the generic sentence (never the developer's message).
 */
export function userErrorText(error: unknown, lang: Lang): string {
  const { code, params } = (error ?? {}) as { code?: unknown; params?: unknown };
  const issue = asIssueParams(params);
  if (issue) return issueText(issue, lang);
  return codedErrorText(error, lang);
}
