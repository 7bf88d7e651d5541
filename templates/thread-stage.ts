/**
 * Which checklist steps a thread shows as done, each with the words it rests on.
 *
 * When an offboarding is started from a thread in which the notice was already given, the files
 * handed over and the invoice paid, starting at "preparation" makes the ranking argue with the
 * thread. This proposes the steps the thread shows; the sidebar offers them as ticks the user
 * confirms, and the ranking reads them beside the stored checklist. Pure: no clock, no page.
 * Text from an e-mail is only matched (cues.ts), never interpreted.
 */
import { CHECKLIST_KEYS } from '../offboarding/types';
import type { ChecklistKey } from '../offboarding/types';
import type { ThreadMessage } from '../webmail/types';
import { detectCues, foldWithMap, originalWords, ownWords } from './cues';
import type { Author, MessageCues } from './cues';
import type { TemplateKind } from './types';

export interface ThreadStep {
  step: ChecklistKey;
  /** The message the step rests on (index in the thread, oldest first). */
  messageIndex: number;
  author: Author;
  /** The words, in the writer's spelling (untrusted: plain text only). */
  words: string;
  /**
   * 'said': the message says so; 'before-notice': a step of the preparation, passed once the
   * notice was given (the words are the notice's).
   */
  basis: 'said' | 'before-notice';
}

/** The notice as the thread shows it: who served it, in which message, on which day. */
export interface ThreadNotice {
  messageIndex: number;
  servedBy: Author;
  /** The message's day (YYYY-MM-DD) when the page showed its date; absent otherwise, never guessed. */
  servedOn?: string;
  /** The notice e-mail itself asks for a confirmation of receipt. */
  acknowledgementRequested: boolean;
  words: string;
}

export interface ThreadStages {
  /** Steps shown as done, in process order, one entry per step (the latest message wins). */
  steps: ThreadStep[];
  /** The first message that served the notice, when the thread has one. */
  notice?: ThreadNotice;
  /** Kinds of message the user's own messages in the thread already are, with their words. */
  sent: Partial<Record<TemplateKind, string>>;
}

const re = (source: string): RegExp => new RegExp(`\\b(?:${source})`);

/** Our own formal notice (not a mention of the client's). */
const OUR_NOTICE = re(
  "niniejszym (?:\\w+ )?wypowiadam\\w*|wypowiadam (?:\\w+ )?umow\\w*|wypowiadamy (?:\\w+ )?umow\\w*|(?:formal )?notice of termination|(?:hereby )?(?:give|giving) (?:you )?(?:\\w+ )?notice|accept this e-?mail as (?:formal )?notice|we(?: are|'re) terminating|i(?: am|'m) terminating",
);
const OUR_ACK = re('potwierdzam (?:\\w+ )?otrzymani\\w* (?:\\w+ )?wypowiedz\\w*|confirm receipt of your notice|acknowledge (?:receipt of )?your notice');
const OUR_PLAN = re('plan\\w* przekazani\\w*|harmonogram\\w* przekazani\\w*|handover plan|handover schedule');
const OUR_INVOICE = re('(?:w zalaczeniu|przesylam|zalaczam|wysylam)\\w* (?:\\w+ ){0,3}faktur\\w*|faktur\\w* koncow\\w*|(?:attached|attaching|enclosed|here is|sending)\\b.{0,40}\\binvoice|final invoice');
const SETTLED_WORDS = re('rozliczeni\\w* (?:jest )?zamknie\\w*|wszystko (?:zostalo )?rozliczone|rozliczylismy sie|settlement (?:is )?(?:closed|complete)|all settled|(?:we are|we\'re) all square');
const DATA_DONE = re('(?:usunel\\w*|usunal\\w*|usunieto|usuniete|usunieta|zostaly usuniete|trwale usun\\w*) (?:\\w+ ){0,3}dan\\w*|dane (?:\\w+ ){0,3}(?:zostaly |sa )?usuniet\\w*|(?:deleted|erased|removed) (?:\\w+ ){0,3}data|data (?:\\w+ ){0,3}(?:has been|have been|was|were) (?:deleted|erased|removed)');
const FAREWELL = re(
  'powodzenia|wszystkiego dobrego|drzwi (?:\\w+ ){0,2}otwarte|zapraszam (?:ponownie|w przyszlosci)|gdyby (?:\\w+ ){0,3}potrzebowali|dziek\\w* (?:\\w+ ){0,3}(?:wspoln\\w*|wspolprac\\w*)|all the best|best of luck|good luck|door is (?:always )?open|thank\\w* (?:\\w+ ){0,5}(?:together|working with|cooperation|collaboration)',
);
/** Our handover record sent as done (not one sent for signature). */
const OUR_RECORD = re('(?:w zalaczeniu|przesylam|zalaczam|attached|attaching|enclosed)\\b.{0,60}\\b(?:protokol\\w*|handover record|acceptance record)|(?:protokol\\w*|handover record|acceptance record)\\b.{0,30}\\b(?:w zalaczeniu|w zalaczniku|attached)');
const FOR_SIGNATURE = re('do podpisu|do podpisania|for (?:your )?signature|to sign|for signing');
const ASKS_RECEIPT = re('prosz\\w* o (?:\\w+ )?potwierdzeni\\w* (?:\\w+ )?(?:otrzymani|odbior)\\w*|please (?:\\w+ )?confirm (?:the )?receipt|acknowledge receipt');
const ACCESS_WORDS = re('dostep\\w*|hasl\\w*|login\\w*|logins?|access|credentials?|passwords?');

