/**
 * What the latest messages of a conversation talk about, in Polish and English.
 *
 * Text read from an e-mail is untrusted: it is only lower-cased, folded and matched against a fixed
 * lexicon here, never interpreted. Matching runs on a diacritic-free, lower-case copy so that
 * "fakturę", "FAKTURE" and "fakturą" meet the same stem; the original text is kept for display.
 */
import type { ThreadMessage } from '../webmail/types';
import { STATE_TOPICS, quoteInClause, readStates } from './cue-state';
import { foldWithMap, originalWords } from './fold';
import type { FoldedText } from './fold';
import type { StateTopic } from './cue-state';

export const CUE_TOPICS = [
  'termination',
  'retention',
  'invoice',
  'payment',
  /** The client says the money was sent (past, affirmative; not "nie została opłacona", not "will be paid"). */
  'paid',
  'dispute',
  'complaint',
  'handover',
  'access',
  'data',
  'thanks',
  'feedback',
  'referral',
  'provider-request',
  'meeting',
  'acknowledgement',
  'agreement',
  'refund',
  'rights',
  'early-ending',
  // From here on (and 'paid' above): read with state and negation in cue-state.ts, not by the word alone.
  /** The client says a payment has not been made ("nie została jeszcze opłacona", "not yet"). */
  'unpaid',
  /** The client promises to pay ("zapłacimy w przyszłym tygodniu", "will go out on Friday"). */
  'promised',
  /** The client says the invoice never reached them or asks for it again. */
  'invoice-missing',
  /** The handover is done: "wszystko dotarło", "files all received", "we have everything we need". */
  'handover-done',
  /** A closing signal: thanks for the work, "it's been a pleasure", "powodzenia". */
  'closing',
  /** The client's decision is made: "decyzja jest ostateczna", "no need for a call", "we've decided". */
  'decided',
] as const;
export type CueTopic = (typeof CUE_TOPICS)[number];

export type Author = 'client' | 'me';

interface CuePattern {
  /** Matched against the folded text (lower case, no diacritics, single spaces). */
  re: RegExp;
  /**
   * A preceding "nie"/"not" turns the cue off ("nie rezygnujemy", "not cancelling"), and so does a
   * reference to an ending already known ("w związku z zakończeniem współpracy", "after the end of").
   */
  negatable?: boolean;
}

/** Topics read by the word; the others are read with their state and negation (cue-state.ts). */
type LexiconTopic = Exclude<CueTopic, StateTopic>;

// Word boundaries on folded (ASCII-only for Polish) text: \b is safe once diacritics are gone.
const w = (source: string, negatable = false): CuePattern => ({ re: new RegExp(`\\b(?:${source})`, 'g'), negatable });

