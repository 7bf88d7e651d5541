/**
 * Forms of address: salutations in Polish and English, and the Polish vocative of first names for
 * the warm salutation ("Pani Anno", "Panie Janie"). When a vocative is not certain the formal
 * salutation is used instead: a wrong vocative is worse than a formal one. Never the surname.
 */
import type { AddressForm, Lang, Recipient, Tone } from '../offboarding/types';

/** Frequent names whose vocative the rules below would get wrong (or could not be sure of). */
const IRREGULAR_VOCATIVES: Record<string, string> = {
  // fleeting e
  Paweł: 'Pawle',
  Aleksander: 'Aleksandrze',
  Kacper: 'Kacprze',
  Sylwester: 'Sylwestrze',
  Maciek: 'Maćku',
  Franciszek: 'Franciszku',
  // diminutives
  Ola: 'Olu',
  Ala: 'Alu',
  Ela: 'Elu',
  Ula: 'Ulu',
  Ania: 'Aniu',
  Hania: 'Haniu',
  Bronia: 'Broniu',
  Frania: 'Franiu',
  Maja: 'Maju',
  Kaja: 'Kaju',
  Gaja: 'Gaju',
  Staś: 'Stasiu',
  Jaś: 'Jasiu',
  Krzyś: 'Krzysiu',
  Józek: 'Józku',
  Lech: 'Lechu',
  // names that do not change
  Jerzy: 'Jerzy',
  Antoni: 'Antoni',
  Ignacy: 'Ignacy',
  Ksawery: 'Ksawery',
};

/**
 * The vocative of a Polish first name for the given form of address, or undefined when the rules
 * are not sure (foreign endings, double names, mismatched forms).
 */
export function vocativeOfFirstName(firstName: string, form: 'pan' | 'pani'): string | undefined {
  const name = normaliseName(firstName);
  if (!name) return undefined;
  const irregular = IRREGULAR_VOCATIVES[name];
  if (irregular) return irregular;
  return form === 'pani' ? feminineVocative(name) : masculineVocative(name);
}

function normaliseName(value: string): string | undefined {
  const trimmed = value.trim();
  if (!/^\p{L}{2,}$/u.test(trimmed)) return undefined; // double names, initials, digits: not sure
  // q, v, x only appear in foreign names, whose declension the rules cannot know.
  if (/[qvx]/i.test(trimmed)) return undefined;
  const lower = trimmed.toLocaleLowerCase('pl');
  const upper = trimmed.toLocaleUpperCase('pl');
  // "ANNA" or "anna" typed carelessly: fix the case; "McKenzie"-like casing stays as typed.
  if (trimmed === lower || trimmed === upper) return lower.charAt(0).toLocaleUpperCase('pl') + lower.slice(1);
  if (trimmed.charAt(0) !== trimmed.charAt(0).toLocaleUpperCase('pl')) return undefined;
  return trimmed;
}

function feminineVocative(name: string): string | undefined {
  // Diminutives in -sia, -zia, -cia, -dzia: Kasia → Kasiu, Zosia → Zosiu, Jadzia → Jadziu.
  if (/(?:s|z|c)ia$/.test(name)) return name.slice(0, -1) + 'u';
  // Other -nia names (Ksenia, Sonia) vary between -nio and -niu: not sure.
  if (/nia$/.test(name)) return undefined;
  // -ja after a vowel (Maja, Kaja are irregular above); others are not sure.
  if (/[aeiouyąęó]ja$/.test(name)) return undefined;
  // Anna → Anno, Maria → Mario, Patrycja → Patrycjo, Magdalena → Magdaleno.
  if (/a$/.test(name)) return name.slice(0, -1) + 'o';
  return undefined; // Miriam, Beatrycze, Nel: not sure
}

