/**
 * What the final settlement says about work not yet invoiced, by contract type and by how the
 * contract ends (review11 PL A2, C8). One computed sentence, so both languages follow one rule:
 * - a services contract or zlecenie ended by notice or agreement: the work up to termination goes
 *   on the final invoice;
 * - a fixed term that runs out (no notice ends it earlier, no agreement): the contract expires
 *   (wygasa) on its date, so the work is counted up to the expiry, not a termination;
 * - an umowa o dzieło completed: the fee for the work is due on its delivery (art. 627, 642 § 1 k.c.);
 * - an umowa o dzieło ended unfinished without the client's withdrawal (the contractor ended it,
 *   art. 640, an agreement): the code gives no pro rata fee, so the fee for the part done is an
 *   amount the sender proposes and the parties agree, a missing value the user types
 *   (agreement.partWorkFee), never an invoice announced;
 * - the client's withdrawal (art. 644): no sentence, the settlement's own paragraph states the claim.
 * Where the sender's form is unknown the verb is the same choice the engine shows ("⟨rozliczę / rozliczymy⟩").
 */
import type { Client, Lang, Offboarding, SenderForm } from '../offboarding/types';
import { hasNoticePeriod } from '../offboarding/notice';
import { formatDate } from './format';
import type { TemplateVariables } from './types';

export type UnbilledWorkCase = 'terminated' | 'expires' | 'ends' | 'dzielo-complete' | 'dzielo-part-fee' | 'client-withdrew' | 'dzielo-unknown';

type Ending = Pick<Offboarding, 'initiator' | 'reason'> & Partial<Pick<Offboarding, 'notice'>>;

/** The client withdrew from an umowa o dzieło before the work was done (art. 644 k.c.). */
export function clientWithdrewFromDzielo(client: Pick<Client, 'contract'> | undefined, offboarding: Ending | undefined): boolean {
  return client?.contract.type === 'dzielo' && offboarding?.notice?.servedBy === 'client' && offboarding.reason !== 'project-complete';
}

/**
 * A fixed term ends by itself on its date unless a notice (under a notice period) or the parties'
 * agreement ends it first. With no notice period a recorded notice is the non-renewal itself.
 */
function expiresOnFixedTerm(client: Pick<Client, 'contract'>, offboarding: Ending | undefined): boolean {
  const contract = client.contract;
  if (contract.fixedTermEndsOn === undefined || offboarding?.initiator === 'mutual') return false;
  return !hasNoticePeriod(contract.noticePeriod) || offboarding?.notice === undefined;
}

export function unbilledWorkCase(client: Pick<Client, 'contract'> | undefined, offboarding: Ending | undefined): UnbilledWorkCase {
  if (client?.contract.type === 'dzielo') {
    if (clientWithdrewFromDzielo(client, offboarding)) return 'client-withdrew';
    if (offboarding === undefined) return 'dzielo-unknown';
    return offboarding.reason === 'project-complete' ? 'dzielo-complete' : 'dzielo-part-fee';
  }
  if (client === undefined || !expiresOnFixedTerm(client, offboarding)) return 'terminated';
  // A term that renews unless a non-renewal notice is given expires on its day only once that notice
  // is given (review: the settlement stated the expiry before any notice was served).
  return client.contract.nonRenewalNoticeDays !== undefined && offboarding?.notice === undefined ? 'ends' : 'expires';
}

/** The sender's verb or pronoun, or the engine's visible choice while the form is unknown. */
function bySender(form: SenderForm | undefined, one: string, we: string): string {
  if (form === 'we') return we;
  if (form === 'm' || form === 'f') return one;
  return `⟨${one} / ${we}⟩`;
}

interface UnbilledWorkInput {
  client?: Pick<Client, 'contract'>;
  offboarding?: Ending;
  senderForm?: SenderForm;
  lang: Lang;
}

/**
 * The sentence, or undefined where none belongs. For the part fee the sentence stops before the
 * amount, which the template prints from agreement.partWorkFee (a missing value until typed).
 */
export function unbilledWorkVariables({ client, offboarding, senderForm, lang }: UnbilledWorkInput): TemplateVariables {
  const situation = unbilledWorkCase(client, offboarding);
  const pl = lang === 'pl';
  const fixedTermEnd = client?.contract.fixedTermEndsOn;
  let sentence: string | undefined;
  switch (situation) {
    case 'terminated':
      sentence = pl
        ? `Prace wykonane do dnia rozwiązania umowy, nieobjęte wystawionymi dotąd fakturami, ${bySender(senderForm, 'rozliczę', 'rozliczymy')} fakturą końcową.`
        : `Work done up to the end of the agreement and not yet invoiced will go on ${bySender(senderForm, 'my', 'our')} final invoice.`;
      break;
    case 'ends':
      sentence = pl
        ? `Prace wykonane do dnia zakończenia umowy, nieobjęte wystawionymi dotąd fakturami, ${bySender(senderForm, 'rozliczę', 'rozliczymy')} fakturą końcową.`
        : `Work done up to the end of the agreement and not yet invoiced will go on ${bySender(senderForm, 'my', 'our')} final invoice.`;
      break;
    case 'expires': {
      const on = formatDate(fixedTermEnd ?? '', lang);
      sentence = pl
        ? `Prace wykonane do dnia wygaśnięcia umowy (${on}), nieobjęte wystawionymi dotąd fakturami, ${bySender(senderForm, 'rozliczę', 'rozliczymy')} fakturą końcową.`
        : `Work done up to the expiry of the agreement on ${on} and not yet invoiced will go on ${bySender(senderForm, 'my', 'our')} final invoice.`;
      break;
    }
    case 'dzielo-complete':
      sentence = pl
        ? `Wynagrodzenie za dzieło, o ile nie objęła go dotąd faktura, ${bySender(senderForm, 'rozliczę', 'rozliczymy')} fakturą końcową.`
        : `Any part of the fee for the work not yet invoiced will go on ${bySender(senderForm, 'my', 'our')} final invoice.`;
      break;
    case 'dzielo-part-fee':
      sentence = pl
        ? `Wynagrodzenie za część dzieła wykonaną do dnia zakończenia współpracy ${bySender(senderForm, 'proponuję', 'proponujemy')} ustalić na kwotę`
        : `For the work completed up to the end date, ${bySender(senderForm, 'I', 'we')} propose a fee of`;
      break;
    case 'client-withdrew':
    case 'dzielo-unknown':
      sentence = undefined;
      break;
  }
  // A proposal asks for an answer and says what follows it (review: a bare proposal "just hangs there").
  const feeToAgree =
    situation !== 'dzielo-part-fee'
      ? undefined
      : pl
        ? `; ${bySender(senderForm, 'proszę', 'prosimy')} o potwierdzenie, czy ta kwota jest do przyjęcia. Po jej uzgodnieniu ${bySender(senderForm, 'wystawię', 'wystawimy')} odrębną fakturę.`
        : `. Please let ${bySender(senderForm, 'me', 'us')} know whether you accept it; ${bySender(senderForm, 'I', 'we')} will then invoice it separately.`;
  return { unbilled: { sentence, feeToAgree } };
}
