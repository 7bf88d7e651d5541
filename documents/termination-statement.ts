/**
 * The written termination statement (oświadczenie o wypowiedzeniu umowy, DOMAIN.md "Documents"):
 * place and date, both parties, the contract by name, number and date, the clause, the notice
 * period and the end date counted from delivery (art. 61 k.c. with art. 111–112), a request to
 * confirm receipt and the signature line. Under a written-form clause this paper, signed by hand or
 * with a qualified electronic signature, is the notice; the e-mail only announces it.
 */
import { noticeDelivery, endFromDelivery, channelMeetsForm, deliveryWindow } from '../offboarding/notice';
import { periodInWords } from './period-words';
import { appliesToContract } from '../templates/contract-types';
import { hasLegalFormSuffix } from '../offboarding/client';
import { contractReference, contractRoles, date, FactSheet, fileNameFor, placeAndDate, type DocumentInput } from './context';
import { clientParty, senderParty, senderSignatureLine } from './parties';
import type { DocumentBlock, DocumentResult } from './model';
import { documentUnderPolishLaw } from '../offboarding/governing-law';
import { isPolishPublicHoliday } from '../offboarding/dates';
import { weekdayOf } from '../offboarding/calendar';
import { ukJurisdictionFor, type UkJurisdiction } from '../offboarding/uk-debt';
import { ukNonBusinessDay } from '../offboarding/uk-bank-holidays';
import type { Lang } from '../offboarding/types';

const TITLE = { pl: 'Wypowiedzenie umowy', en: 'Notice of termination' } as const;

interface Delivery {
  on: string;
  /**
   * Not a recorded delivery: the user's forecast, or the sending day of an e-mail or QES e-mail —
   * the day it is presumed to arrive, which the statement says as a condition, never as a fact.
   */
  expected: boolean;
  /** The day it is sent, when the record holds it: no delivery comes before it. */
  sentOn?: string;
}

/**
 * The day the statement reaches the client: a notice the user recorded (in a form the contract
 * accepts), else the day typed in the form. A letter's posting day is not its delivery, and an
 * expected day already gone by is no forecast: both are asked for, as the messages ask.
 */
function deliveryOf(sheet: FactSheet): Delivery | undefined {
  const { client, offboarding, today } = sheet.input;
  const notice = offboarding?.notice?.servedBy === 'we' ? offboarding.notice : undefined;
  // No client record: nothing recorded either (the notice needs a client). A form not recorded is unknown.
  if (notice && client && channelMeetsForm(client.contract.requiredForm, notice.channel)) {
    const known = noticeDelivery(notice);
    const guessedFromPosting = known.status === 'expected' && notice.expectedDeliveryOn === undefined;
    const expectedInPast = known.status === 'expected' && !guessedFromPosting && known.on < today;
    if (!guessedFromPosting && !expectedInPast) return { on: known.on, expected: known.status === 'expected' || known.fromSending, sentOn: notice.servedOn };
  }
  const typed = sheet.typedDate('notice.deliveryOn');
  if (typed !== undefined) return { on: typed, expected: typed > today, sentOn: today };
  // Unknown while the letter is drafted: the statement then gives the rule, not a guessed date
  // (review10 PL10-B13). A day the user types is still used.
  return undefined;
}

