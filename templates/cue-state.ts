/**
 * States, not words: whether the money was paid, is not paid yet or is promised; whether the
 * handover is done; whether the client closes the relationship or has made up their mind.
 *
 * "Faktura została opłacona" and "faktura nie została jeszcze opłacona" share their words; what
 * differs is a negation, a tense or a condition in the same clause ("nie", "jeszcze nie", "not yet",
 * "will", "zostanie", "as soon as", "jak tylko"). Each reading keeps the words it rests on, in the
 * writer's spelling, so that the reason shown can quote them. Works on folded text (cues.ts); the
 * text is only matched, never interpreted.
 */
import type { FoldedText } from './fold';
import { originalWords } from './fold';

export const STATE_TOPICS = ['paid', 'unpaid', 'promised', 'invoice-missing', 'handover-done', 'closing', 'decided'] as const;
export type StateTopic = (typeof STATE_TOPICS)[number];

const re = (source: string): RegExp => new RegExp(`\\b(?:${source})`, 'g');

/** Past, affirmative payment: "zapłaciliśmy", "została opłacona", "is paid", "payment was sent". */
const PAID = [
  re('(?:za|o|u)plac(?:ilismy|ilem|ilam|il|ila|ili|ono|ona|one|ony|ony)\\b|uregulowal\\w*|uregulowan\\w*|splacil\\w*|splacon\\w*|przelal\\w*'),
  re('przelew (?:\\w+ ){0,2}(?:zostal )?(?:juz )?(?:wyslany|zlecony|wykonany|poszedl|wyszedl|zrealizowany|zrobiony)|(?:zrobil|wyslal|zlecil|puscil)\\w* (?:\\w+ )?przelew\\w*'),
  re('(?:platnosc|wplata) (?:\\w+ )?(?:zostala )?(?:zrealizowana|wyslana|wykonana|poszla)'),
  // The object first: "przelew za FV/88 wysłaliśmy dziś", "fakturę opłaciliśmy wczoraj".
  re('(?:przelew\\w*|platnos\\w*|wplat\\w*|faktur\\w*|fv\\b)[^.!?;\\n]{0,40}?\\b(?:wyslal|zlecil|zrobil|puscil|wykonal|przelal|zaplacil|oplacil|uregulowal)\\w*'),
  // A question about our receipt is a claim that they paid: "czy dotarł przelew?", "have you received our payment?"
  re('czy (?:\\w+ ){0,2}(?:dotarl|wplynal|wplynela|wplynelo|doszedl|doszla|zaksiegowal\\w*) (?:\\w+ )?(?:przelew|platnosc|wplata|pieniadze|srodki)?'),
  re("(?:is|was|were|been|be|now|already|just|fully|we|i|we've|i've|we have|i have|has|had|got) (?:\\w+ )?(?:paid|settled|cleared)\\b|(?:paid|settled|cleared) (?:in full|today|yesterday|this morning|on \\w+|it|the|your|our|all|everything|off|up|inv\\S*|invoice)"),
  re("(?:we|i|we've|i've|we have|i have) (?:\\w+ )?(?:transferred|wired|sent) (?:the |your |our )?(?:money|payment|funds|amount|balance)"),
  re('(?:payment|transfer|remittance) (?:\\w+ )?(?:has been |was |is |went |have been )?(?:sent|made|completed|processed|initiated|out)\\b|(?:sent|made|transferred|wired) (?:the|your|our) (?:payment|money|amount|funds|transfer)'),
  re('(?:received|got|see|seen) (?:our|the|my) (?:payment|transfer|money|remittance)|settled (?:the|your|it|in full)|(?:has|have|was|is) been settled'),
];

