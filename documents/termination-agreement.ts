/**
 * The mutual termination agreement (porozumienie o rozwiązaniu umowy, DOMAIN.md "Documents"): both
 * parties, the contract, the agreed end date, work in progress, the settlement, the handover, what
 * survives, "no further claims" with its listed exceptions, two signature lines.
 */
import { asClause, contractReference, contractRoles, date, FactSheet, fileNameFor, type DocumentInput } from './context';
import { periodInWords } from './period-words';
import { clientParty, clientSignatureLine, senderParty, senderSignatureLine } from './parties';
import { inventoryOf } from '../offboarding/inventory';
import { itemLabel, recipientsInOtherLanguage } from './inventory-words';
import { openBalances, paymentSentences } from './money';
import type { DocumentBlock, DocumentResult } from './model';
import type { Contract, Lang, NoticeRecord } from '../offboarding/types';
import { endFromDelivery, noticeDelivery } from '../offboarding/notice';
import { documentUnderPolishLaw, governingLawName } from '../offboarding/governing-law';
import { isBusinessClient } from '../offboarding/client';
import { isClosed } from '../offboarding/checklist';

const TITLE = { pl: 'Porozumienie o rozwiązaniu umowy', en: 'Termination Agreement' } as const;

const REPRESENTATION_NOTE = {
  pl: 'Sprawdź w KRS sposób reprezentacji spółki klienta; jeśli reprezentacja jest łączna, wpisz drugą osobę podpisującą – dokument doda drugą linię podpisu.',
  en: "Check how the client company is represented (at Companies House, or in the KRS for a Polish company); if two people must sign together, enter the second signatory and the document adds a second signature line.",
} as const;

