/**
 * The parties as a document names them: the user and the client with their register details, who
 * represents a company, and the signature lines under which each signs.
 */
import type { Client, Lang, Settings } from '../offboarding/types';
import { clientPartyName, hasLegalFormSuffix, isBusinessClient, nameIsAddress } from '../offboarding/client';
import { isKrsRegisteredForm, isPolishAddress } from '../offboarding/company';
import { registrationLines, registryLines } from './party-lines';
import { addressLines } from '../offboarding/postal-address';
import type { FactSheet } from './context';
import type { FactPath } from './labels';
import { isInOtherLanguage } from '../templates/text-language';
import type { PartyBlock, SignatureLine } from './model';

export interface Party {
  block: PartyBlock;
  /** The party's name as the document writes it. */
  name: string;
  /** Who signs for it, when the document names that person. */
  signatory?: string;
  /** A company (it acts through its representative), not a person. */
  company?: boolean;
}

/**
 * The user as a party: the company when one is recorded, else the person. A business (a company
 * name) in Poland is identified by its NIP, and a company or partnership also by its KRS number.
 */
export function senderParty(sheet: FactSheet, roleName: string): Party | undefined {
  const profile = sheet.input.settings.profile;
  const company = profile.company?.trim();
  const person = profile.name.trim();
  const incorporated = company !== undefined && company !== '' && (isKrsRegisteredForm(company) || hasLegalFormSuffix(company));
  // A sole trader is the person: English writes "Magdalena Kaczmarek trading as Kaczmarek
  // Translations"; Polish the business name, then the name (as CEIDG lists it).
  // A sole trader has no legal personality: the party is the person, who trades under the business
  // name — "Magdalena Kaczmarek trading as Kaczmarek Translations"; "Ewa Nowak, prowadząca
  // działalność gospodarczą pod firmą …" (review6-pl B8), in the user's own grammatical form.
  const soleTrader = company && person && !incorporated ? (sheet.lang === 'en' ? `${person} trading as ${company}` : `${person}, ${soleTraderPhrase(profile.senderForm)} ${company}`) : undefined;
  const name = sheet.need('parties.sender', soleTrader ?? (company || person || undefined));
  const lines: string[] = [];
  // A company acts through a person. English documents name the signatory's capacity in the
  // signature block, not in the heading.
  if (company && person && incorporated && sheet.lang === 'pl') lines.push(representationLine(senderSignatory(sheet.input.settings) ?? person));
  const address = sheet.address('sender.address', profile.address);
  if (address) lines.push(...addressLines(address, sheet.lang));
  const polish = address ? isPolishAddress(address) : true;
  const nip = company ? sheet.registryNumber('sender.nip', profile.nip, polish) : profile.nip;
  const krs = company && isKrsRegisteredForm(company) ? sheet.registryNumber('sender.krs', profile.krs, polish) : profile.krs;
  lines.push(...registryLines(nip, krs, sheet.lang));
  if (company) {
    const registration = {
      companyNumber: profile.companyNumber ?? sheet.typed('sender.companyNumber'),
      registeredIn: profile.registeredIn ?? sheet.typed('sender.registeredIn'),
      registeredOffice: profile.registeredOffice ?? sheet.typed('sender.registeredOffice'),
    };
    lines.push(...registrationLines(registration, sheet.lang));
  }
  if (name === undefined) return undefined;
  return { name, block: { role: roleName, lines: [name, ...lines] } };
}

/** "prowadząca działalność gospodarczą pod firmą": the participle in the user's form; "przedsiębiorca prowadzący …" when not said. */
function soleTraderPhrase(form: Settings['profile']['senderForm']): string {
  if (form === 'f') return 'prowadząca działalność gospodarczą pod firmą';
  if (form === 'm') return 'prowadzący działalność gospodarczą pod firmą';
  return 'przedsiębiorca prowadzący działalność gospodarczą pod firmą';
}

/**
 * How a document names the client: `signs` — the client signs it, so a company or partnership
 * names who signs for it (typed by the user, asked for when missing); `addressed` — a letter to
 * the client (the notice): the company is the addressee, and its representative, when known, is
 * the person it is for ("Adresat", "For the attention of"), never someone acting in it.
 */
export type ClientRole = 'signs' | 'addressed' | 'named';

