/**
 * The wording of a demand for payment that depends on the record (review11: EN A3, B4, C3, PL B6):
 * who owes (the person addressed, a firm, a sole trader under a business name), what the list holds
 * (invoices, or other amounts), and, in a letter before claim under the Practice Direction –
 * Pre-Action Conduct, the paragraphs the Practice Direction asks for. Computed
 * here so that the template keeps room for its Polish-law wording (the body limit, long-body.test).
 */
import { clientPartyName, hasLegalFormSuffix, isBusinessClient } from '../offboarding/client';
import { overdueReceivables } from '../offboarding/recovery';
import { isOutstanding } from '../offboarding/settlement';
import type { Client, Lang, Offboarding, SenderForm } from '../offboarding/types';
import { joinWithAnd } from './format';
import type { TemplateValue, TemplateVariables } from './types';

export interface DemandWordingInput {
  client?: Client;
  offboarding?: Offboarding;
  today: string;
  lang: Lang;
  polishLaw: boolean;
  senderForm?: SenderForm;
  /** The contract's name as the messages write it ("Consultancy Agreement"). */
  contractName?: string;
  letterBeforeClaim: boolean;
}

export function demandWording(input: DemandWordingInput): TemplateVariables {
  const { client, lang } = input;
  const lines = input.offboarding ? overdueReceivables(input.offboarding.settlement, input.today, input.polishLaw) : [];
  // What the demand claims: the overdue items, or else those unpaid with no due date (demandVariables).
  const undated = lines.length > 0 || !input.offboarding ? [] : input.offboarding.settlement.filter((item) => item.direction === 'receivable' && isOutstanding(item) && item.amountMinor > 0 && item.dueOn === undefined);
  const claimed = lines.length > 0 ? lines.map((line) => line.item) : undated;
  const numbers = claimed.map((item) => item.invoiceNo?.trim()).filter((no): no is string => Boolean(no));
  // Invoices only when every overdue item is one (it has a number); otherwise amounts (review11-en C3).
  const allInvoiced = lines.length > 0 && numbers.length === claimed.length;
  const parties = partyWording(client, lang);
  // The reservation names a statute only where the record holds the law it belongs to: the Late
  // Payment Act for a business contract recorded as under the law of England and Wales (words12).
  const lateInterestAct = client?.contract.governingLaw === 'england-wales' && isBusinessClient(client);
  const wording: TemplateVariables = { ...parties, listNoun: listNoun(allInvoiced, lines.length, lang), lateInterestAct };
  if (!input.letterBeforeClaim || lang !== 'en') return wording;
  const words = englishSender(input.senderForm);
  // The reply date (demand.replyBy) is a value the user sets, proposed from today (reply-dates.ts).
  return {
    ...wording,
    preActionLead: 'This is a letter before claim under the Practice Direction – Pre-Action Conduct and Protocols.',
    preActionBasis: sumBasis(allInvoiced, claimed.length, lines.length > 0, new Set(claimed.map((item) => item.currency)).size > 1),
    // In the sender's voice: until the form is known (profile or typed) these stay missing values.
    ...(words ? preActionParagraphs(words, { numbers, contractName: input.contractName }) : {}),
  };
}

/** The sender's form as typed for a message when the profile has none ("m", "f", "we"). */
export function typedSenderForm(value: TemplateValue | undefined): SenderForm | undefined {
  return value === 'm' || value === 'f' || value === 'we' ? value : undefined;
}

/** How the sum is made up (para 6(a)): the items listed, and that nothing was added to them. */
function sumBasis(allInvoiced: boolean, count: number, dated: boolean, currencies: boolean): string {
  const several = count !== 1;
  const listed = allInvoiced ? 'invoices' : 'amounts';
  // Amounts in two currencies add up to no one sum (review: "£3,690.00 and €1,200.00" is not a total).
  if (currencies) {
    const overdueEach = dated ? ', which remain unpaid after their due dates' : '';
    return `The sums claimed are the amounts ${allInvoiced ? 'of the invoices ' : ''}listed above${overdueEach}; they include no interest or other charges.`;
  }
  const items = several ? `the total of the ${listed}` : allInvoiced ? 'the amount of the invoice' : 'the amount';
  // Amounts with no due date have none to be unpaid after: only overdue items are said to be.
  const overdue = dated ? `, which ${several ? 'remain' : 'remains'} unpaid after ${several ? 'their due dates' : 'its due date'}` : '';
  return `The sum claimed is ${items} listed above${overdue}; it includes no interest or other charges.`;
}

/**
 * Who the demand says owes. The person addressed, with no business name recorded, owes "you owe
 * me" (never "The debtor is Emily Carter" to Emily, review11-en B4). A business name with no legal
 * form is a sole trader's firma (art. 43⁴ k.c.): the debtor is the person trading under it, never
 * the name (review11-pl B6); the documents read the record the same way (documents/parties.ts).
 */