/** Future: "zapłacimy", "przelew wyjdzie w piątek", "will pay next week", "Friday's payment run". */
const PROMISED = [
  re('(?:za|o)?placimy|zaplace|oplace|ureguluj(?:emy|e)\\b|splacimy|przelejemy|(?:zrobimy|zlecimy|wyslemy|puscimy) (?:\\w+ )?przelew\\w*'),
  re('przelew (?:\\w+ ){0,2}(?:wyjdzie|pojdzie|zostanie|bedzie)|(?:zostanie|zostana|bedzie|beda) (?:\\w+ )?(?:oplacon|zaplacon|uregulowan|przelan)\\w*|wplata (?:\\w+ )?(?:bedzie|wplynie|pojdzie)'),
  re("(?:will|'ll|going to|shall|plan to|intend to) (?:\\w+ )?(?:pay|settle|transfer|process)\\b|will be (?:paid|settled|processed|transferred)|will go out|payment run|scheduled for payment"),
];

/** A payment said to be missing: "nieopłacona", "not yet", "hasn't been paid", "nie zapłaciliśmy". */
const UNPAID = [
  re('nieoplacon\\w*|niezaplacon\\w*|nieuregulowan\\w*'),
  re("unpaid|not (?:yet )?(?:been )?paid|(?:haven't|hasn't|havent|hasnt|have not|has not|didn't|did not) (?:\\w+ )?(?:paid|pay|settled)"),
];
/** "Jeszcze nie" / "not yet" on its own counts only in a message about payment. */
const NOT_YET = re("jeszcze nie\\b|not yet\\b|nie zdazyl\\w*");
const PAYMENT_WORDS = /\b(?:faktur\w*|platnos\w*|przelew\w*|zaplat\w*|invoic\w*|payment\w*|pay\b|paid\b|inv-?\d+|fv\b)/;

/** The invoice did not reach them, or they ask for it again. */
const INVOICE_MISSING = [
  re('(?:faktur\\w*|rachun\\w*) (?:\\w+ ){0,3}(?:nie dotarl\\w*|nie doszl\\w*|nie przyszl\\w*)|nie (?:dotarl\\w*|doszl\\w*|otrzymal\\w*|dostal\\w*) (?:\\w+ ){0,2}(?:faktur\\w*|rachun\\w*)|(?:przeslac|wyslac|przeslanie|wyslanie) (?:\\w+ ){0,2}(?:ponownie|jeszcze raz) (?:\\w+ )?faktur\\w*|ponownie (?:\\w+ )?(?:przeslac|wyslac|przeslanie) (?:\\w+ )?faktur\\w*|faktur\\w* (?:\\w+ )?ponownie'),
  re("never (?:reached|arrived|got|received)|(?:didn't|did not|haven't|have not|never) (?:\\w+ )?(?:receive|get|got|received) (?:\\w+ ){0,2}invoice|resend|re-send|send (?:it|the invoice) again"),
];

/** The handover is done, said in either direction (the client received, we handed over). */
const HANDOVER_DONE = [
  re('(?:wszystko|pliki|plik|materialy|komplet\\w*|dokumentacj\\w*|dostepy|kody?)\\b(?: \\w+){0,3}? (?:dotarl\\w*|otrzymal\\w*|odebral\\w*|odebran\\w*|otrzyman\\w*|przekazan[aeoy]\\b|dostalismy|dostalem|dostalam|sa juz u nas|jest juz u nas)'),
  re('(?:dotarl\\w*|otrzymal\\w*|odebral\\w*|dostalismy|dostalem|dostalam|przekazal\\w*|przeslal\\w*) (?:\\w+ ){0,2}(?:wszystko|wszystkie|komplet\\w*|pliki|materialy|dostepy)'),
  re('mamy (?:juz )?wszystko|przekazani\\w* (?:\\w+ ){0,2}(?:przebieglo|zakonczon\\w*|zakonczyl\\w*|poszlo)|przekazanie (?:\\w+ )?(?:jest )?zakonczone|podpisan\\w* protokol\\w*|protokol\\w* (?:\\w+ ){0,2}podpisan\\w*|(?:niczego|nic) (?:juz )?(?:wiecej )?nie potrzebujemy|nie potrzebujemy juz (?:niczego|nic)'),
  re("(?:got|received|have|downloaded) (?:\\w+ ){0,2}(?:everything|all (?:the |your )?(?:files|deliverables|assets|materials))|(?:files|deliverables|everything|assets) (?:\\w+ ){0,3}(?:received|arrived|came through|handed over)\\b"),
  re("handover (?:\\w+ ){0,2}(?:went|is complete|was complete|completed|is done|was done)|we have everything we need|up and running|(?:don't|do not) need anything (?:else|more)|nothing (?:else|more) (?:we need|needed)"),
];