/** The client as a party, identified as senderParty identifies the user. */
export function clientParty(sheet: FactSheet, client: Client, roleName: string, how: ClientRole = 'named'): Party | undefined {
  const name = sheet.need('parties.client', clientPartyName(client));
  const lines: string[] = [];
  const company = hasLegalFormSuffix(name ?? '');
  // Who acts for a company is printed wherever it is known, and asked for where the client signs.
  // Typed in the other language than the document ("Prezes Zarządu" in an English agreement), it
  // is not printed: it is asked for again in the document's language (review10-en C9).
  const given = client.representative?.trim() || sheet.typed('client.representative');
  const known = given !== undefined ? inDocumentLanguage(sheet, 'client.representative', given, positionOf(given)) : undefined;
  const representative = company ? (how === 'signs' && given === undefined ? sheet.need('client.representative', undefined) : known) : undefined;
  if (representative && how !== 'addressed' && sheet.lang === 'pl') lines.push(representationLine(representative));
  // A private client (or a sole trader) signs in his own name; a company's signatory is its representative.
  const ownName = !company && name !== undefined ? personalName(client) : undefined;
  const signatory = representative ?? ownName;
  const address = sheet.address('client.address', client.address);
  if (address) lines.push(...addressLines(address, sheet.lang));
  const polish = address ? isPolishAddress(address) : true;
  const nip = sheet.registryNumber('client.nip', client.nip, isBusinessClient(client) && polish);
  const krs = isKrsRegisteredForm(name ?? '') ? sheet.registryNumber('client.krs', client.krs, polish) : client.krs;
  lines.push(...registryLines(nip, krs, sheet.lang));
  if (company) {
    lines.push(
      ...registrationLines(
        {
          companyNumber: client.companyNumber ?? sheet.typed('client.companyNumber'),
          registeredIn: client.registeredIn ?? sheet.typed('client.registeredIn'),
          registeredOffice: client.registeredOffice ?? sheet.typed('client.registeredOffice'),
        },
        sheet.lang,
      ),
    );
  }
  // "Do rąk" governs the genitive, which a typed name cannot be reliably declined into; a label
  // keeps the name in the nominative it was typed in (review9-pl B1).
  if (representative && how === 'addressed') lines.push(sheet.lang === 'pl' ? `Adresat: ${representative.split(',').map((part) => part.trim()).join(' – ')}` : `For the attention of: ${representative}`);
  if (name === undefined) return undefined;
  // "Acme Sp. z o.o., w imieniu której działa …": the name and the phrase after it are one sentence.
  const first = lines[0]?.startsWith('w imieniu ') ? `${name},` : name;
  return { name, block: { role: roleName, lines: [first, ...lines] }, company, ...(signatory ? { signatory } : {}) };
}

/** The position after the name ("Anna Kowalska, Prezes Zarządu" → "Prezes Zarządu"): a name alone tells no language. */
function positionOf(representative: string): string {
  const comma = representative.indexOf(',');
  return comma === -1 ? '' : representative.slice(comma + 1);
}

/**
 * A value the user typed, where the document's language can tell it apart: in the other language
 * it is a missing fact with why (the flag reason notes get in messages, templates/variables.ts),
 * never printed as it is. `probe`: the part of the value that carries words, not names.
 */
export function inDocumentLanguage(sheet: FactSheet, path: FactPath, value: string, probe: string = value): string | undefined {
  if (!isInOtherLanguage(probe, sheet.lang)) return value;
  sheet.lack(path, sheet.lang === 'pl' ? `„${value}” jest napisane po angielsku: podaj to po polsku` : `“${value}” is written in Polish: give it in English`);
  return undefined;
}

/** The client's signature line: in English, a company signs "for and on behalf of" itself, by its representative. */
export function clientSignatureLine(them: Party, lang: Lang, caption: string): SignatureLine {
  const name = them.signatory ? { name: them.signatory } : {};
  if (lang === 'en' && them.company) return { caption: `Signed for and on behalf of ${them.name}`, ...name };
  return { caption, ...name };
}

/** The person behind a client that is no company: the client's own name, unless it is only an address. */
function personalName(client: Client): string | undefined {
  const name = client.name.trim();
  return name && !nameIsAddress(name) ? name : undefined;
}

/**
 * "w imieniu której działa Anna Kowalska – Prezes Zarządu": the typed name stays in the nominative,
 * which this phrase takes ("reprezentowana przez" would need the accusative, and a typed name is
 * not declined by guess: "Lis" → "Lisa", "Grant" → "Granta"). The function follows a dash.
 */
export function representationLine(person: string): string {
  const parts = person.split(',');
  const withDash = parts.length === 2 ? `${parts[0]?.trim()} – ${parts[1]?.trim()}` : person;
  return `w imieniu której działa ${withDash}`;
}

/** The user's signature: their name, and their role when recorded. */
export function senderSignatory(settings: Settings): string | undefined {
  const { name, role: jobTitle } = settings.profile;
  const parts = [name.trim(), jobTitle?.trim()].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : undefined;
}

/**
 * The user's signature line. An English document signed for a company says so ("Signed for and on
 * behalf of Northwind Studio Ltd", the name and position below); otherwise the role's caption.
 */
export function senderSignatureLine(settings: Settings, lang: Lang, roleCaption: string): SignatureLine {
  const company = settings.profile.company?.trim();
  const name = senderSignatory(settings);
  const signsForCompany = company && (isKrsRegisteredForm(company) || hasLegalFormSuffix(company));
  if (lang === 'en' && signsForCompany) return { caption: `Signed for and on behalf of ${company}`, name };
  return { caption: roleCaption, name };
}