/** The lexicon: stems cover Polish inflection (wypowiedzenie/-em/-a, fakturę/-ą/-y). */
const LEXICON: Readonly<Record<LexiconTopic, readonly CuePattern[]>> = {
  termination: [
    w('wypowiedz\\w*|wypowiada\\w*|wypowiem\\w*', true),
    w('rozwiaz\\w* (?:\\w+ )?umow\\w*|rozwiazani\\w* wspolprac\\w*', true),
    w('z?rezygn\\w*', true),
    w('(?:za)?kon(?:cz|ic)\\w* (?:\\w+ )?wspolprac\\w*|koniec (?:\\w+ )?wspolpracy', true),
    w('nie (?:bedziemy|chcemy|zamierzamy) (?:juz )?(?:kontynuowac|przedluzac)|nie przedluz\\w* umow\\w*'),
    w('terminat\\w*', true),
    w('end(?:ing)? (?:our|the|this) (?:contract|agreement|cooperation|collaboration|engagement|relationship|partnership|retainer)', true),
    w('cancel\\w*', true),
    w('notice\\b(?!d)'),
    // Going elsewhere: "moving our account to another agency", "przenosimy obsługę do innej agencji".
    w('(?:moving|switching|taking|transferring|bringing) (?:\\w+ ){0,3}to (?:another|a new|a different) (?:agency|provider|supplier|vendor|team|partner|freelancer)|going with (?:another|a different) (?:agency|provider|supplier|vendor)'),
    w('(?:przechodzimy|przenosimy (?:\\w+ ){0,2}(?:obslug\\w*|wspolprac\\w*|konto|projekt\\w*)) do (?:innej|nowej) (?:agencj|firm|wykonawc|osob)\\w*'),
    w('part ways|(?:not|decided not) (?:to |be )?renew\\w*|not (?:be )?extend\\w* (?:the|our)|won\'?t be renewing|stop working together|no longer (?:need|require) your services'),
  ],
  retention: [
    w('zostan\\w*|zostac|zostaniecie|zatrzyma\\w*', true),
    w('ostatni\\w* szans\\w*|rabat\\w*|znizk\\w*|upust\\w*|lepsz\\w* warunk\\w*|podwyzk\\w*|podwyzsz\\w* stawk\\w*'),
    w('przemysl\\w*|jeszcze (?:raz )?zastanowi\\w*|zmienic (?:zdanie|decyzje)|moze jednak'),
    w('reconsider\\w*|stay\\b(?! in touch)|counter-?offer\\w*|discount\\w*|keep working|better (?:terms|rate|price|deal|conditions)'),
    w('change your mind|hate to lose|continue working|raise (?:your|the) (?:rate|fee)|increase (?:your|the) (?:rate|fee)'),
  ],
  invoice: [w('faktur\\w*|fv|rachun(?:ek|ku|kiem|ki|kow)\\b'), w('invoic\\w*|bills?\\b|billing')],
  payment: [
    // What is still owed: "co jeszcze jesteśmy winni", "zestawienie należności", "what we still owe".
    w('(?:jestesmy|jestem) (?:\\w+ )?winn\\w*|ile (?:\\w+ )?(?:jestesmy|mamy|musimy) (?:\\w+ )?(?:winni|zaplacic|doplacic)|zestawieni\\w* (?:\\w+ )?(?:naleznosci|rozliczen|kosztow|platnosci|godzin)'),
    w("what (?:we|do we) (?:still )?owe|how much (?:we|do we) (?:still )?owe|(?:final|outstanding|remaining) balance"),
    w('platnos\\w*|przelew\\w*|zapla[ct]\\w*|zaleglos\\w*|naleznos\\w*|wplat\\w*|oplac\\w*|uregulow\\w*|splac\\w*|rozlicz\\w*'),
    w('payments?\\b|paid|pay\\b|paying|overdue|outstanding|remittance|balance due|settlement|settle (?:up|the)|(?:bank|wire) transfer|transferred the (?:money|amount|funds|payment)'),
  ],
  dispute: [
    w('nie zgadza\\w*|reklamac\\w*|reklamuj\\w*|sporn\\w*|zawyzon\\w*|niesluszn\\w*|bledn\\w* (?:faktur|kwot|rachun)\\w*'),
    w('kwestionuj\\w*|nie (?:bylo|byly) (?:to )?uzgodnion\\w*|nieuzgodnion\\w*|nie zaplac\\w*|odmawia\\w* zaplat\\w*'),
    w('disput\\w*|disagree\\w*|overcharg\\w*|incorrect (?:charge|amount|invoice)|wrong (?:amount|invoice|charge)'),
    w('never agreed|not agreed|won\'?t pay|will not pay|refuse to pay|not going to pay|charged (?:us|me) (?:twice|for)'),
  ],
  complaint: [
    w('niezadowol\\w*|nie (?:jestem|jestesmy) zadowol\\w*|rozczarow\\w*|skarg\\w*|zastrzezeni\\w*|opoznieni\\w*'),
    w('nie do przyjecia|niedopuszczaln\\w*|fataln\\w*|beznadziejn\\w*|skandal\\w*|zawiedli|zawiodl\\w*|problem\\w* z (?:jakoscia|terminow\\w*|komunikacj\\w*)'),
    w('disappoint\\w*|unhappy|not happy|not satisfied|dissatisfied|frustrat\\w*|complain\\w*|unacceptable|poor quality|missed (?:the )?deadlines?|ridiculous'),
  ],
  handover: [
    w('przekaz\\w*|protokol\\w* zdawczo|zdawczo-?odbiorcz\\w*|plik\\w*|material\\w*|dokumentacj\\w*|kod\\w* zrodlow\\w*|repozytor\\w*'),
    w('hand ?over|handing over|transition\\w*|deliverables?|files\\b|(?:the|a|source|final|design|project|raw) file\\b|source code|repositor\\w*|documentation|knowledge transfer|assets\\b'),
  ],
  access: [
    w('dostep\\w*|has(?:lo|la|el|lami|lach|le)\\b|(?<!na |numer |nr )kont(?:o|a|ach|ami|om)\\b(?! bankow)|uprawnieni\\w*|login\\w*'),
    w('access\\w*|credentials?|passwords?|(?<!bank )accounts?\\b(?! (?:payable|department|team|number))|permissions?|revok\\w*|logins?\\b|admin rights'),
  ],
  data: [
    // Lists of people are personal data too: "subscriber list", "lista mailingowa".
    w('(?:subscriber|mailing|contact|customer|newsletter|e-?mail) (?:list|database|base)s?\\b|list\\w* (?:subskrybent|mailingow|klientow|kontakt|odbiorc)\\w*|baz\\w* (?:subskrybent|mailingow|odbiorc)\\w*'),
    w('dan\\w* osobow\\w*|rodo|usun\\w* (?:\\w+ )?dan\\w*|usuni\\w* (?:\\w+ )?danych|zwrot\\w* danych|zwroc\\w* (?:\\w+ )?dane|przetwarzani\\w* danych|baz\\w* (?:danych|klientow|kontaktow)'),
    w('personal data|gdpr|delet\\w* (?:\\w+ )?(?:\\w+ )?data|data (?:deletion|return|processing|export)|return (?:of )?(?:the |our |all )?data|customer (?:data|database|list)'),
  ],
  thanks: [w('dziek\\w*|wdzieczn\\w*|podziekow\\w*'), w('thank\\w*|grateful|apprecia\\w*')],
  feedback: [
    w('opini\\w*|ankiet\\w*|ocen\\w*|rekomendac\\w*|referencj\\w*|polec\\w*'),
    w('feedback|reviews?\\b|testimonial\\w*|recommend\\w*|referr\\w*|refer (?:you|someone)|survey'),
  ],
  // Finer than feedback: the client offers to recommend us to someone.
  referral: [
    w('polec\\w* (?:\\w+ )?(?:znajom\\w*|inn\\w*|komus|firm\\w*|dalej)|polecenie|polecic'),
    w('refer (?:you|someone|a friend)|referr\\w*|recommend you to|introduce you to|pass your name'),
  ],
  // The client asks us to name someone else who could do the work (not to be recommended by them).
  'provider-request': [
    w('(?:polecic|polecil\\w*|poleci) (?:\\w+ )?(?:kogos|inn\\w* (?:firm|agencj|wykonawc|osob|specjalist|freelancer)\\w*)|zna (?:pan|pani|panstwo|pani moze|pan moze) kogos,? kto|kogos,? kto (?:\\w+ )?(?:przejm\\w*|moglby przejac|moze przejac)'),
    w('recommend (?:someone|somebody|anyone|another \\w+)|know (?:anyone|someone|somebody) who (?:could|can|might) (?:take|help|pick)|who (?:could|can) take (?:it|this|the \\w+) over'),
  ],
  meeting: [
    w('spotka\\w*|spotkani\\w*|rozmow\\w*|porozmawia\\w*|zadzwoni\\w*|telefoniczn\\w*|zdzwoni\\w*'),
    w('call\\b|meeting|meet\\b|talk\\b|talking|chat\\b|discuss\\w*'),
  ],
  acknowledgement: [
    w('potwierdzam (?:\\w+ )?(?:otrzymani\\w*|odbior\\w*)|potwierdza\\w* otrzymani\\w*|przyjmuj\\w* (?:\\w+ )?do wiadomosci|przyjel\\w* (?:\\w+ )?do wiadomosci'),
    w('acknowledg\\w*|confirm\\w* (?:the )?receipt|received your (?:notice|letter|email|e-mail|message|termination)|duly noted'),
  ],
  agreement: [
    w('porozumieni\\w* stron|za porozumieniem|za obopolna zgoda|obopoln\\w*'),
    w('mutual(?:ly)? agree\\w*|mutual agreement|mutual consent|mutually'),
  ],
  // Money we owe back: an unused prepayment, a correcting invoice.
  refund: [
    w('zwrot\\w* (?:\\w+ )?(?:przedplat|zaliczk|nadplat|niewykorzystan)\\w*|zwroc\\w* (?:\\w+ )?(?:przedplat|zaliczk|nadplat)\\w*|faktur\\w* korygujac\\w*|korekt\\w* faktur\\w*'),
    w('refund\\w*|credit note|money back|unused (?:prepayment|retainer|balance|hours)|correcting invoice|corrective invoice'),
  ],
  // Copyright or licence to the work.
  rights: [
    // A bare "licencja" is often just a line on an invoice: only a licence granted or confirmed counts.
    w('praw\\w* autorsk\\w*|autorsk\\w* (?:\\w+ )?praw\\w*|przeniesieni\\w* (?:\\w+ ){0,2}praw\\w*|udzieleni\\w* (?:\\w+ )?licencj\\w*|potwierdz\\w* (?:\\w+ ){0,3}licencj\\w*|pol\\w* eksploatacji'),
    w('copyright\\w*|intellectual property|ip (?:rights|transfer)|licen[cs]e (?:to use|transfer)|grant\\w* (?:\\w+ )?licen[cs]e|confirm\\w* (?:\\w+ ){0,3}licen[cs]e|ownership of the (?:work|designs?|code)'),
  ],
  // The client will not keep or pay for the notice period. "With immediate effect" alone is not
  // here: a client may end at once for important reasons (art. 746 k.c.), which is acknowledged.
  'early-ending': [
    w('bez (?:zachowania )?(?:\\w+ )?okresu wypowiedzenia|(?:nie|nie bedziemy|nie zamierzamy) (?:\\w+ )?(?:placic|zaplac\\w*) za (?:\\w+ )?okres wypowiedzenia'),
    w("without (?:any |a |the )?notice period|no notice period|(?:won'?t|will not|not) (?:be )?pay\\w* (?:for )?(?:the |any )?notice period"),
  ],
};