/** The steps the thread shows as done and the kinds we already sent in it. */
export function inferThreadStages(
  messages: readonly ThreadMessage[],
  options: { userEmail?: string; /** The thread already read by detectCues (its `all`), to read it once. */ cues?: readonly MessageCues[] } = {},
): ThreadStages {
  if (!Array.isArray(messages)) throw new Error('inferThreadStages: messages must be an array of thread messages');
  if (options.cues !== undefined && options.cues.length !== messages.length) throw new Error('inferThreadStages: cues must be read from the same messages');
  const all: readonly MessageCues[] = options.cues ?? detectCues(messages, options.userEmail === undefined ? {} : { userEmail: options.userEmail }).all;
  const found = new Map<ChecklistKey, ThreadStep>();
  const sent: Partial<Record<TemplateKind, string>> = {};
  let served: ThreadNotice | undefined;
  const serve = (message: MessageCues, words: string, folded: string): void => {
    if (served !== undefined) return;
    served = { messageIndex: message.index, servedBy: message.author, acknowledgementRequested: ASKS_RECEIPT.test(folded), words };
    const day = messages[message.index]?.date?.slice(0, 10);
    if (day !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(day)) served.servedOn = day;
  };
  const mark = (step: ChecklistKey, message: MessageCues, words: string, basis: ThreadStep['basis'] = 'said'): void => {
    found.set(step, { step, messageIndex: message.index, author: message.author, words, basis });
  };

  for (const message of all) {
    const ev = message.evidence;
    // Only our own messages and a handover with access need the text again.
    if (message.author !== 'me' && ev.termination === undefined && ev.acknowledgement === undefined && ev.paid === undefined && ev['handover-done'] === undefined) continue;
    const text = messages[message.index]?.text ?? '';
    const whole = foldWithMap(text);
    const folded = { ...whole, folded: ownWords(whole.folded) };
    const words = (pattern: RegExp): string | null => {
      const m = pattern.exec(folded.folded);
      return m === null ? null : originalWords(folded, m.index, m.index + m[0].length);
    };
    const topics = new Set(message.topics);

    if (message.author === 'me') {
      const notice = words(OUR_NOTICE);
      if (notice !== null && topics.has('termination')) {
        mark('notice', message, notice);
        serve(message, notice, folded.folded);
        sent['termination-notice'] = notice;
      }
      const ack = words(OUR_ACK);
      if (ack !== null) {
        mark('notice', message, ack);
        sent['termination-ack'] = ack;
      }
      const plan = words(OUR_PLAN);
      if (plan !== null) sent['handover-plan'] = plan;
      const invoice = words(OUR_INVOICE);
      if (invoice !== null) sent.settlement = invoice;
      const settled = words(SETTLED_WORDS);
      if (settled !== null) mark('settlement', message, settled);
      const record = words(OUR_RECORD);
      if (record !== null && !FOR_SIGNATURE.test(folded.folded)) {
        sent['handover-complete'] = record;
        mark('handover', message, record);
      }
      const data = words(DATA_DONE);
      if (data !== null) mark('personal-data', message, data);
      const farewell = words(FAREWELL);
      // A farewell after the ending, not a pleasantry under a handover note with nothing else closed yet.
      if (farewell !== null && (found.has('notice') || found.has('handover')) && (ev['handover-done'] === undefined || found.has('settlement') || settled !== null)) {
        mark('closing-message', message, farewell);
        sent['closing-thanks'] = farewell;
      }
    } else {
      // The client's own notice is a step done for us once we answered it (a later message of ours).
      const answered = all.some((m) => m.author === 'me' && m.index > message.index);
      if (ev.termination !== undefined && !topics.has('retention') && answered) {
        mark('notice', message, ev.termination);
        serve(message, ev.termination, folded.folded);
      }
      if (ev.acknowledgement !== undefined) mark('notice', message, ev.acknowledgement);
      if (ev.paid !== undefined) mark('settlement', message, ev.paid);
    }
    const handover = ev['handover-done'];
    if (handover !== undefined) {
      mark('handover', message, handover);
      if (message.author === 'me') sent['handover-complete'] = handover;
      // "przekazałam wszystkie pliki i dostępy", "all files and logins are handed over"
      const access = ACCESS_WORDS.exec(folded.folded);
      if (access !== null) mark('assets-access', message, handover);
    }
  }

  const notice = found.get('notice');
  if (notice !== undefined) {
    for (const step of ['analysis', 'conversation', 'documents'] as const) {
      if (!found.has(step)) found.set(step, { ...notice, step, basis: 'before-notice' });
    }
  }
  const steps = CHECKLIST_KEYS.filter((key) => found.has(key)).map((key) => found.get(key)!);
  return served === undefined ? { steps, sent } : { steps, sent, notice: served };
}