function masculineVocative(name: string): string | undefined {
  // Kuba → Kubo, Barnaba → Barnabo.
  if (/[^i]a$/.test(name)) return name.slice(0, -1) + 'o';
  // Adjective-like names keep their form: Jerzy, Antoni (and the irregular list).
  if (/[iy]$/.test(name)) return name;
  // -ek drops its e: Marek → Marku, Jacek → Jacku, Leszek → Leszku; softened stems are not sure.
  if (/[^aeiouyąęó]ek$/.test(name) && !/(?:ci|si|zi|ni)ek$/.test(name)) return name.slice(0, -2) + 'ku';
  // Hard endings taking -u: Tomasz → Tomaszu, Wojciech → Wojciechu, Henryk → Henryku, Maciej → Macieju.
  if (/(?:sz|cz|rz|ż|ch|k|g|j|l|ń)$/.test(name)) return name + 'u';
  if (/ś$/.test(name)) return name.slice(0, -1) + 'siu';
  // Softening before -e: Ernest → Erneście, Robert → Robercie, Konrad → Konradzie, Piotr → Piotrze, Michał → Michale.
  if (/st$/.test(name)) return name.slice(0, -2) + 'ście';
  if (/t$/.test(name)) return name.slice(0, -1) + 'cie';
  if (/d$/.test(name)) return name + 'zie';
  if (/r$/.test(name)) return name + 'ze';
  if (/ł$/.test(name)) return name.slice(0, -1) + 'le';
  // Jan → Janie, Adam → Adamie, Krzysztof → Krzysztofie, Stanisław → Stanisławie, Jakub → Jakubie.
  if (/[nmfwbps]$/.test(name)) return name + 'ie';
  if (/z$/.test(name)) return name + 'ie';
  return undefined; // -o, -e, -x, -c and other foreign endings: not sure
}

export interface SalutationOptions {
  /** The client's company: an English letter to no named person greets its team ("Dear Acme team,"). */
  company?: string;
  /** The contact's full name as the record holds it ("Mark Thompson"): where the surname comes from
   * when only the first name was typed, so that the first name is not used unasked. */
  contactName?: string;
  /** The message's tone; formal when absent (the safe choice for a notice). */
  tone?: Tone;
  /** A formal statement (a notice, a withdrawal): to a firm with no named person English writes
   * "Dear Sir or Madam," (then "Yours faithfully,"), not "Dear Acme team," (review6-en C8). */
  statement?: boolean;
  /** A letter the recipient may show to a debt adviser or a court (a demand for payment before
   * legal action, a letter before claim): "Dear Ms Carter," whatever the first-name setting (review11-en C10). */
  forTheRecord?: boolean;
}

/**
 * The opening line with its comma; it follows the message's tone, not only the client.
 * pl formal: "Szanowna Pani," / "Szanowny Panie," / "Szanowni Państwo,"; with a title "Szanowny Panie
 *     Prezesie,". Never a vocative first name, never the surname.
 * pl warm: "Pani Anno," / "Panie Janie," only when the user chose that form for the client and the
 *     vocative is certain; otherwise "Dzień dobry, Pani Prezes," with a title, or "Dzień dobry," (the
 *     neutral, friendly e-mail opening; "Witam" is avoided).
 * en, either tone: "Dear Anna," when the user is on first-name terms with her (the setting the
 *     Polish vocative follows), else "Dear Ms Smith," / "Dear Mr Smith," while the surname is known,
 *     from the record or from the contact's full name (a warm text too: a British or American
 *     professional does not use a first name unasked); with the first name alone and no surname
 *     anywhere, "Dear Anna," (the one name known; "Dear Madam," to a named contact reads as a form
 *     letter); no name "Dear Madam," / "Dear Sir," (formal) or "Hello," (warm); a company with no
 *     named person "Dear Acme team," (formal; "Dear Sir or Madam," on a formal statement) or "Hello,"
 *     (warm), its legal form left out;
 *     nobody known at all "Dear Sir or Madam," (formal) or "Hello," (warm).
 */
export function salutation(recipient: Recipient, lang: Lang, options: SalutationOptions = {}): string {
  if (!recipient || !isAddressForm(recipient.form)) {
    throw new Error('salutation: recipient.form must be "pan", "pani" or "panstwo"');
  }
  const tone = options.tone ?? 'formal';
  if (tone !== 'formal' && tone !== 'warm') throw new Error(`salutation: unknown tone "${String(tone)}"`);
  if (lang === 'pl') return polishSalutation(recipient, tone);
  if (lang === 'en') return englishSalutation(recipient, tone, options);
  throw new Error(`salutation: unknown language "${String(lang)}"`);
}