export { foldWithMap, originalWords, QUOTE_MAX } from './fold';
export type { FoldedText } from './fold';

/** Lower case, no diacritics (ł → l too, which NFD does not split), collapsed white space. */
export function foldForMatching(text: string): string {
  return foldWithMap(text).folded.replace(/\n/g, ' ').trim();
}

// Where quoted history starts in a reply ("On … wrote:", "W dniu … pisze:", Outlook's header block).
const QUOTE_MARKERS = [
  /^\s*>/m,
  /^\s*on .{0,200}wrote:\s*$/im,
  /^\s*w dniu .{0,200}(?:pisze|napisal\w*):\s*$/im,
  /^\s*-{2,}\s*(?:original message|oryginalna wiadomosc|wiadomosc oryginalna)\s*-{2,}/im,
  /^\s*(?:from|od): .+$\n^\s*(?:sent|wyslano|date|data): /im,
];

/** The author's own words: the text before quoted history. Works on the folded text. */
export function ownWords(folded: string): string {
  let end = folded.length;
  for (const marker of QUOTE_MARKERS) {
    const match = marker.exec(folded);
    if (match && match.index < end) end = match.index;
  }
  return folded.slice(0, end);
}

const NEGATION = /\b(?:nie|not|don'?t|doesn'?t|won'?t|never|no)\s+(?:\w+\s+)?$/;
// "w związku z zakończeniem", "po wypowiedzeniu", "after the end of": the ending is old news here.
const REFERENCE = /\b(?:w zwiazku z|po|przed|do czasu|od czasu|following|after|before|upon|ahead of|since)\s+(?:\w+\s+)?$/;

/** What one text says: its topics, and for each the words it rests on (in the writer's spelling). */
export interface TextCues {
  topics: CueTopic[];
  evidence: Partial<Record<CueTopic, string>>;
}

/** Topics present in one text. */
export function topicsIn(text: string): CueTopic[] {
  return readCues(text).topics;
}

/**
 * The sidebar reads the same messages again on every render (ranking, initiator, thread facts,
 * steps): the last texts read are kept, frozen, so a repeat costs a lookup.
 */
const READ_CACHE = new Map<string, TextCues>();
const READ_CACHE_SIZE = 64;

/** Topics present in one text, each with the words that raised it. Quoted history is not read. */
export function readCues(text: string): TextCues {
  if (typeof text !== 'string') throw new Error('topicsIn: text must be a string');
  const cached = READ_CACHE.get(text);
  if (cached !== undefined) return cached;
  const read = readCuesUncached(text);
  const frozen: TextCues = Object.freeze({ topics: Object.freeze(read.topics) as CueTopic[], evidence: Object.freeze(read.evidence) });
  if (READ_CACHE.size >= READ_CACHE_SIZE) READ_CACHE.delete(READ_CACHE.keys().next().value as string);
  READ_CACHE.set(text, frozen);
  return frozen;
}

function readCuesUncached(text: string): TextCues {
  const whole = foldWithMap(text);
  const own = ownWords(whole.folded);
  const folded: FoldedText = { ...whole, folded: own };
  const evidence: Partial<Record<CueTopic, string>> = {};
  const states = readStates(folded);
  for (const topic of CUE_TOPICS) {
    if ((STATE_TOPICS as readonly string[]).includes(topic)) {
      const words = states[topic as StateTopic];
      if (words !== undefined) evidence[topic] = words;
      continue;
    }
    for (const pattern of LEXICON[topic as LexiconTopic]) {
      const at = affirmativeMatch(own, pattern);
      if (at !== null) {
        evidence[topic] = quoteInClause(folded, at.start, at.end);
        break;
      }
    }
  }
  return { topics: CUE_TOPICS.filter((topic) => evidence[topic] !== undefined), evidence };
}

function affirmativeMatch(folded: string, pattern: CuePattern): { start: number; end: number } | null {
  pattern.re.lastIndex = 0;
  for (const match of folded.matchAll(pattern.re)) {
    const before = folded.slice(Math.max(0, match.index - 24), match.index);
    if (!pattern.negatable || (!NEGATION.test(before) && !REFERENCE.test(before))) {
      return { start: match.index, end: match.index + match[0].length };
    }
  }
  return null;
}

/** The client says what to do with the data: delete or erase it (so the reply confirms, not asks). */
export function asksForDeletion(text: string): boolean {
  return /\b(?:usun\w*|usuni\w*|delet\w*|eras\w*|remov\w*|wipe\w*)/.test(ownWords(foldForMatching(text)));
}

export interface MessageCues {
  /** Index in the conversation (oldest first). */
  index: number;
  author: Author;
  /** ISO date-time when known. */
  date?: string;
  topics: CueTopic[];
  /** The words each topic rests on, in the writer's spelling (untrusted text: shown as plain text only). */
  evidence: Partial<Record<CueTopic, string>>;
}

export interface ConversationCues {
  /** The latest message the client wrote: the strongest signal. */
  latestFromClient: MessageCues | null;
  /** The latest message we wrote. */
  latestFromMe: MessageCues | null;
  /** The last few messages, newest first. */
  recent: MessageCues[];
  /** Who wrote the very last message. */
  lastAuthor: Author | null;
  /** Every message, oldest first (read once; thread-stage.ts reads the whole thread). */
  all: MessageCues[];
}

export interface DetectCuesOptions {
  /** The user's own address; messages from it are "me". */
  userEmail?: string;
  /** How many of the latest messages to read (default 4). */
  window?: number;
}

/** Which topics the latest messages raise, and who raised them. */
export function detectCues(messages: readonly ThreadMessage[], options: DetectCuesOptions = {}): ConversationCues {
  if (!Array.isArray(messages)) throw new Error('detectCues: messages must be an array of thread messages');
  const userEmail = options.userEmail?.trim().toLowerCase();
  const window = options.window ?? 4;
  if (!Number.isInteger(window) || window < 1) throw new Error('detectCues: window must be a positive whole number');

  const all: MessageCues[] = messages.map((message, index) => {
    const read = readCues(message.text ?? '');
    const cues: MessageCues = { index, author: authorOf(message, userEmail), topics: read.topics, evidence: read.evidence };
    if (message.date !== undefined) cues.date = message.date;
    return cues;
  });
  const newestFirst = [...all].reverse();
  return {
    latestFromClient: newestFirst.find((cues) => cues.author === 'client') ?? null,
    latestFromMe: newestFirst.find((cues) => cues.author === 'me') ?? null,
    recent: newestFirst.slice(0, window),
    lastAuthor: newestFirst[0]?.author ?? null,
    all,
  };
}

function authorOf(message: ThreadMessage, userEmail: string | undefined): Author {
  const from = message.from?.email?.trim().toLowerCase();
  return userEmail !== undefined && userEmail !== '' && from === userEmail ? 'me' : 'client';
}