/** Thanks for the work, a farewell, a relationship spoken of in the past. */
const CLOSING = [
  re('dziek\\w* (?:\\w+ ){0,4}(?:wspolprac\\w*|prac\\w*|wszystko|pomoc\\w*|zaangazowani\\w*)|(?:to )?byla (?:\\w+ ){0,2}(?:dobra|swietna|udana|owocna|przyjemna|wspaniala) wspolprac\\w*|bylo (?:nam )?(?:bardzo )?milo|powodzenia|wszystkiego dobrego'),
  re("thank\\w* (?:\\w+ ){0,4}(?:work|everything|help|cooperation|collaboration|support|efforts)|(?:it's|it has|it was) been a (?:\\w+ )?pleasure|pleasure working|all the best|best of luck|good luck|smooth transition"),
];

/** The client's mind is made up: no talk will change it. */
const DECIDED = [
  re('decyzja (?:jest )?(?:ostateczna|podjeta)|decyzj\\w* (?:\\w+ )?(?:zostala )?podjet\\w*|(?:zdecydowal|postanowil)\\w*|nie ma potrzeby (?:\\w+ )?(?:spotkania|rozmowy|dzwonienia|spotykac)|przenie\\w* (?:\\w+ ){0,3}(?:do innej|do agencji|do nowej|na zewnatrz|do wewnatrz)'),
  re("decided|decision (?:is|has been|was) (?:made|final)|made (?:the|our|a|this) decision|no need for a (?:call|meeting|chat)|we're done|in-house|(?:it's|it is|this is) final|(?:skip|no) (?:a |the )?(?:meeting|call)|rather (?:not|skip) (?:a |the )?(?:meeting|call)"),
  re('nie chcemy (?:\\w+ )?(?:do tego )?wracac|sprawa jest przesadzon\\w*|decyzja zapadla'),
];