function polishSalutation(recipient: Recipient, tone: Tone): string {
  const title = recipient.title?.trim();
  const usableTitle = recipient.form !== 'panstwo' && title && /^[\p{L} -]+$/u.test(title) && !sameWord(title, recipient.lastName) ? title : undefined;
  if (tone === 'warm') {
    if (recipient.form !== 'panstwo' && recipient.warm && recipient.firstName) {
      const vocative = vocativeOfFirstName(recipient.firstName, recipient.form);
      if (vocative) return `${recipient.form === 'pani' ? 'Pani' : 'Panie'} ${vocative},`;
    }
    if (!usableTitle) return 'Dzień dobry,';
    // With a title, the warm opening keeps it ("Dzień dobry, Pani Prezes,"), not the formal letter's line.
    return `Dzień dobry, ${recipient.form === 'pani' ? 'Pani' : 'Panie'} ${usableTitle},`;
  }
  if (recipient.form === 'panstwo') return 'Szanowni Państwo,';
  const formal = recipient.form === 'pani' ? 'Szanowna Pani' : 'Szanowny Panie';
  return usableTitle ? `${formal} ${usableTitle},` : `${formal},`;
}

function englishSalutation(recipient: Recipient, tone: Tone, options: SalutationOptions): string {
  const firstName = recipient.firstName?.trim();
  const lastName = recipient.lastName?.trim() || surnameFromContactName(options.contactName, firstName);
  if (recipient.form === 'panstwo') {
    const team = teamName(options.company);
    // A general inbox is not "everyone" (review6-en C8), and a bare "Hello," to a firm reads cold
    // (review11-en C5): the warm opening names the firm's team, as the formal one does.
    if (team && !options.statement) return tone === 'warm' ? `Hello ${team} team,` : `Dear ${team} team,`;
    return tone === 'warm' ? 'Hello,' : 'Dear Sir or Madam,';
  }
  // The user's first-name setting decides the name, whatever the tone: in English "Dear Anna,"
  // is how people on first-name terms open even a formal letter, and a first name is never used
  // when the user has not said they are on such terms.
  if (recipient.warm && firstName && !(options.forTheRecord && lastName)) return `Dear ${firstName},`;
  if (lastName) return `Dear ${recipient.form === 'pani' ? 'Ms' : 'Mr'} ${lastName},`;
  // The only name the record holds (the sidebar asks for the first name alone): "Dear Sir," to a
  // named contact would read as a form letter.
  if (firstName) return `Dear ${firstName},`;
  if (tone === 'warm') return 'Hello,';
  return recipient.form === 'pani' ? 'Dear Madam,' : 'Dear Sir,';
}

/**
 * The surname in the contact's full name when it opens with the first name on record ("Mark
 * Thompson" with "Mark" → "Thompson"); undefined for an address, a company or anything else.
 */
function surnameFromContactName(contactName: string | undefined, firstName: string | undefined): string | undefined {
  if (!contactName || !firstName) return undefined;
  const words = contactName.trim().split(/\s+/u);
  if (words.length < 2 || words[0]!.toLocaleLowerCase('en') !== firstName.toLocaleLowerCase('en')) return undefined;
  const surname = words.slice(1).join(' ');
  return /^[\p{Lu}][\p{L}'’ -]+$/u.test(surname) ? surname : undefined;
}

/** A company's name for "Dear … team," without its legal form ("Harbour & Finch LLP" → "Harbour & Finch"). */
function teamName(company: string | undefined): string | undefined {
  const name = company?.trim().replace(/[\s,]+(?:ltd\.?|limited|llp|plc|llc|inc\.?|gmbh|sp\.\s*z\s*o\.\s*o\.?|s\.\s*a\.?)$/iu, '').trim();
  return name && !name.includes('@') ? name : undefined;
}

/** A "title" that is really the surname would produce "Szanowny Panie Kowalski": refuse it. */
function sameWord(a: string, b: string | undefined): boolean {
  return b !== undefined && a.trim().toLocaleLowerCase('pl') === b.trim().toLocaleLowerCase('pl');
}

function isAddressForm(value: unknown): value is AddressForm {
  return value === 'pan' || value === 'pani' || value === 'panstwo';
}

/** Polish plural class: 1 → one, 2–4 (not 12–14) → few, else many (1 dzień, 2 dni, 5 dni). */
export function polishPlural(count: number, one: string, few: string, many: string): string {
  const abs = Math.abs(count);
  if (abs === 1) return one;
  const lastDigit = abs % 10;
  const lastTwo = abs % 100;
  if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 12 || lastTwo > 14)) return few;
  return many;
}