/** One tick the sidebar offers: a step the thread shows done that the record still has open. */
export interface StepProposal extends ThreadStep {
  /** For the notice: what is recorded with it (the thread's own date and channel, an e-mail). */
  notice?: { servedOn: string; channel: 'email'; acknowledgementRequested: boolean };
}

/**
 * The ticks to offer for an offboarding: the steps the thread shows done and the record has open.
 * The notice is offered only with the day its e-mail was sent (it is recorded with a date, never
 * without one); without that day the checklist's own notice form records it.
 */
export function proposeThreadSteps(
  checklist: Readonly<Record<ChecklistKey, { doneAt?: string; skipped?: boolean }>>,
  stages: ThreadStages,
): StepProposal[] {
  const open = (key: ChecklistKey): boolean => checklist[key]?.doneAt === undefined && checklist[key]?.skipped !== true;
  const out: StepProposal[] = [];
  for (const step of stages.steps) {
    if (!open(step.step)) continue;
    if (step.step === 'notice') {
      const served = stages.notice;
      if (served?.servedOn === undefined) continue;
      // Quoted from the e-mail that served it (not a later acknowledgement).
      out.push({
        ...step,
        messageIndex: served.messageIndex,
        author: served.servedBy,
        words: served.words,
        notice: { servedOn: served.servedOn, channel: 'email', acknowledgementRequested: served.acknowledgementRequested },
      });
      continue;
    }
    out.push(step);
  }
  return out;
}
