/**
 * What every document draws from the record: the parties' roles under the contract, the
 * contract's reference, the place and date, and the typed values (the parties themselves:
 * parties.ts). Facts the record lacks are collected as missing instead of being filled with a default.
 */
import type { Client, ContractType, Lang, Offboarding, PostalAddress, Settings } from '../offboarding/types';
import { normalizeBic, normalizeKrs, normalizeNip, parsePostalAddress } from '../offboarding/company';
import { parseIsoDateParts } from '../offboarding/calendar';
import { formatDate } from '../templates/format';
import { contractNames } from '../templates/contract-names';
import { parseTypedDate } from '../templates/typed-date';
import { factLabel, type FactPath } from './labels';
import type { DocumentKind, MissingFact } from './model';

export interface DocumentInput {
  client?: Client;
  offboarding?: Offboarding;
  settings: Settings;
  /** The user's date, ISO; the document's date. */
  today: string;
  lang: Lang;
  /** Values typed in the missing-values form, by path ("agreement.endDate": "2026-04-30"). */
  values?: Readonly<Record<string, string>>;
}

/** A noun in the cases the documents' sentences need (Polish); English uses one form. */
export interface RoleName {
  nom: string;
  gen: string;
  dat: string;
  acc: string;
  ins: string;
}

const role = (nom: string, gen: string, dat: string, acc: string, ins: string): RoleName => ({ nom, gen, dat, acc, ins });
const englishRole = (name: string): RoleName => role(name, name, name, name, name);

/** The parties' names under each kind of contract: the client first, then the user. */
const CONTRACT_ROLES: Record<ContractType, { client: RoleName; us: RoleName }> = {
  zlecenie: {
    client: role('Zleceniodawca', 'Zleceniodawcy', 'Zleceniodawcy', 'Zleceniodawcę', 'Zleceniodawcą'),
    us: role('Zleceniobiorca', 'Zleceniobiorcy', 'Zleceniobiorcy', 'Zleceniobiorcę', 'Zleceniobiorcą'),
  },
  // A services contract names its parties after the service ("Wykonawca / Zamawiający" belongs to
  // the umowa o dzieło and public procurement; review6-pl B12).
  service: {
    client: role('Usługobiorca', 'Usługobiorcy', 'Usługobiorcy', 'Usługobiorcę', 'Usługobiorcą'),
    us: role('Usługodawca', 'Usługodawcy', 'Usługodawcy', 'Usługodawcę', 'Usługodawcą'),
  },
  dzielo: {
    client: role('Zamawiający', 'Zamawiającego', 'Zamawiającemu', 'Zamawiającego', 'Zamawiającym'),
    us: role('Wykonawca', 'Wykonawcy', 'Wykonawcy', 'Wykonawcę', 'Wykonawcą'),
  },
  other: {
    client: role('Zamawiający', 'Zamawiającego', 'Zamawiającemu', 'Zamawiającego', 'Zamawiającym'),
    us: role('Wykonawca', 'Wykonawcy', 'Wykonawcy', 'Wykonawcę', 'Wykonawcą'),
  },
};

/**
 * A contract whose type is not recorded (issue 12): names that presume none. "Zleceniodawca",
 * "Usługobiorca" or "Zamawiający" would each name a type; "Klient" and "Wykonawca" are what
 * Polish B2B contracts of any kind call the parties.
 */
const UNKNOWN_TYPE_ROLES: { client: RoleName; us: RoleName } = {
  client: role('Klient', 'Klienta', 'Klientowi', 'Klienta', 'Klientem'),
  us: role('Wykonawca', 'Wykonawcy', 'Wykonawcy', 'Wykonawcę', 'Wykonawcą'),
};

/** English names the parties the same under every type: "Client" and "Contractor" presume none. */
export const EN_ROLES = { client: englishRole('Client'), us: englishRole('Contractor') };

export function contractRoles(type: ContractType | undefined, lang: Lang): { client: RoleName; us: RoleName } {
  if (lang === 'en') return EN_ROLES;
  return type === undefined ? UNKNOWN_TYPE_ROLES : CONTRACT_ROLES[type];
}