/**
 * The first name behind a vocative ("Anno" → "Anna", "Panie Janie" → "Jan"), found by undoing the
 * rules above and keeping a candidate only when vocativeOfFirstName gives the vocative back. The
 * irregular list comes first, then the longest ending ("Konradzie": -dzie → Konrad, not -ie →
 * "Konradz"; "Marku": -ku → Marek before -u → Mark). Undefined when nothing fits: left empty.
 */
export function nominativeFromVocative(vocative: string, form: 'pan' | 'pani'): string | undefined {
  const name = normaliseName(vocative);
  if (!name) return undefined;
  for (const [nominative, irregular] of Object.entries(IRREGULAR_VOCATIVES)) {
    if (irregular === name && vocativeOfFirstName(nominative, form) === name) return nominative;
  }
  // Longest ending first.
  const undo: Array<[RegExp, string]> =
    form === 'pani'
      ? [[/o$/, 'a'], [/u$/, 'a']]
      : [[/ście$/, 'st'], [/zie$/, ''], [/cie$/, 't'], [/siu$/, 'ś'], [/ie$/, ''], [/ze$/, ''], [/le$/, 'ł'], [/ku$/, 'ek'], [/o$/, 'a'], [/u$/, ''], [/$/, '']];
  for (const [ending, replacement] of undo) {
    if (!ending.test(name)) continue;
    const candidate = name.replace(ending, replacement);
    if (candidate.length >= 2 && vocativeOfFirstName(candidate, form) === name) return candidate;
  }
  return undefined;
}

/**
 * The form of address and first name a Polish greeting uses ("Pani Anno," → pani, Anna; "Szanowny
 * Panie," → pan, no name). Only the first line that opens with the greeting is read, as text.
 */
export function addressFromGreeting(text: string): { form: 'pan' | 'pani'; firstName?: string } | undefined {
  const match = /^(?:(?:Szanown[ay]|Drog[ia])\s+)?(Pani|Panie)(?:\s+(\p{Lu}\p{Ll}+))?\s*[,!]/mu.exec(text.trim());
  if (!match) return undefined;
  const form = match[1] === 'Pani' ? 'pani' : 'pan';
  const vocative = match[2];
  const firstName = vocative ? nominativeFromVocative(vocative, form) : undefined;
  return firstName ? { form, firstName } : { form };
}

export interface AddressInThread {
  form: 'pan' | 'pani';
  firstName?: string;
  /** The greeting line as the user wrote it ("Pani Anno,"), to show what the suggestion rests on. */
  greeting: string;
}

/**
 * How the user addresses the client in the thread: the greeting of the user's own latest message
 * that opens with a Polish form of address ("Pani Anno," → pani, Anna). Only the user's messages
 * are read: a client writing "Pani Anno" addresses the user, not themself. Undefined when the user
 * has written none; the sidebar offers what it finds for the user to confirm, never sets it.
 */
export function addressFromThread(
  messages: ReadonlyArray<{ from: { email?: string }; text: string }>,
  userEmail: string | undefined,
): AddressInThread | undefined {
  const own = userEmail?.trim().toLowerCase();
  if (!own) return undefined;
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index]!;
    if (message.from.email?.trim().toLowerCase() !== own) continue;
    for (const line of message.text.split('\n')) {
      const found = addressFromGreeting(line);
      if (found) return { ...found, greeting: line.trim().slice(0, 80) };
    }
  }
  return undefined;
}