export function terminationAgreement(input: DocumentInput): DocumentResult {
  const { client, offboarding, settings, lang, today } = input;
  const kind = 'termination-agreement';
  if (!client) return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Brak klienta: nie ma umowy do rozwiązania.' : 'No client: there is no contract to end.' };
  // A served notice ends the contract on its own; the agreement is then only for a different end
  // date, and it says that it replaces the notice's end (review7-pl A9): the user is told so first.
  const notice = offboarding?.notice;
  const notes = notice ? [noticeGivenReason(notice, client.contract, lang)] : [];
  const sheet = new FactSheet(input, kind);
  const roles = contractRoles(client.contract.type, lang);
  // The day and place of signing are the parties' (they may sign apart, and later than today): typed,
  // or left blank to be written in at signing, never the day the document was made (review7-pl B5).
  const signedOn = sheet.typedDate('agreement.signedOn');
  const place = sheet.typed('agreement.place');
  const them = clientParty(sheet, client, roles.client.nom, 'signs');
  const us = senderParty(sheet, roles.us.nom);
  const contract = contractReference(sheet, client);
  const endsOn = sheet.typedDate('agreement.endDate');
  if (endsOn === undefined && sheet.typed('agreement.endDate') === undefined) sheet.lack('agreement.endDate');
  const items = offboarding?.settlement ?? [];
  // No items is a fact only once the settlement step is closed (done, or skipped as not applicable):
  // then the agreement says nothing is left to pay; before that it asks for the items (review10 PL10-B12).
  if (items.length === 0 && !isClosed(offboarding?.checklist.settlement)) {
    sheet.lack('settlement.items', lang === 'pl' ? 'albo, jeśli nic nie zostało do rozliczenia, zaznacz krok „Rozliczenie finansowe” jako wykonany' : 'or, if nothing is left to settle, tick the “Financial settlement” step');
  }
  const payments = paymentSentences(sheet, openBalances(items, lang), roles, 'agreement', { us: us?.name, client: them?.name });
  // Who may sign for a company is the register's (art. 39 k.c.: one signature where two are needed
  // does not bind it): a note to the user, never a clause of the agreement (review10-pl B10).
  if (them?.company) notes.push(REPRESENTATION_NOTE[lang]);
  notes.push(...recipientsInOtherLanguage(inventoryOf(offboarding).filter((item) => item.state === 'to-hand-over'), lang));
  if (sheet.missing.length > 0 || !us || !them || !contract || !endsOn || !payments) return { status: 'missing', kind, lang, missing: sheet.missing, ...(notes.length ? { notes } : {}) };

  const pending = inventoryOf(offboarding).filter((item) => item.state === 'to-hand-over');
  const corrections = items.flatMap((item) => (item.direction === 'liability' && !item.paid && item.invoiceNo?.trim() ? [item.invoiceNo.trim()] : []));
  const workInProgress = sheet.typed('agreement.workInProgress');
  const exceptions = sheet.typed('agreement.exceptions');
  const second = them.company ? sheet.typed('client.secondRepresentative') : undefined;
  const blank = '……………………';
  const signedText = signedOn ? date(signedOn, lang) : lang === 'pl' ? `${blank} r.` : blank;
  const blocks: DocumentBlock[] = [
    // Polish: the parties stand as a list in the nominative, so no "pomiędzy:" (which takes the instrumental) leads into it.
    // Polish: a typed place heads the page ("Gdańsk, …"), which needs no declension of the name;
    // with none, the subtitle leaves the place and the day to be written in. The date is asked for
    // once either way, so the signatories cannot fill in two different ones (review9-pl C6).
    ...(lang === 'pl' && place ? [{ type: 'place-date' as const, text: `${place}, ${signedText}` }] : []),
    lang === 'pl'
      ? place
        ? { type: 'title', text: TITLE[lang] }
        : { type: 'title', text: TITLE[lang], subtitle: `zawarte w ${blank} w dniu ${signedText}` }
      : { type: 'title', text: TITLE[lang], subtitle: `made on ${signedText}${place ? ` in ${place}` : ''} between:` },
    // The user first, as in every other document (review6-pl B12).
    { type: 'parties', parties: [us.block, them.block] },
  ];
  // Polish agreements head each provision "§ 1"; English ones number the paragraph "1.".
  const section = (number: number, text: string) =>
    lang === 'pl' ? blocks.push({ type: 'heading', text: `§ ${number}` }, { type: 'paragraph', text }) : blocks.push({ type: 'paragraph', text: `${number}. ${text}` });
  let n = 0;
  // Fees for the time still to run are not waived by the "everything paid" clause below.
  const runsOn = endsOn > today;
  const polishLaw = documentUnderPolishLaw(client.contract, [client.address, settings.profile.address]);
  // Interest is a claim of its own, and so is the flat recovery compensation between businesses
  // (art. 481 k.c.; art. 7–10 of the 2013 late-payment act): a release naming only the amounts
  // would take them (review10 PL10-A2).
  const business = isBusinessClient(client);
  if (lang === 'pl') {
    blocks.push({ type: 'paragraph', text: `${roles.us.nom} i ${roles.client.nom}, zwani dalej łącznie „Stronami”, a każdy z osobna „Stroną”, postanawiają, co następuje:` });
    const instead = notice
      // The period runs from the notice, which is made when it arrives (art. 61 k.c.): named by its
      // date, not as "złożone" on the day it was sent; "wynikającego" cannot attach to the wrong noun (review9-pl B6).
      // The rule said once: the parties end it on that day, and the notice has no effect on the date (review10-pl B11).
      ? ` Wypowiedzenie Umowy z dnia ${date(notice.servedOn, lang)} dokonane przez ${notice.servedBy === 'we' ? roles.us.acc : roles.client.acc} nie wywołuje skutku co do terminu jej rozwiązania.`
      : '';
    section(++n, `Strony zgodnie rozwiązują ${contract.accusative} (dalej: „Umowa”) z upływem dnia ${date(endsOn, lang)}.${instead}`);
    // The user's own provision, typed as a sentence of the agreement.
    if (workInProgress) section(++n, workInProgress);
    // A contractor outside VAT issues a rachunek, not a faktura: the clause holds for both.
    const unbilled = runsOn
      ? ' Należności za okres do dnia rozwiązania Umowy, za które do dnia zawarcia niniejszego Porozumienia nie wystawiono faktury ani rachunku, zostaną rozliczone na zasadach określonych w Umowie.'
      : '';
    // What the user owes back is booked under a correcting invoice (art. 106j ustawy o VAT), which the
    // settlement form records as the liability's document: the agreement names it (review9-pl A5).
    const corrected = corrections.length === 0 ? '' : ` Zwrot kwoty należnej ${roles.client.dat} ${corrections.length === 1 ? 'dokumentuje faktura korygująca' : 'dokumentują faktury korygujące'} nr ${corrections.join(', ')}.`;
    if (payments.length === 0) section(++n, `Strony potwierdzają, że wszystkie należności wynikające z Umowy, za które do dnia zawarcia niniejszego Porozumienia wystawiono faktury lub rachunki, zostały zapłacone.${unbilled}`);
    // "wyłącznie" covers the time up to this agreement; the fees still to run are the next sentence's.
    else if (payments.length === 1) section(++n, `Strony zgodnie oświadczają, że z tytułu Umowy za okres do dnia zawarcia niniejszego Porozumienia pozostaje do zapłaty wyłącznie następująca kwota: ${payments[0]}${corrected}${unbilled}`);
    else {
      // A plain lead-in (review10-pl C9); the time limit stays, as the fees still to run are the next sentence's.
      section(++n, 'Strony zgodnie oświadczają, że z tytułu Umowy za okres do dnia zawarcia niniejszego Porozumienia pozostają do zapłaty wyłącznie następujące kwoty:');
      blocks.push({ type: 'list', marker: 'decimal', items: payments });
      if (corrected || unbilled) blocks.push({ type: 'paragraph', text: `${corrected}${unbilled}`.trim() });
    }
    if (pending.length > 0) {
      // "Materiały i zasoby": a repository or a domain is no "składnik"; the subject first, so the
      // sentence does not open on "Przekazanie Strony" (review9-pl B4).
      section(++n, `Do dnia rozwiązania Umowy ${roles.us.nom} przekaże ${roles.client.dat} następujące materiały i zasoby:`);
      blocks.push({ type: 'list', marker: 'dash', items: pending.map((item) => itemLabel(item, lang, them.name)) });
      blocks.push({ type: 'paragraph', text: 'Strony potwierdzą przekazanie protokołem zdawczo-odbiorczym.' });
    }
    section(++n, 'Rozwiązanie Umowy nie narusza jej postanowień, które ze swej natury mają obowiązywać po jej rozwiązaniu, w szczególności dotyczących praw autorskich i innych praw własności intelektualnej oraz zachowania poufności.');
    // From the end of the contract, not "once this agreement is performed": a performed agreement
    // leaves no claim to perform it, and the waiver's moment would be unclear (review6-pl B13).
    section(++n, 'Z chwilą rozwiązania Umowy Strony nie będą miały wobec siebie żadnych roszczeń z tytułu Umowy, z wyjątkiem:');
    blocks.push({
      type: 'list',
      marker: 'alpha',
      items: [
        'roszczeń o wykonanie niniejszego Porozumienia,',
        `roszczeń wynikających z postanowień Umowy, o których mowa w § ${n - 1},`,
        // The waiver must not take the pay for the days the contract still runs.
        ...(runsOn ? ['roszczeń o wynagrodzenie za okres do dnia rozwiązania Umowy, za który do dnia zawarcia niniejszego Porozumienia nie wystawiono faktury ani rachunku,'] : []),
        `roszczeń o odsetki za opóźnienie w zapłacie należności z tytułu Umowy${business ? ' oraz o rekompensatę za koszty odzyskiwania tych należności' : ''},`,
        'roszczeń o zwrot wydatków poniesionych w związku z wykonywaniem Umowy do dnia jej rozwiązania,',
        ...(exceptions ? [`${asClause(exceptions)},`] : []),
        'roszczeń o naprawienie szkody wyrządzonej umyślnie.',
      ],
    });
    const namedLaw = governingLawName(client.contract, 'pl');
    section(++n, `W sprawach nieuregulowanych niniejszym Porozumieniem stosuje się postanowienia Umowy i ${namedLaw ?? 'prawo właściwe dla Umowy'}.`);
    section(++n, 'Porozumienie sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.');
  } else {
    blocks.push({ type: 'paragraph', text: 'together the “Parties” and each a “Party”.' });
    const instead = notice
      ? `, and not on the expiry of the notice period under the notice of termination given by the ${notice.servedBy === 'we' ? 'Contractor' : 'Client'} on ${date(notice.servedOn, lang)}`
      : '';
    section(++n, `The Parties agree that ${contract.accusative} (the “Agreement”) will terminate by mutual consent on ${date(endsOn, lang)}${instead}.`);
    if (workInProgress) section(++n, `Work in progress: ${workInProgress}`);
    // The settlement is dated as at the statement of account (today), never "the date of this
    // Termination Agreement": signed later, that date would also cover an invoice issued in between
    // and still unpaid, which the release below would then take (review9-en A6).
    const asAt = date(today, lang);
    const unbilled = runsOn
      ? ` Fees and expenses for the period up to the termination date that were not invoiced by ${asAt} will be invoiced and paid in accordance with the Agreement.`
      : '';
    if (payments.length === 0) section(++n, `The Parties confirm that every amount invoiced under the Agreement up to ${asAt} has been paid.${unbilled}`);
    else {
      section(++n, `The Parties agree that the only payments outstanding under the Agreement, as invoiced up to ${asAt}, are the following:`);
      blocks.push({ type: 'list', marker: 'dash', items: payments });
      const corrected = corrections.length === 0 ? '' : ` The refund to the Client is documented by ${corrections.length === 1 ? 'credit note' : 'credit notes'} no. ${corrections.join(', ')}.`;
      if (corrected || unbilled) blocks.push({ type: 'paragraph', text: `${corrected}${unbilled}`.trim() });
    }
    if (pending.length > 0) {
      section(++n, 'By the termination date the Contractor will hand over to the Client:');
      blocks.push({ type: 'list', marker: 'dash', items: pending.map((item) => itemLabel(item, lang, them.name)) });
      blocks.push({ type: 'paragraph', text: 'The Parties will confirm the handover in a handover record signed by both.' });
    }
    section(++n, 'The termination does not affect the provisions of the Agreement which by their nature are intended to survive it, in particular those on copyright and other intellectual property rights and on confidentiality.');
    section(++n, 'With effect from the termination date, neither Party will have any further claim against the other under the Agreement, except:');
    blocks.push({
      type: 'list',
      marker: 'alpha',
      items: [
        'claims for the performance of this Termination Agreement;',
        `claims under the provisions of the Agreement referred to in paragraph ${n - 1};`,
        // Unpaid, whether or not invoiced by signing: an invoice issued after the statement and
        // unpaid at signing stays payable (review9-en A6).
        ...(runsOn
          ? ['claims for fees and expenses for the period up to the termination date that remain unpaid, whether or not invoiced at the date of this Termination Agreement;']
          : ['claims for expenses incurred in performing the Agreement up to the termination date that remain unpaid;']),
        `claims for interest for late payment of any amount due under the Agreement${business ? ' and for compensation for the costs of recovering it' : ''};`,
        ...(exceptions ? [`${asClause(exceptions)};`] : []),
        // Art. 473 § 2 k.c. only under Polish law; elsewhere (English law: fraud, UCTA 1977 s 2(1))
        // the law's own list, which the clause names generally rather than restating (review9-en A5).
        polishLaw
          ? 'liability for loss caused intentionally, which cannot be excluded.'
          : 'any liability which cannot be limited or excluded by law, including liability for fraud or fraudulent misrepresentation.',
      ],
    });
    const namedLaw = governingLawName(client.contract, 'en');
    // "the law of England and Wales", "Polish law" (review10-en C7): only the law the record names.
    section(++n, namedLaw ? `This Termination Agreement is governed by ${namedLaw}.` : 'This Termination Agreement is governed by the law that governs the Agreement.');
    section(++n, 'This Termination Agreement may be signed in counterparts, each of which is an original and which together form one agreement.');
  }
  blocks.push({
    type: 'signatures',
    signatures: [
      senderSignatureLine(settings, lang, roles.us.nom),
      clientSignatureLine(them, lang, roles.client.nom),
      ...(second ? [clientSignatureLine({ ...them, signatory: second }, lang, roles.client.nom)] : []),
    ],
  });
  return { status: 'ready', document: { kind, lang, title: TITLE[lang], fileName: fileNameFor(TITLE[lang], them.name, today), blocks }, ...(notes.length ? { notes } : {}) };
}