/** Collects what a document lacks while it is being built. */
export class FactSheet {
  readonly missing: MissingFact[] = [];
  constructor(
    readonly input: DocumentInput,
    readonly kind: DocumentKind,
  ) {}

  get lang(): Lang {
    return this.input.lang;
  }

  lack(path: FactPath, detail?: string): void {
    if (this.missing.some((fact) => fact.path === path && fact.detail === detail)) return;
    this.missing.push({ path, label: factLabel(path, this.lang), ...(detail !== undefined ? { detail } : {}) });
  }

  /** A recorded value, else the typed one, else missing. */
  need(path: FactPath, recorded: string | undefined): string | undefined {
    const value = recorded?.trim() || this.typed(path);
    if (value === undefined) this.lack(path);
    return value;
  }

  /** The value typed for a path, trimmed; undefined when none was typed. */
  typed(path: FactPath): string | undefined {
    const value = this.input.values?.[path];
    return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
  }

  /** The recorded address, else the typed one ("ul. Prosta 1, 00-850 Warszawa"), else missing (with why, when unreadable). */
  address(path: 'client.address' | 'sender.address', recorded: PostalAddress | undefined): PostalAddress | undefined {
    if (recorded) return recorded;
    const text = this.typed(path);
    if (text === undefined) {
      this.lack(path);
      return undefined;
    }
    const parsed = parsePostalAddress(text);
    if ('address' in parsed) return parsed.address;
    this.lack(path, this.lang === 'pl' ? 'podaj ulicę, potem kod pocztowy i miejscowość, np. „ul. Prosta 1, 00-850 Warszawa”' : 'give the street, then the postcode and town, e.g. “1 Main Street, London N1 7GR, United Kingdom”');
    return undefined;
  }

  /** The recorded NIP or KRS number, else the typed one when valid; `required`: missing without one. */
  registryNumber(path: 'client.nip' | 'client.krs' | 'sender.nip' | 'sender.krs', recorded: string | undefined, required: boolean): string | undefined {
    if (recorded) return recorded;
    const text = this.typed(path);
    if (text === undefined) {
      if (required) this.lack(path);
      return undefined;
    }
    const nip = path.endsWith('.nip');
    const result = nip ? normalizeNip(text) : normalizeKrs(text);
    if ('nip' in result) return result.nip;
    if ('krs' in result) return result.krs;
    const why = nip
      ? this.lang === 'pl' ? `„${text}” nie jest prawidłowym numerem NIP (10 cyfr z cyfrą kontrolną)` : `“${text}” is not a valid NIP (10 digits with a check digit)`
      : this.lang === 'pl' ? `„${text}” nie jest numerem KRS (do 10 cyfr)` : `“${text}” is not a KRS number (up to 10 digits)`;
    this.lack(path, why);
    return undefined;
  }

  /** The recorded BIC, else the typed one when valid (a wrong one is asked for again, with why); optional. */
  bic(path: 'sender.bic' | 'client.bic', recorded: string | undefined): string | undefined {
    if (recorded) return recorded;
    const text = this.typed(path);
    if (text === undefined) return undefined;
    const result = normalizeBic(text);
    if ('bic' in result) return result.bic;
    this.lack(path, this.lang === 'pl' ? `„${text}” nie jest kodem BIC (8 lub 11 znaków, np. BPKOPLPW)` : `“${text}” is not a BIC (8 or 11 characters, e.g. BPKOPLPW)`);
    return undefined;
  }

  /** A typed date (ISO or DD.MM.YYYY); a text that is no date counts as missing, with why. */
  typedDate(path: FactPath): string | undefined {
    const text = this.typed(path);
    if (text === undefined) return undefined;
    const iso = parseTypedDate(text);
    if (iso === undefined) this.lack(path, this.lang === 'pl' ? `„${text}” to nie data` : `“${text}” is not a date`);
    return iso;
  }
}