export function terminationStatement(input: DocumentInput): DocumentResult {
  const { client, offboarding, settings, lang } = input;
  const kind = 'termination-statement';
  if (!client) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Brak klienta: nie ma czego wypowiedzieć.' : 'No client: there is no contract to terminate.' };
  }
  if (!appliesToContract('termination-notice', client)) {
    // Art. 640 is the client's lack of cooperation: where the record's reason is non-payment, the
    // note points to the demand first, and to art. 491 § 1 for a withdrawal (review11 PL B11).
    const unpaid = offboarding?.reason === 'non-payment';
    return {
      status: 'not-applicable',
      kind,
      lang,
      reason:
        lang === 'pl'
          ? `Kodeks cywilny nie przewiduje wypowiedzenia umowy o dzieło (chyba że przewiduje je sama umowa).${unpaid ? ' Przy braku zapłaty wynagrodzenia za oddane dzieło właściwym krokiem jest wezwanie do zapłaty; odstąpienie od umowy wymagałoby wyznaczenia dodatkowego terminu (art. 491 § 1 k.c.).' : ''} Przyjmujący zamówienie może od niej odstąpić m.in. na podstawie art. 640 k.c., zamawiający – m.in. na podstawie art. 635, 636 i 644 k.c.; umowę można też rozwiązać za porozumieniem stron.`
          : `The Polish Civil Code gives no notice of termination for a contract for specific work (unless the contract itself provides one).${unpaid ? ' Where the fee for a delivered work is unpaid, the step to take is a demand for payment; withdrawing from the contract would first require setting a further deadline (Article 491 § 1).' : ''} The contractor may withdraw from it, for example under Article 640; the client, for example under Articles 635, 636 and 644; or the parties may end it by agreement.`,
    };
  }
  if (offboarding && (offboarding.initiator === 'client' || offboarding.notice?.servedBy === 'client')) {
    return {
      status: 'not-applicable',
      kind,
      lang,
      reason:
        lang === 'pl'
          ? 'Wypowiedzenia udzielił klient: nie składasz własnego. Potwierdź otrzymanie wypowiedzenia klienta.'
          : "The client has given notice; there is no notice for you to give. Acknowledge the client's notice instead.",
    };
  }
  if (offboarding && offboarding.initiator !== 'we') {
    return {
      status: 'not-applicable',
      kind,
      lang,
      reason:
        lang === 'pl'
          ? 'Strony kończą umowę wspólnie: zamiast wypowiedzenia sporządź porozumienie o rozwiązaniu umowy.'
          : 'The parties are ending the contract together: draw up a termination agreement instead of a notice.',
    };
  }

  const sheet = new FactSheet(input, kind);
  const roles = contractRoles(client.contract.type, lang);
  const heading = placeAndDate(sheet);
  const us = senderParty(sheet, roles.us.nom);
  const them = clientParty(sheet, client, roles.client.nom, 'addressed');
  const contract = contractReference(sheet, client);
  const delivery = deliveryOf(sheet);
  if (sheet.missing.length > 0 || !heading || !us || !them || !contract) {
    return { status: 'missing', kind, lang, missing: sheet.missing };
  }

  const we = settings.profile.senderForm === 'we';
  // A company or partnership acts through a person; a sole trader's business name is the person.
  const onBehalf = !we && hasLegalFormSuffix(settings.profile.company ?? '');
  const period = periodInWords(client.contract.noticePeriod, lang);
  const endsOn = delivery ? endFromDelivery(client.contract, delivery.on) : undefined;
  const clause = client.contract.clause?.trim();
  const email = settings.profile.email;
  // Polish: place and date, then both parties. English: a letter — the sender's block, the date,
  // "To:" the client (a company at its registered office, for the attention of its representative).
  const blocks: DocumentBlock[] =
    lang === 'pl'
      ? [{ type: 'place-date', text: heading }, { type: 'parties', parties: [us.block, them.block] }, { type: 'title', text: TITLE[lang] }]
      : [{ type: 'letterhead', lines: us.block.lines }, { type: 'place-date', text: heading }, { type: 'addressee', label: 'To', lines: them.block.lines }, { type: 'title', text: TITLE[lang] }];

  const deliveryRange = delivery?.expected && period ? deliveryWindow(client.contract, delivery.on, delivery.sentOn ?? delivery.on) : undefined;
  // Art. 111–112 k.c. count from the day after delivery, and art. 115 does not move a notice's
  // effect: a Polish-law notice states its end date. Under another law (or none recorded with a
  // party abroad) the counting and a deemed-receipt rule are the contract's, which the record does
  // not hold: no counting rule is stated as the contract's, and a saving clause keeps the notice
  // good for the earliest lawful date if ours is too early (review7-en A14).
  const polishLaw = documentUnderPolishLaw(client.contract, [client.address, settings.profile.address]);
  const notes = delivery && endsOn ? endDateNotes(polishLaw, delivery, endsOn, ukJurisdictionFor(client), lang) : [];
  const qes = offboarding?.notice?.servedBy === 'we' && offboarding.notice.channel === 'qes';
  if (lang === 'pl') {
    const subject = we ? 'niniejszym wypowiadamy' : onBehalf ? `działając w imieniu ${roles.us.gen}, niniejszym wypowiadam` : 'niniejszym wypowiadam';
    const opening = clause ? `Na podstawie ${clause} umowy ${subject}` : subject.charAt(0).toUpperCase() + subject.slice(1);
    blocks.push({ type: 'paragraph', text: `${opening} ${contract.accusative} (dalej: „Umowa”).` });
    if (period) {
      const monthEnd = client.contract.endOfMonth ? ', a wypowiedzenie jest skuteczne na koniec miesiąca kalendarzowego' : '';
      // Art. 111 § 2 k.c.: the day of delivery is not counted ("biegnie od dnia doręczenia" reads as counting it; review6-pl C4).
      blocks.push({
        type: 'paragraph',
        text: polishLaw
          ? `Okres wypowiedzenia wynosi ${period} i rozpoczyna bieg z dniem następującym po dniu doręczenia niniejszego oświadczenia${monthEnd}.`
          : `Okres wypowiedzenia wynosi ${period}${monthEnd}.`,
      });
      let when: string;
      if (!delivery || !endsOn) when = 'Umowa ulegnie rozwiązaniu z upływem okresu wypowiedzenia liczonego od dnia doręczenia niniejszego oświadczenia.';
      else if (!deliveryRange) when = `Wobec doręczenia niniejszego oświadczenia w dniu ${date(delivery.on, lang)} Umowa ulegnie rozwiązaniu z upływem okresu wypowiedzenia, tj. z upływem dnia ${date(endsOn, lang)}.`;
      else if (deliveryRange.from === deliveryRange.to) when = `Jeżeli niniejsze oświadczenie zostanie doręczone w dniu ${date(deliveryRange.from, lang)}, Umowa ulegnie rozwiązaniu z upływem dnia ${date(endsOn, lang)}.`;
      else if (deliveryRange.from === (delivery.sentOn ?? delivery.on)) when = `Jeżeli niniejsze oświadczenie zostanie doręczone do dnia ${date(deliveryRange.to, lang)}, Umowa ulegnie rozwiązaniu z upływem dnia ${date(endsOn, lang)}.`;
      else when = `Jeżeli niniejsze oświadczenie zostanie doręczone w okresie od dnia ${date(deliveryRange.from, lang)} do dnia ${date(deliveryRange.to, lang)}, Umowa ulegnie rozwiązaniu z upływem dnia ${date(endsOn, lang)}.`;
      const saving = clause ? `na podstawie ${clause} Umowy` : 'na podstawie niniejszego wypowiedzenia';
      if (!polishLaw) when = `${when.replace(/\.$/, '')}, a gdyby zgodnie z Umową termin ten przypadał później – w najwcześniejszym terminie, w którym Umowa może zostać rozwiązana ${saving}.`;
      blocks.push({ type: 'paragraph', text: when });
    } else {
      blocks.push({
        type: 'paragraph',
        text: !delivery || delivery.expected
          ? 'Umowa ulegnie rozwiązaniu z chwilą doręczenia niniejszego oświadczenia.'
          : `Umowa ulega rozwiązaniu z chwilą doręczenia niniejszego oświadczenia, tj. w dniu ${date(delivery.on, lang)}.`,
      });
    }
    if (qes) blocks.push({ type: 'paragraph', text: 'Oświadczenie zostało opatrzone kwalifikowanym podpisem elektronicznym.' });
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
      // The rule and then the date it gives, never the date alone under an "if" (review6-en B5):
      // art. 111 § 2 k.c., the day of receipt is not counted.
      const rule = polishLaw
        ? `The notice period is ${period}, counted from the day after the day on which this notice is received.`
        : `The notice period${clause ? ` under ${clause}` : ''} is ${period}.`;
      const ends = client.contract.endOfMonth ? 'at the end of the calendar month in which that period expires' : 'on the expiry of that period';
      let when: string;
      if (!delivery || !endsOn) when = `The Agreement will therefore terminate ${ends}.`;
      else if (!deliveryRange) when = `As this notice was received on ${date(delivery.on, lang)}, the Agreement will terminate ${ends}, on ${date(endsOn, lang)}.`;
      else if (deliveryRange.from === deliveryRange.to) {
        const day = deliveryRange.from === input.today ? `today, ${date(deliveryRange.from, lang)}` : `on ${date(deliveryRange.from, lang)}`;
        when = `The Agreement will therefore terminate ${ends}, that is, on ${date(endsOn, lang)} if this notice is received ${day}.`;
      } else if (deliveryRange.from === (delivery.sentOn ?? delivery.on)) when = `The Agreement will therefore terminate ${ends}, that is, on ${date(endsOn, lang)} if this notice is received by ${date(deliveryRange.to, lang)}.`;
      else when = `The Agreement will therefore terminate ${ends}, that is, on ${date(endsOn, lang)} if this notice is received between ${date(deliveryRange.from, lang)} and ${date(deliveryRange.to, lang)}.`;
      if (!polishLaw) {
        const under = clause ? `under ${clause}` : 'by this notice';
        when = `${when.replace(/\.$/, '')}, or, if later, on the earliest date on which the Agreement may be terminated ${under}.`;
      }
      blocks.push({ type: 'paragraph', text: `${rule} ${when}` });
    } else {
      blocks.push({
        type: 'paragraph',
        text: !delivery || delivery.expected
          ? 'The Agreement will terminate on the day this notice is received.'
          : `The Agreement terminated on the day this notice was received, ${date(delivery.on, lang)}.`,
      });
    }
    if (qes) blocks.push({ type: 'paragraph', text: 'This notice is signed with a qualified electronic signature.' });
    blocks.push({
      type: 'paragraph',
      text: email ? `Please confirm receipt of this notice in writing or by e-mail to ${email}.` : 'Please confirm receipt of this notice in writing.',
    });
  }

  const ours = senderSignatureLine(settings, lang, lang === 'pl' ? roles.us.nom : 'Contractor');
  if (qes) {
    // Signed electronically and sent by e-mail: no line for ink, and the receipt is confirmed as asked above.
    blocks.push({ type: 'paragraph', text: ours.name ? `${ours.caption}: ${ours.name}` : ours.caption });
  } else {
    blocks.push({
      type: 'signatures',
      signatures: [
        ours,
        { caption: lang === 'pl' ? `Potwierdzenie odbioru (data i podpis ${roles.client.gen})` : 'Receipt confirmed by the Client (date and signature)', ...(them.signatory ? { name: them.signatory } : {}) },
      ],
    });
  }
  return { status: 'ready', document: { kind, lang, title: TITLE[lang], fileName: fileNameFor(TITLE[lang], them.name, input.today), blocks }, ...(notes.length ? { notes } : {}) };
}

