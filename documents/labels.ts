/**
 * Labels of the facts documents need. Where a fact is also a message variable its path and label
 * are the message engine's own (templates/variables.ts VARIABLE_LABELS), so the missing-values form
 * asks for it once; the rest are the documents' own, in the same { pl, en } form.
 */
import type { Lang } from '../offboarding/types';
import { VARIABLE_LABELS, type KnownVariable } from '../templates/variable-labels';
import { messageValueAnswers, YES_NO_ANSWERS, type ClosedAnswers } from '../templates/value-answers';

export const DOCUMENT_VALUE_LABELS = {
  'document.place': { pl: 'miejscowość sporządzenia dokumentu', en: 'place where the document is signed' },
  'client.address': { pl: 'adres klienta (ulica, kod pocztowy, miejscowość)', en: "client's address (street, postcode, city)" },
  'client.nip': { pl: 'NIP klienta', en: "client's tax ID (NIP)" },
  'client.krs': { pl: 'numer KRS spółki klienta', en: "the client company's KRS number" },
  'client.representative': {
    pl: 'kto podpisuje w imieniu klienta (imię, nazwisko, funkcja)',
    en: 'who signs for the client (name and position)',
  },
  // Joint representation (art. 39 k.c.; a company's articles): the second person who signs with the first (review10-pl B10).
  'client.secondRepresentative': {
    pl: 'druga osoba podpisująca w imieniu klienta, gdy spółkę reprezentują łącznie dwie osoby (imię, nazwisko, funkcja; opcjonalnie)',
    en: 'a second person who signs for the client, where two must sign together (name and position; optional)',
  },
  'client.companyNumber': { pl: 'numer spółki klienta w rejestrze zagranicznym (np. Companies House; opcjonalnie)', en: "the client company's number (e.g. Companies House; optional)" },
  'client.registeredIn': { pl: 'gdzie spółka klienta jest zarejestrowana (np. England and Wales; opcjonalnie)', en: "where the client company is registered (e.g. England and Wales; optional)" },
  'client.registeredOffice': { pl: 'adres siedziby spółki klienta (opcjonalnie)', en: "the client company's registered office (optional)" },
  'client.bankAccount': { pl: 'numer rachunku bankowego, który klient wskazał do zwrotu', en: 'the bank account the client gave for the refund' },
  'client.bic': { pl: 'BIC (SWIFT) banku klienta, przy zwrocie za granicę (opcjonalnie)', en: "BIC (SWIFT) of the client's bank, for a refund abroad (optional)" },
  'sender.address': { pl: 'Twój adres (ulica, kod pocztowy, miejscowość)', en: 'your address (street, postcode, city)' },
  'sender.nip': { pl: 'Twój NIP', en: 'your tax ID (NIP)' },
  'sender.krs': { pl: 'numer KRS Twojej spółki', en: "your company's KRS number" },
  'sender.bic': { pl: 'BIC (SWIFT) Twojego banku, gdy klient płaci z zagranicy (opcjonalnie)', en: 'BIC (SWIFT) of your bank, for a payment from abroad (optional)' },
  'sender.companyNumber': { pl: 'numer Twojej spółki w rejestrze zagranicznym (np. Companies House)', en: 'your company number (e.g. Companies House)' },
  'sender.registeredIn': { pl: 'gdzie Twoja spółka jest zarejestrowana (np. England and Wales)', en: 'where your company is registered (e.g. England and Wales)' },
  'sender.registeredOffice': { pl: 'adres siedziby Twojej spółki', en: "your company's registered office" },
  'settlement.deadline': { pl: 'termin zapłaty salda', en: 'deadline for paying the balance' },
  'settlement.liabilityBasis': {
    // What is known on the statement's day: a refund still to be worked out is "obliczona przy
    // założeniu", never "rozliczona" (review9-pl A4).
    pl: 'podstawa kwoty, którą jesteś winien klientowi, gdy nie ma numeru dokumentu, według stanu na dziś (np. „zaliczka na wynagrodzenie za czerwiec 2026 r. wpłacona w dniu 1 czerwca 2026 r.; kwota zwrotu obliczona przy założeniu wykonania 20 godzin do dnia rozwiązania Umowy”)',
    en: 'the basis of an amount you owe the client that has no document number (e.g. “overpayment: payment of 2 June 2026 against invoice R/6/2026”)',
  },
  'agreement.signedOn': {
    pl: 'dzień podpisania porozumienia (opcjonalnie; bez niego zostaje miejsce do wpisania przy podpisie)',
    en: 'the day the agreement is signed (optional; left blank to be written in at signing)',
  },
  'agreement.place': {
    pl: 'miejscowość podpisania porozumienia (opcjonalnie; bez niej zostaje miejsce do wpisania)',
    en: 'the place where the agreement is signed (optional; left blank otherwise)',
  },
  'agreement.workInProgress': { pl: 'co dzieje się z pracami w toku (opcjonalnie)', en: 'what happens to work in progress (optional)' },
  // Asked where a refund is worked out while the contract still runs: only the user knows whether it
  // settles the fee up to the end date or the rest will be billed (review11 PL A3). Chosen, not typed: DOCUMENT_VALUE_ANSWERS.
  'agreement.feesSettled': {
    pl: 'czy kwoty wymienione w porozumieniu rozliczają w całości wynagrodzenie do dnia rozwiązania umowy (np. zwrot zaliczki obliczony do tego dnia); przy „nie” dalsze wynagrodzenie zostanie rozliczone na zasadach umowy',
    en: 'whether the amounts listed in the agreement settle your fees in full up to the termination date (e.g. a refund of an advance worked out to that day); with “no”, further fees are billed under the contract',
  },
  'agreement.exceptions': { pl: 'dodatkowe wyjątki od zrzeczenia się roszczeń (opcjonalnie)', en: 'further exceptions to the waiver of claims (optional)' },
  'inventory.personalData': { pl: 'zbiory danych osobowych w spisie przekazania', en: 'personal data sets in the handover inventory' },
  'inventory.personalDataOpen': { pl: 'dane osobowe jeszcze niezwrócone i nieusunięte', en: 'personal data not yet returned or deleted' },
  'dataReturn.copiesDeletedOn': {
    pl: 'dzień, w którym usunięto (albo do którego zostaną usunięte) wszystkie kopie tych danych, w tym kopie zapasowe',
    en: 'the day by which all copies of the data, backups included, were (or will be) deleted',
  },
  'dataReturn.retention': {
    pl: 'dokumenty, które prawo nakazuje Ci zachować jako administrator (np. własne faktury), i podstawa (opcjonalnie)',
    en: 'records the law requires you to keep as a controller yourself (e.g. your own invoices), and why (optional)',
  },
} as const satisfies Record<string, { pl: string; en: string }>;