export function date(iso: string, lang: Lang): string {
  return formatDate(iso, lang);
}

/**
 * "Kraków, 10 marca 2026 r." from the typed place, else the user's city. Every English document is
 * dated without a place, as UK documents are: place-then-date is the Polish convention, and within
 * one set it read inconsistently (review9-en C6, replacing review7-en B8's place on the record).
 */
export function placeAndDate(sheet: FactSheet): string | undefined {
  if (sheet.lang === 'en') return date(sheet.input.today, 'en');
  const typedAddress = sheet.typed('sender.address');
  const parsed = typedAddress !== undefined ? parsePostalAddress(typedAddress) : undefined;
  const typedCity = parsed && 'address' in parsed ? parsed.address.city : undefined;
  const place = sheet.typed('document.place') ?? sheet.input.settings.profile.address?.city.trim() ?? typedCity;
  if (!place) {
    sheet.lack('document.place');
    return undefined;
  }
  return `${place}, ${date(sheet.input.today, sheet.lang)}`;
}

export interface ContractReference {
  /** pl: "umowę o świadczenie usług nr 12/2026 zawartą w dniu 2 stycznia 2026 r."; en: "the services agreement no. 12/2026 dated 2 January 2026". */
  accusative: string;
  /** pl: "umowy … zawartej w dniu …"; en as accusative. */
  genitive: string;
}

/**
 * The contract by name, number and date. Its date identifies it: a document that acts on the
 * contract requires it; one that only refers to it leaves the reference out without it.
 */
export function contractReference(sheet: FactSheet, client: Client, required = true): ContractReference | undefined {
  const contract = client.contract;
  const signedOn = contract.signedOn ?? sheet.typedDate('contract.signedOn');
  if (signedOn === undefined) {
    if (required) sheet.lack('contract.signedOn');
    return undefined;
  }
  const lang = sheet.lang;
  const [, accusative, genitive] = contractNames(contract.type, contract.title?.trim() || undefined, lang);
  const number = contract.number?.trim();
  if (lang === 'pl') {
    const no = number ? ` nr ${number}` : '';
    return {
      accusative: `${accusative}${no} zawartą w dniu ${date(signedOn, lang)}`,
      genitive: `${genitive}${no} zawartej w dniu ${date(signedOn, lang)}`,
    };
  }
  const no = number ? ` no. ${number}` : '';
  const phrase = `the ${accusative}${no} dated ${date(signedOn, lang)}`;
  return { accusative: phrase, genitive: phrase };
}

/** A file name: the document, the client and the date, ASCII only. */
export function fileNameFor(title: string, clientName: string | undefined, today: string): string {
  parseIsoDateParts(today, 'today');
  const slug = (text: string) =>
    text
      .replace(/[łŁ]/g, 'l')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '');
  return [slug(title), clientName ? slug(clientName) : '', today].filter(Boolean).join('-');
}

/** A typed date that must not lie before today (a deadline); earlier ones are asked for again. */
export function futureTypedDate(sheet: FactSheet, path: FactPath): string | undefined {
  const iso = sheet.typedDate(path);
  if (iso !== undefined && iso < sheet.input.today) {
    sheet.lack(path, sheet.lang === 'pl' ? `${date(iso, 'pl')} już minął` : `${date(iso, 'en')} has passed`);
    return undefined;
  }
  if (iso === undefined && sheet.typed(path) === undefined) sheet.lack(path);
  return iso;
}

/**
 * A typed phrase placed inside a sentence: its own closing "," or ";" goes, and its full stop too,
 * unless the stop belongs to an abbreviation ("2026 r.", "ul.", "pkt.").
 */
export function asClause(text: string): string {
  const trimmed = text.trim().replace(/[;,]+$/, '');
  if (!trimmed.endsWith('.')) return trimmed;
  const lastWord = /(\S+)\.$/.exec(trimmed)?.[1] ?? '';
  return lastWord.length <= 3 && !/\.$/.test(lastWord) ? trimmed : trimmed.slice(0, -1);
}