function partyWording(client: Client | undefined, lang: Lang): TemplateVariables {
  if (!client) return { debtorAddressed: false, namesDebtor: true, soleTrader: false };
  const company = client.company?.trim();
  const legalEntity = hasLegalFormSuffix(company ?? '') || hasLegalFormSuffix(client.name);
  const person = company ? personName(client, company) : undefined;
  const debtorAddressed = !company && !legalEntity && clientPartyName(client) !== undefined;
  const soleTrader = Boolean(company) && !legalEntity;
  return {
    debtorAddressed,
    // Polish names the debtor whenever it is not a company: its salutation carries no name, and the
    // demand is the evidence of the call to pay (art. 187 § 1 pkt 3 k.p.c., review10-pl B5).
    namesDebtor: !legalEntity,
    soleTrader,
    trader: soleTrader && lang === 'pl' ? polishTrader(client, person) : undefined,
    // Never produced from the record: where the trader's name is not recorded the user types it.
    traderName: undefined,
  };
}

/** The client's own name when it is a person's, not an address or the business name again. */
function personName(client: Client, company: string): string | undefined {
  const name = client.name.trim();
  const party = clientPartyName({ name, company: undefined });
  return party !== undefined && party.toLocaleLowerCase('pl') !== company.toLocaleLowerCase('pl') ? party : undefined;
}

/**
 * "Paweł Zieliński, prowadzący działalność gospodarczą pod firmą …" (the firm follows in the
 * template): the participle agrees with the person addressed; with the form unknown,
 * "przedsiębiorca prowadzący", as documents/parties.ts writes it. No name recorded: undefined,
 * and the template asks for the name, never putting the firm in the person's place.
 */
function polishTrader(client: Client, person: string | undefined): string | undefined {
  if (person === undefined) return undefined;
  if (client.recipient.form === 'pan') return `${person}, prowadzący`;
  if (client.recipient.form === 'pani') return `${person}, prowadząca`;
  return `${person}, przedsiębiorca prowadzący`;
}

function listNoun(allInvoiced: boolean, count: number, lang: Lang): string {
  if (lang === 'pl') {
    const noun = allInvoiced ? ['faktury, której', 'następujących faktur, których'] : ['należności, której', 'następujących należności, których'];
    return count === 1 ? noun[0]! : noun[1]!;
  }
  const noun = allInvoiced ? 'invoice' : 'amount';
  return count === 1 ? noun : `${noun}s`;
}

interface EnglishSender {
  i: string;
  me: string;
  iAm: string;
}

function englishSender(form: SenderForm | undefined): EnglishSender | undefined {
  if (form === 'we') return { i: 'we', me: 'us', iAm: 'we are' };
  if (form === 'm' || form === 'f') return { i: 'I', me: 'me', iAm: 'I am' };
  return undefined;
}

const capital = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the Practice Direction – Pre-Action Conduct asks a letter before claim to say beyond the
 * amount: how the sum is made up (para 6(a)), a reply with the parts disputed and why (6(b)), the
 * key documents (6(c)), alternative dispute resolution (paras 8–10) and the costs warning (paras
 * 13–16). The product attaches nothing to the draft, so the documents are offered, never said to
 * be attached; only those the record holds are named (the invoices by number, the agreement).
 */
function preActionParagraphs(
  words: EnglishSender,
  facts: { numbers: readonly string[]; contractName: string | undefined },
): TemplateVariables {
  const documents = [
    ...(facts.numbers.length > 0 ? [`${facts.numbers.length > 1 ? 'invoices' : 'invoice'} ${joinWithAnd(facts.numbers, 'en')}`] : []),
    ...(facts.contractName ? [`the ${facts.contractName}`] : []),
  ];
  const offer =
    documents.length === 0
      ? ''
      : facts.numbers.length > 1 || documents.length > 1
        ? ` If you need them, ${words.i} can send you copies of the key documents: ${documents.join(documents.length > 1 && facts.numbers.length > 1 ? ', and ' : ' and ')}.`
        : ` If you need one, ${words.i} can send you a copy of ${documents[0]}.`;
  const reply =
    `If you dispute all or part of the claim, please tell ${words.me} by the same date which parts you dispute and why, with copies of any documents you rely on.${offer} ` +
    `${capital(words.iAm)} willing to consider mediation or another form of alternative dispute resolution: if you would like to propose one, please do so in your reply.`;
  const warning =
    `If ${words.i} receive neither payment nor a reasoned reply by then, ${words.i} may start court proceedings without further notice, which may increase your liability for costs. ` +
    'In deciding costs and interest, the court may take into account whether the parties followed the Practice Direction, including whether they considered alternative dispute resolution.';
  return { preActionReply: reply, preActionWarning: warning };
}
