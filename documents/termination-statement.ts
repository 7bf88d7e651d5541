/**
 * The written termination statement (oświadczenie o wypowiedzeniu umowy, DOMAIN.md "Documents"):
 * place and date, both parties, the contract by name, number and date, the clause, the notice
 * period and the end date counted from delivery (art. 61 k.c. with art. 111–112), a request to
 * confirm receipt and the signature line. Under a written-form clause this paper, signed by hand or
 * with a qualified electronic signature, is the notice; the e-mail only announces it.
 */
import { noticeDelivery, endFromDelivery, channelSatisfiesWrittenForm } from '../offboarding/notice';
import { formatNoticePeriod } from '../templates/format';
import { appliesToContract } from '../templates/contract-types';
import { hasLegalFormSuffix } from '../offboarding/client';
import {
  clientParty,
  contractReference,
  contractRoles,
  date,
  FactSheet,
  fileNameFor,
  placeAndDate,
  senderParty,
  senderSignatory,
  type DocumentInput,
} from './context';
import type { DocumentBlock, DocumentResult } from './model';

const TITLE = { pl: 'Wypowiedzenie umowy', en: 'Notice of Termination' } as const;

interface Delivery {
  on: string;
  /** recorded: it happened (or happens on sending); expected: the user's forecast. */
  expected: boolean;
}

/**
 * The day the statement reaches the client: a notice the user recorded (in a form the contract
 * accepts), else the day typed in the form. A letter's posting day is not its delivery, and an
 * expected day already gone by is no forecast: both are asked for, as the messages ask.
 */
function deliveryOf(sheet: FactSheet): Delivery | undefined {
  const { client, offboarding, today } = sheet.input;
  const notice = offboarding?.notice?.servedBy === 'we' ? offboarding.notice : undefined;
  const written = client?.contract.requiredForm === 'written';
  if (notice && (!written || channelSatisfiesWrittenForm(notice.channel))) {
    const known = noticeDelivery(notice);
    const guessedFromPosting = known.status === 'expected' && notice.expectedDeliveryOn === undefined;
    const expectedInPast = known.status === 'expected' && !guessedFromPosting && known.on < today;
    if (!guessedFromPosting && !expectedInPast) return { on: known.on, expected: known.status === 'expected' };
  }
  const typed = sheet.typedDate('notice.deliveryOn');
  if (typed !== undefined) return { on: typed, expected: typed > today };
  sheet.lack('notice.deliveryOn');
  return undefined;
}