/**
 * What the notice on record already does, before the user draws up an agreement beside it. Art. 61
 * § 1 k.c.: our notice not yet delivered can still be revoked without consent, by a revocation
 * arriving no later than it; delivered, it takes effect and cannot be withdrawn, and the contract
 * ends when the notice period runs out, not on delivery (review6-pl A4). Receipt is stated only when
 * recorded: an e-mail sent today is presumed received, which is said as a condition (review7-en B7);
 * the end date is "on our calculation", with the day of the notice and the period it comes from.
 * Only a different end date can then be agreed (review5-pl N-A7, review7-pl A9).
 */
function noticeGivenReason(notice: NoticeRecord, contract: Contract, lang: Lang): string {
  return noticeGivenText(notice, contract, lang).replace(/ r\.\./g, ' r.');
}

function noticeGivenText(notice: NoticeRecord, contract: Contract, lang: Lang): string {
  const delivery = noticeDelivery(notice);
  const ours = notice.servedBy === 'we';
  // The client's e-mail in the user's mailbox is received; our own e-mail or letter is received when the record says so.
  const received = delivery.status === 'recorded' && (!ours || !delivery.fromSending);
  const period = periodInWords(contract.noticePeriod, lang);
  const endsOn = date(endFromDelivery(contract, delivery.on), lang);
  const served = date(notice.servedOn, lang);
  const on = date(delivery.on, lang);
  if (lang === 'pl') {
    const roles = contractRoles(contract.type, 'pl');
    const end = period
      ? `umowa rozwiąże się z upływem okresu wypowiedzenia wynoszącego ${period}, według naszych obliczeń z upływem dnia ${endsOn}`
      : 'umowa rozwiązuje się z chwilą doręczenia wypowiedzenia';
    const agreement = ' Porozumienie sporządź tylko wtedy, gdy strony chcą ustalić inną datę zakończenia umowy niż wynikająca z wypowiedzenia.';
    const conditional = period ? `umowa rozwiąże się z upływem okresu wypowiedzenia wynoszącego ${period}, a przy doręczeniu w dniu ${on} – według naszych obliczeń z upływem dnia ${endsOn}` : end;
    if (!ours) {
      return received
        ? `${roles.client.nom} wypowiedział umowę oświadczeniem z dnia ${served}, doręczonym ${on === served ? 'tego samego dnia' : `w dniu ${on}`}. Wypowiedzenie jest skuteczne i nie można go już jednostronnie odwołać; ${end}.${agreement}`
        : `${roles.client.nom} wypowiedział umowę oświadczeniem z dnia ${served}. Wypowiedzenie staje się skuteczne z chwilą doręczenia; ${conditional}.${agreement}`;
    }
    if (!received) {
      const when = conditional;
      return `Wypowiedzenie z dnia ${served} zostało wysłane. Dopóki nie dotrze do ${roles.client.gen}, możesz je odwołać bez jego zgody – odwołanie musi dotrzeć najpóźniej razem z wypowiedzeniem (art. 61 § 1 zd. 2 k.c.). Po doręczeniu wypowiedzenie staje się skuteczne i nie można go już jednostronnie odwołać; ${when}.${agreement}`;
    }
    return `Wypowiedzenie z dnia ${served} doręczono w dniu ${on}; jest skuteczne i nie można go już jednostronnie odwołać, a ${end}.${agreement}`;
  }
  const end = period ? `the contract ends when the notice period of ${period} expires: on our calculation, on ${endsOn}` : 'the contract ends on its receipt';
  const agreement = ' Draw up a termination agreement only if both parties want a different end date.';
  if (!ours) {
    return received
      ? `The Client's notice of ${served} was received ${on === served ? 'the same day' : `on ${on}`}. It can no longer be withdrawn unilaterally, and ${end}.${agreement}`
      : `The Client gave notice on ${served}. Once it has been received, it cannot be withdrawn unilaterally; ${period ? `the contract ends when the notice period of ${period} expires: on our calculation, on ${endsOn} if it is received on ${on}` : end}.${agreement}`;
  }
  if (!received) {
    return `The notice of ${served} has been sent. Once it has been received, it cannot be withdrawn unilaterally; ${period ? `the contract ends when the notice period of ${period} expires: on our calculation, on ${endsOn} if it is received on ${on}` : end}.${agreement}`;
  }
  return `The notice of ${served} was received on ${on} and has taken effect: it can no longer be withdrawn unilaterally, and ${end}.${agreement}`;
}