const UK_DAY = { saturday: { pl: 'sobota', en: 'a Saturday' }, sunday: { pl: 'niedziela', en: 'a Sunday' }, 'bank-holiday': { pl: 'dzień wolny od pracy (bank holiday)', en: 'a bank holiday' } } as const;
const UK_WHERE = { 'england-wales': { pl: 'w Anglii i Walii', en: 'in England and Wales' }, scotland: { pl: 'w Szkocji', en: 'in Scotland' }, 'northern-ireland': { pl: 'w Irlandii Północnej', en: 'in Northern Ireland' } } as const;

/**
 * What the user is told about the dates, never printed in the notice. Polish law: an end date on a
 * Sunday or public holiday stays (art. 115 k.c. moves a deadline for doing something, not a notice's
 * effect; DOMAIN.md "Computing dates"). Another law: a day of receipt that is no business day where
 * the client is may be deemed moved by the contract's notices clause, which the record does not hold.
 */
function endDateNotes(polishLaw: boolean, delivery: Delivery, endsOn: string, where: UkJurisdiction | undefined, lang: Lang): string[] {
  const notes: string[] = [];
  if (polishLaw) {
    const weekday = weekdayOf(endsOn);
    if (weekday === 0 || weekday === 6 || isPolishPublicHoliday(endsOn)) {
      const what = weekday === 6 ? { pl: 'sobota', en: 'a Saturday' } : weekday === 0 ? { pl: 'niedziela', en: 'a Sunday' } : { pl: 'dzień ustawowo wolny od pracy', en: 'a Polish public holiday' };
      notes.push(
        lang === 'pl'
          ? `Dzień rozwiązania umowy, ${date(endsOn, lang)}, to ${what.pl}. Art. 115 k.c. nie przesuwa skutku wypowiedzenia: umowa rozwiąże się tego dnia, a nie w najbliższy dzień roboczy.`
          : `The end date, ${date(endsOn, lang)}, is ${what.en}. Under Polish law (Article 115 of the Civil Code) that does not move a notice's effect: the Agreement ends on that day, not on the next working day.`,
      );
    }
    return notes;
  }
  const why = ukNonBusinessDay(delivery.on, where);
  if (why) {
    const place = where ? ` ${UK_WHERE[where][lang]}` : '';
    notes.push(
      lang === 'pl'
        ? `${date(delivery.on, lang)} – dzień, w którym wypowiedzenie ma dotrzeć – to ${UK_DAY[why].pl}${place}. Wiele umów uznaje zawiadomienie doręczone w dzień niebędący dniem roboczym za doręczone w najbliższy dzień roboczy, co przesunęłoby datę zakończenia: sprawdź postanowienie umowy o zawiadomieniach. Wypowiedzenie zastrzega późniejszą datę, jeśli wynika ona z umowy, więc pozostaje skuteczne.`
        : `${date(delivery.on, lang)}, the day the notice is to be received, is ${UK_DAY[why].en}${place}. Many agreements deem a notice received on a non-business day to be received on the next business day, which would move the end date: check the notices clause of the Agreement. The notice provides for a later date if the Agreement requires one, so it remains effective.`,
    );
  }
  return notes;
}