export type DocumentValuePath = keyof typeof DOCUMENT_VALUE_LABELS;

/** The documents' values with a closed set of answers: chosen in the sidebar, not typed. */
export const DOCUMENT_VALUE_ANSWERS: Readonly<Partial<Record<DocumentValuePath, ClosedAnswers>>> = {
  'agreement.feesSettled': YES_NO_ANSWERS,
};

/** A document value's answers (its own, or the message engine's for a shared path), when it has a closed set. */
export function factAnswers(path: string): ClosedAnswers | undefined {
  return Object.hasOwn(DOCUMENT_VALUE_ANSWERS, path) ? DOCUMENT_VALUE_ANSWERS[path as DocumentValuePath] : messageValueAnswers(path);
}

/** Paths the documents use from the message engine. */
export type SharedValuePath = Extract<
  KnownVariable,
  | 'contract.signedOn'
  | 'notice.deliveryOn'
  | 'agreement.endDate'
  | 'parties.client'
  | 'parties.sender'
  | 'sender.bankAccount'
  | 'sender.currencyAccount'
  | 'settlement.items'
  | 'handover.items'
>;

export type FactPath = DocumentValuePath | SharedValuePath;

export function factLabel(path: FactPath, lang: Lang): string {
  if (Object.hasOwn(DOCUMENT_VALUE_LABELS, path)) return DOCUMENT_VALUE_LABELS[path as DocumentValuePath][lang];
  return VARIABLE_LABELS[path as SharedValuePath][lang];
}
