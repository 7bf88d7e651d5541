/**
 * The mutual termination agreement (porozumienie o rozwiązaniu umowy, DOMAIN.md "Documents"): both
 * parties, the contract, the agreed end date, work in progress, the settlement, the handover, what
 * survives, "no further claims" with its listed exceptions, two signature lines.
 */
import { asClause, contractReference, contractRoles, date, FactSheet, fileNameFor, type DocumentInput } from './context';
import { clientParty, clientSignatureLine, senderParty, senderSignatureLine } from './parties';
import { inventoryOf } from '../offboarding/inventory';
import { itemLabel, recipientsInOtherLanguage } from './inventory-words';
import { openBalances, paymentSentences } from './money';
import { closingSentence, outstandingItems, typedYesNo } from './agreement-settlement';
import { noticeGivenReason } from './agreement-notice-note';
import type { DocumentBlock, DocumentResult } from './model';
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
  // Each amount outstanding stands with its document, or, never invoiced (a refund), with its basis
  // (review11 PL B1, EN B13): the same typed basis the settlement statement asks for.
  const open = items.filter((item) => !item.paid);
  const undocumented = open.filter((item) => item.direction === 'liability' && !item.invoiceNo?.trim());
  const basis = undocumented.length > 0 ? sheet.typed('settlement.liabilityBasis') : undefined;
  if (undocumented.length > 0 && basis === undefined) sheet.lack('settlement.liabilityBasis', undocumented.map((item) => item.description.trim()).join('; '));
  // An amount recorded as settling the fees up to the end closes that period, and no carve-out for
  // work not yet invoiced may reopen it (review11 PL A3, B1): the final invoice (faktura końcowa) the
  // record marks, or the user's answer where a refund is worked out while the contract still runs —
  // a refund of an advance computed to the end date is the June fee, billed once.
  const finalInvoices = items.flatMap((item) => (item.direction === 'receivable' && item.final && item.invoiceNo?.trim() ? [item.invoiceNo.trim()] : []));
  const stillRuns = endsOn !== undefined && endsOn > today;
  const refundWhileRunning = stillRuns && finalInvoices.length === 0 && open.some((item) => item.direction === 'liability');
  const feesSettled = refundWhileRunning ? typedYesNo(sheet, 'agreement.feesSettled') : undefined;
  if (refundWhileRunning && feesSettled === undefined && sheet.typed('agreement.feesSettled') === undefined) sheet.lack('agreement.feesSettled');
  // Who may sign for a company is the register's (art. 39 k.c.: one signature where two are needed
  // does not bind it): a note to the user, never a clause of the agreement (review10-pl B10).
  if (them?.company) notes.push(REPRESENTATION_NOTE[lang]);
  notes.push(...recipientsInOtherLanguage(inventoryOf(offboarding).filter((item) => item.state === 'to-hand-over'), lang));
  if (sheet.missing.length > 0 || !us || !them || !contract || !endsOn || !payments) return { status: 'missing', kind, lang, missing: sheet.missing, ...(notes.length ? { notes } : {}) };

  const inventory = inventoryOf(offboarding);
  const pending = inventory.filter((item) => item.state === 'to-hand-over');
  // Data protection survives the contract wherever the client's personal data was processed (review11 PL C6).
  const personalData = inventory.some((item) => item.kind === 'personal-data');
  const periodClosed = finalInvoices.length > 0 || feesSettled === true;
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
  // Fees for the time still to run are not waived by the "everything paid" clause below, unless the
  // record closes that period (a final invoice, or amounts settling the fees to the end).
  const runsOn = endsOn > today && !periodClosed;
  const asAt = date(today, lang);
  const polishLaw = documentUnderPolishLaw(client.contract, [client.address, settings.profile.address]);
  // Interest is a claim of its own, and so is the flat recovery compensation between businesses
  // (art. 481 k.c.; art. 7–10 of the 2013 late-payment act): a release naming only the amounts
  // would take them (review10 PL10-A2).
  const business = isBusinessClient(client);
  // English law: the courts of England and Wales, exclusively, between businesses; a consumer keeps
  // the courts the law gives them (review11 EN C13).
  const englishCourts = client.contract.governingLaw === 'england-wales' && business;
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
    // A contractor outside VAT issues a rachunek, not a faktura: the clause holds for both. Dated as
    // at the statement (today), like the list it follows, not the day of signing (review9-en A6).
    const unbilled = runsOn
      ? ` Wynagrodzenie za okres do dnia rozwiązania Umowy, za który do dnia ${asAt} nie wystawiono faktury ani rachunku, zostanie rozliczone na zasadach określonych w Umowie.`
      : '';
    const closing = closingSentence(finalInvoices, feesSettled === true, open.length, roles, 'pl');
    if (open.length === 0) section(++n, `Strony potwierdzają, że wszystkie należności wynikające z Umowy, za które do dnia ${asAt} wystawiono faktury lub rachunki, zostały zapłacone.${unbilled}${closing}`);
    else {
      // "Według stanu na dzień": the list is of what was outstanding on the statement's day, each item
      // with its document or basis, so "wyłącznie" cannot be read as taking work not yet invoiced (review11 PL B1).
      section(++n, `Strony zgodnie oświadczają, że według stanu na dzień ${asAt} z tytułu Umowy ${open.length === 1 ? 'pozostaje do zapłaty wyłącznie następująca kwota' : 'pozostają do zapłaty wyłącznie następujące kwoty'}:`);
      blocks.push({ type: 'list', marker: 'decimal', items: outstandingItems(open, basis, roles, 'pl') });
      if (payments.length > 0) {
        blocks.push({ type: 'paragraph', text: payments.length === 1 ? 'Kwotę tę Strony rozliczą w następujący sposób:' : 'Kwoty te Strony rozliczą w następujący sposób:' });
        blocks.push({ type: 'list', marker: 'dash', items: payments });
      }
      if (unbilled || closing) blocks.push({ type: 'paragraph', text: `${unbilled}${closing}`.trim() });
    }
    if (pending.length > 0) {
      // "Materiały i zasoby": a repository or a domain is no "składnik"; the subject first, so the
      // sentence does not open on "Przekazanie Strony" (review9-pl B4).
      section(++n, `Do dnia rozwiązania Umowy ${roles.us.nom} przekaże ${roles.client.dat} następujące materiały i zasoby:`);
      blocks.push({ type: 'list', marker: 'dash', items: pending.map((item) => itemLabel(item, lang, them.name)) });
      blocks.push({ type: 'paragraph', text: 'Strony potwierdzą przekazanie protokołem zdawczo-odbiorczym.' });
    }
    section(++n, `Rozwiązanie Umowy nie narusza jej postanowień, które ze swej natury mają obowiązywać po jej rozwiązaniu, w szczególności dotyczących praw autorskich i innych praw własności intelektualnej${personalData ? ', zachowania poufności oraz ochrony danych osobowych' : ' oraz zachowania poufności'}.`);
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
        // Unpaid, whether or not invoiced by signing: an invoice issued after the list's day and unpaid
        // at signing stays payable (as in English, review9-en A6).
        ...(runsOn ? ['roszczeń o niezapłacone wynagrodzenie za okres do dnia rozwiązania Umowy, niezależnie od tego, czy do dnia zawarcia niniejszego Porozumienia wystawiono za nie fakturę lub rachunek,'] : []),
        `roszczeń o odsetki za opóźnienie w zapłacie należności z tytułu Umowy${business ? ' oraz o rekompensatę za koszty odzyskiwania tych należności' : ''},`,
        'roszczeń o zwrot wydatków poniesionych w związku z wykonywaniem Umowy do dnia jej rozwiązania,',
        ...(exceptions ? [`${asClause(exceptions)},`] : []),
        'roszczeń o naprawienie szkody wyrządzonej umyślnie.',
      ],
    });
    // "Prawo właściwe" is the conflict-of-laws term: only where another law may govern; between
    // parties under Polish law, the Civil Code by name (review11 PL B12).
    const namedLaw = governingLawName(client.contract, 'pl');
    section(++n, `W sprawach nieuregulowanych niniejszym Porozumieniem stosuje się postanowienia Umowy oraz ${polishLaw ? 'przepisy Kodeksu cywilnego' : (namedLaw ?? 'prawo właściwe dla Umowy')}.`);
    if (englishCourts) section(++n, 'Wyłącznie właściwe do rozstrzygania sporów wynikających z niniejszego Porozumienia lub z nim związanych są sądy Anglii i Walii.');
    // What the e-mails before it proposed in other words does not add to it (review11 EN C13).
    section(++n, 'Niniejsze Porozumienie stanowi całość ustaleń Stron dotyczących rozwiązania Umowy.');
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
    const unbilled = runsOn
      ? ` Fees and expenses for the period up to the termination date that were not invoiced by ${asAt} will be invoiced and paid in accordance with the Agreement.`
      : '';
    const closing = closingSentence(finalInvoices, feesSettled === true, open.length, roles, 'en');
    if (open.length === 0) section(++n, `The Parties confirm that every amount invoiced under the Agreement up to ${asAt} has been paid.${unbilled}${closing}`);
    else {
      // Amounts, not "payments … as invoiced": a refund is never invoiced (review11 EN B13).
      section(++n, `The Parties agree that, as at ${asAt}, the only ${open.length === 1 ? 'amount outstanding under the Agreement is' : 'amounts outstanding under the Agreement are'}:`);
      blocks.push({ type: 'list', marker: 'alpha', items: outstandingItems(open, basis, roles, 'en') });
      if (payments.length > 0) {
        blocks.push({ type: 'paragraph', text: payments.length === 1 ? 'It will be settled as follows:' : 'They will be settled as follows:' });
        blocks.push({ type: 'list', marker: 'dash', items: payments });
      }
      if (unbilled || closing) blocks.push({ type: 'paragraph', text: `${unbilled}${closing}`.trim() });
    }
    if (pending.length > 0) {
      section(++n, 'By the termination date the Contractor will hand over to the Client:');
      blocks.push({ type: 'list', marker: 'dash', items: pending.map((item) => itemLabel(item, lang, them.name)) });
      blocks.push({ type: 'paragraph', text: 'The Parties will confirm the handover in a handover record signed by both.' });
    }
    section(++n, `The termination does not affect the provisions of the Agreement which by their nature are intended to survive it, in particular those on copyright and other intellectual property rights${personalData ? ', on confidentiality and on the protection of personal data' : ' and on confidentiality'}.`);
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
    // "the law of England and Wales", "Polish law" (review10-en C7): the law the record names, or
    // Polish law where the Polish text names the Civil Code (both parties in Poland), so the two agree.
    const namedLaw = governingLawName(client.contract, 'en') ?? (polishLaw ? 'Polish law' : undefined);
    section(++n, namedLaw ? `This Termination Agreement is governed by ${namedLaw}.` : 'This Termination Agreement is governed by the law that governs the Agreement.');
    if (englishCourts) section(++n, 'The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with this Termination Agreement.');
    // What the e-mails before it proposed in other words does not add to it (review11 EN C13).
    section(++n, 'This Termination Agreement is the entire agreement between the Parties about the termination of the Agreement.');
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