export function terminationStatement(input: DocumentInput): DocumentResult {
  const { client, offboarding, settings, lang } = input;
  const kind = 'termination-statement';
  if (!client) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Brak klienta: nie ma czego wypowiedzieć.' : 'No client: there is no contract to terminate.' };
  }
  if (!appliesToContract('termination-notice', client)) {
    return {
      status: 'not-applicable',
      kind,
      lang,
      reason:
        lang === 'pl'
          ? 'Umowy o dzieło się nie wypowiada: można od niej odstąpić (art. 635, 640, 644 k.c.) albo rozwiązać ją porozumieniem.'
          : 'A contract for specific work is not terminated by notice: it is withdrawn from (Articles 635, 640 and 644 of the Civil Code) or ended by agreement.',
    };
  }
  if (offboarding && (offboarding.initiator !== 'we' || offboarding.notice?.servedBy === 'client')) {
    return {
      status: 'not-applicable',
      kind,
      lang,
      reason:
        lang === 'pl'
          ? 'Współpracę kończy klient albo obie strony wspólnie: nie składasz wypowiedzenia (zob. porozumienie o rozwiązaniu umowy).'
          : 'The client, or both parties together, are ending the cooperation: there is no notice for you to give (see the termination agreement).',
    };
  }

  const sheet = new FactSheet(input, kind);
  const roles = contractRoles(client.contract.type, lang);
  const heading = placeAndDate(sheet);
  const us = senderParty(sheet, roles.us.nom);
  const them = clientParty(sheet, client, roles.client.nom);
  const contract = contractReference(sheet, client);
  const delivery = deliveryOf(sheet);
  if (sheet.missing.length > 0 || !heading || !us || !them || !contract || !delivery) {
    return { status: 'missing', kind, lang, missing: sheet.missing };
  }

  const we = settings.profile.senderForm === 'we';
  // A company or partnership acts through a person; a sole trader's business name is the person.
  const onBehalf = !we && hasLegalFormSuffix(settings.profile.company ?? '');
  const period = formatNoticePeriod(client.contract.noticePeriod, lang);
  const endsOn = endFromDelivery(client.contract, delivery.on);
  const clause = client.contract.clause?.trim();
  const email = settings.profile.email;
  const blocks: DocumentBlock[] = [{ type: 'place-date', text: heading }, { type: 'parties', parties: [us.block, them.block] }, { type: 'title', text: TITLE[lang] }];

  if (lang === 'pl') {
    const subject = we ? 'Niniejszym wypowiadamy' : onBehalf ? `Działając w imieniu ${roles.us.gen}, niniejszym wypowiadam` : 'Niniejszym wypowiadam';
    const basis = clause ? `, na podstawie ${clause} Umowy` : '';
    blocks.push({ type: 'paragraph', text: `${subject} ${contract.accusative} (dalej: „Umowa”)${basis}.` });
    if (period) {
      const monthEnd = client.contract.endOfMonth ? ' ze skutkiem na koniec miesiąca kalendarzowego' : '';
      blocks.push({ type: 'paragraph', text: `Okres wypowiedzenia wynosi ${period}${monthEnd} i biegnie od dnia doręczenia niniejszego oświadczenia.` });
      blocks.push({
        type: 'paragraph',
        text: delivery.expected
          ? `Przy doręczeniu niniejszego oświadczenia w dniu ${date(delivery.on, lang)} Umowa ulegnie rozwiązaniu z dniem ${date(endsOn, lang)}.`
          : `Wobec doręczenia niniejszego oświadczenia w dniu ${date(delivery.on, lang)} Umowa ulegnie rozwiązaniu z upływem okresu wypowiedzenia, tj. z dniem ${date(endsOn, lang)}.`,
      });
    } else {
      blocks.push({
        type: 'paragraph',
        text: delivery.expected
          ? 'Umowa ulegnie rozwiązaniu z dniem doręczenia niniejszego oświadczenia.'
          : `Umowa ulega rozwiązaniu z dniem doręczenia niniejszego oświadczenia, tj. z dniem ${date(delivery.on, lang)}.`,
      });
    }
    const ask = we ? 'Prosimy' : 'Proszę';
    blocks.push({
      type: 'paragraph',
      text: `${ask} o potwierdzenie otrzymania niniejszego oświadczenia${email ? ` na piśmie lub wiadomością e-mail na adres ${email}` : ' na piśmie'}.`,
    });
  } else {
    const subject = we ? 'We hereby give' : onBehalf ? 'On behalf of the Contractor, I hereby give' : 'I hereby give';
    const basis = clause ? ` under ${clause} of the Agreement` : '';
    blocks.push({ type: 'paragraph', text: `${subject} notice of termination of ${contract.accusative} (the “Agreement”)${basis}.` });
    if (period) {
      const monthEnd = client.contract.endOfMonth ? ', ending on the last day of a calendar month,' : '';
      blocks.push({ type: 'paragraph', text: `The notice period is ${period}${monthEnd} and runs from the day this notice is delivered.` });
      blocks.push({
        type: 'paragraph',
        text: delivery.expected
          ? `If this notice is delivered on ${date(delivery.on, lang)}, the Agreement will terminate on ${date(endsOn, lang)}.`
          : `As this notice is delivered on ${date(delivery.on, lang)}, the Agreement will terminate at the end of the notice period, on ${date(endsOn, lang)}.`,
      });
    } else {
      blocks.push({
        type: 'paragraph',
        text: delivery.expected
          ? 'The Agreement will terminate on the day this notice is delivered.'
          : `The Agreement terminates on the day this notice is delivered, ${date(delivery.on, lang)}.`,
      });
    }
    blocks.push({
      type: 'paragraph',
      text: `Please confirm receipt of this notice in writing${email ? ` or by e-mail to ${email}` : ''}.`,
    });
  }

  blocks.push({
    type: 'signatures',
    signatures: [
      { caption: lang === 'pl' ? roles.us.nom : 'Contractor', name: senderSignatory(settings) },
      { caption: lang === 'pl' ? `Potwierdzenie odbioru (data i podpis ${roles.client.gen})` : 'Receipt confirmed by the Client (date and signature)' },
    ],
  });
  return { status: 'ready', document: { kind, lang, title: TITLE[lang], fileName: fileNameFor(TITLE[lang], them.name, input.today), blocks } };
}