/** Words before a match in the same clause. */
const CLAUSE_BREAK = /[.!?;]|\s[–—-]\s|,\s(?:ale|lecz|but|however)\b/g;
function clauseBefore(folded: string, index: number): string {
  const head = folded.slice(Math.max(0, index - 80), index);
  let cut = 0;
  for (const m of head.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return head.slice(cut);
}

const NEGATED = /\b(?:nie|not|never|nigdy|no|yet to|hasnt|havent|didnt|isnt|wasnt|werent|arent|dont|doesnt)\b|n't\b/;
const FUTURE = /\b(?:will|shall|going to|to be|can be|should be|would be|zostanie|zostana|bedzie|beda|ma byc|maja byc|powinna byc|powinien byc|moze byc)\b|'ll\b/;
// An obligation ("has to be paid", "musi zostać opłacona") is no more a payment than a condition is.
const CONDITION = /\b(?:once|when|after|until|if|as soon as|before|jak|gdy|kiedy|po|jesli|jezeli|dopiero|zanim|az|has to|have to|must|needs? to|musi|musza|trzeba|nalezy)\b/;
const QUESTION_START = /\b(?:czy|has|have|was|is|did|were)\b/;

type Polarity = 'affirmed' | 'negated' | 'future' | 'conditional' | 'question';

/** How the clause around a match speaks of it. */
function polarity(folded: string, start: number, end: number): Polarity {
  const before = clauseBefore(folded, start).split(' ').slice(-4).join(' ');
  if (NEGATED.test(before)) return 'negated';
  if (FUTURE.test(before)) return 'future';
  if (CONDITION.test(before)) return 'conditional';
  // A question that asks whether it happened ("czy faktura została opłacona?") is not a claim.
  const rest = folded.slice(end, end + 60);
  const sentenceEnd = rest.search(/[.!?\n]/);
  if (sentenceEnd !== -1 && rest[sentenceEnd] === '?' && QUESTION_START.test(clauseBefore(folded, start))) return 'question';
  return 'affirmed';
}

interface Hit {
  start: number;
  end: number;
  polarity: Polarity;
}

function hits(folded: string, patterns: readonly RegExp[]): Hit[] {
  const out: Hit[] = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (const m of folded.matchAll(pattern)) {
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      out.push({ start, end, polarity: polarity(folded, start, end) });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** The words of a hit with the few words before it in its clause ("faktura nie została jeszcze opłacona"). */
function quote(text: FoldedText, hit: Pick<Hit, 'start' | 'end'>, wordsBefore = 4): string {
  const clause = clauseBefore(text.folded, hit.start);
  const lead = new RegExp(`(?:\\S+\\s+){0,${wordsBefore}}\\S*$`).exec(clause)?.[0] ?? '';
  return originalWords(text, hit.start - lead.length, hit.end);
}

/**
 * A word cue with a little of its clause: two words before it and a content word after it
 * ("przesłać fakturę końcową", not "fakturę"), so that the reason shows what was said.
 */
export function quoteInClause(text: FoldedText, start: number, end: number): string {
  const head = text.folded.slice(Math.max(0, start - 60), start);
  let cut = 0;
  for (const m of head.matchAll(/[.!?;,:]|\s[–—-]\s/g)) cut = m.index + m[0].length;
  const lead = /(?:\S+\s+){0,2}\S*$/.exec(head.slice(cut))?.[0] ?? '';
  const next = /^\S*\s+([^\s.!?;,:]+)/.exec(text.folded.slice(end, end + 40));
  const tail = next !== null && next[1]!.length >= 4 && /^\S*$/.test(text.folded.slice(end, end + (next[0].length - next[1]!.length)).trimEnd()) ? next[0].length : 0;
  return originalWords(text, start - lead.length, end + tail);
}

/**
 * The states one text speaks of, each with its words. `text.folded` is the author's own words
 * (quoted history already cut off), folded by foldWithMap.
 */
export function readStates(text: FoldedText): Partial<Record<StateTopic, string>> {
  const folded = text.folded;
  const out: Partial<Record<StateTopic, string>> = {};
  const set = (topic: StateTopic, hit: Hit | undefined, wordsBefore = 4): void => {
    if (hit !== undefined && out[topic] === undefined) out[topic] = quote(text, hit, wordsBefore);
  };

  // "Czy dotarł przelew?" / "have you received our payment?" is asked by someone who paid: that question counts.
  const paidHits = hits(folded, PAID);
  const promisedHits = hits(folded, PROMISED).filter((h) => h.polarity !== 'negated');
  set('promised', promisedHits[0]);
  set(
    'paid',
    paidHits.find((h) => h.polarity === 'affirmed' || (h.polarity === 'question' && /^(?:czy|received|got|see|seen)/.test(folded.slice(h.start)))),
  );
  const negatedPaid = paidHits.find((h) => h.polarity === 'negated');
  set('unpaid', negatedPaid ?? hits(folded, UNPAID)[0]);
  if (out.unpaid === undefined && PAYMENT_WORDS.test(folded)) set('unpaid', hits(folded, [NOT_YET])[0], 0);
  // A future "zostanie opłacona" read as paid by its participle is a promise.
  const futurePaid = paidHits.find((h) => h.polarity === 'future');
  set('promised', futurePaid);

  set('invoice-missing', hits(folded, INVOICE_MISSING).find((h) => h.polarity !== 'conditional'), 1);

  const handover = hits(folded, HANDOVER_DONE).find((h) => h.polarity === 'affirmed');
  set('handover-done', handover);
  set('closing', hits(folded, CLOSING).find((h) => h.polarity === 'affirmed'), 1);
  set('decided', hits(folded, DECIDED).find((h) => h.polarity === 'affirmed'), 2);
  return out;
}
