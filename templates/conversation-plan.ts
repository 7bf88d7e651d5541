/**
 * The conversation plan (issue 18, the article's steps 1.1 and 3): prepared from the analysis, the
 * position and the contract, in the client's language, for the user to speak from. Pure. Written
 * as notes in the infinitive ("Przedstawić…", "Ask…"), so no sentence depends on the user's gender;
 * the questions to the client agree with its form of address. What the record lacks is named as
 * missing, never invented.
 */
import type { AddressForm, Client, ContractType, Lang, Offboarding } from '../offboarding/types';
import { formatDate, formatNoticePeriod } from './format';
import { isOutstanding } from '../offboarding/settlement';

export interface PlanSection {
  id: 'purpose' | 'reasons' | 'offer' | 'questions' | 'listen' | 'position' | 'objections';
  heading: string;
  lines: string[];
}

export interface ConversationPlan {
  lang: Lang;
  title: string;
  sections: PlanSection[];
  /** What the plan had to leave out because the record lacks it (also marked in the lines). */
  missing: string[];
}

export interface PlanInput {
  client: Pick<Client, 'name' | 'company' | 'recipient' | 'contract' | 'language'>;
  offboarding: Pick<Offboarding, 'reason' | 'reasonNote' | 'analysis' | 'position' | 'settlement'>;
  lang: Lang;
}

type Words = Record<Lang, string>;
const w = (pl: string, en: string): Words => ({ pl, en });

const HEADINGS: Record<PlanSection['id'], Words> = {
  purpose: w('Cel rozmowy', 'Purpose of the call'),
  reasons: w('Co powiedzieć (w tej kolejności)', 'What to say (in this order)'),
  offer: w('Co zaproponować, żeby zakończenie przebiegło sprawnie', 'What to offer to make the end smooth'),
  questions: w('Pytania do zadania', 'Questions to ask'),
  listen: w('Na co zwrócić uwagę', 'What to listen for'),
  position: w('Nasze stanowisko (ustalone przed rozmową)', 'Our position (decided before the call)'),
  objections: w('Możliwe zastrzeżenia i spokojne odpowiedzi', 'Likely objections and calm answers'),
};

const REASON_WORDS: Record<Offboarding['reason'], Words> = {
  'non-payment': w('zaległe płatności', 'late payments'),
  breach: w('naruszenia umowy', 'breaches of the agreement'),
  fit: w('współpraca nie odpowiada potrzebom żadnej ze stron', 'the cooperation no longer fits either side'),
  capacity: w('brak możliwości dalszej obsługi w uzgodnionym zakresie', 'no capacity to continue at the agreed level'),
  'scope-change': w('zmiana zakresu prac poza to, co obejmuje umowa', 'the scope has moved beyond what the agreement covers'),
  'client-decision': w('decyzja klienta', "the client's decision"),
  'project-complete': w('zakończenie projektu', 'the project is complete'),
  other: w('inny powód', 'another reason'),
};

const CONTRACT_TYPE: Record<ContractType, Words> = {
  service: w('umowa o świadczenie usług', 'services agreement'),
  zlecenie: w('umowa zlecenia', 'mandate contract (umowa zlecenia)'),
  dzielo: w('umowa o dzieło', 'contract for a specific work (umowa o dzieło)'),
  other: w('inna umowa', 'other agreement'),
};

/** "Pan ocenia" / "Pani ocenia" / "Państwo oceniają": the client's form of address chooses. */
const by = (form: AddressForm, pan: string, pani: string, panstwo: string): string =>
  form === 'pan' ? pan : form === 'pani' ? pani : panstwo;

export function buildConversationPlan(input: PlanInput): ConversationPlan {
  const { client, offboarding, lang } = input;
  if (lang !== 'pl' && lang !== 'en') throw new Error(`buildConversationPlan: unknown language "${String(lang)}"`);
  const missing: string[] = [];
  const gap = (what: Words): string => {
    missing.push(what[lang]);
    return lang === 'pl' ? `[do uzupełnienia: ${what.pl}]` : `[to fill in: ${what.en}]`;
  };
  const date = (iso: string | undefined): string => (iso === undefined ? '' : formatDate(iso, lang));
  const analysis = offboarding.analysis;
  const position = offboarding.position;
  const form = client.recipient.form;
  const pl = lang === 'pl';

  // ── Purpose, one sentence ──────────────────────────────────────────────────────────────────
  const purpose =
    position === undefined
      ? pl
        ? 'Szczerze omówić problemy we współpracy i wspólnie ustalić, co dalej.'
        : 'To discuss the problems in our cooperation honestly and agree together on what comes next.'
      : position.openToStay
        ? pl
          ? 'Uczciwie przedstawić problemy i sprawdzić, czy współpraca może trwać na zmienionych warunkach, a jeśli nie – uzgodnić spokojne zakończenie.'
          : 'To set out the problems honestly and see whether we can continue on changed terms; if not, to agree a calm ending.'
        : pl
          ? 'Przedstawić decyzję o zakończeniu współpracy wraz z jej powodami i uzgodnić spokojne, uczciwe zakończenie.'
          : 'To explain our decision to end the cooperation and its reasons, and to agree a calm, fair ending.';

  // ── Reasons: our effort, the reason, the decision (the article's order) ─────────────────────
  const reasons: string[] = [];
  const attempts = analysis?.attempts ?? [];
  reasons.push(pl ? '1. Nasze starania – co zrobiono, żeby rozwiązać problemy:' : '1. Our effort – what was done to solve the problems:');
  if (attempts.length === 0) reasons.push(`   – ${gap(w('co zrobiono, żeby rozwiązać problemy', 'what was tried to fix the problems'))}`);
  for (const attempt of attempts) {
    const when = attempt.on === undefined ? '' : ` (${date(attempt.on)})`;
    const result = attempt.result === undefined ? '' : pl ? `; efekt: ${attempt.result}` : `; result: ${attempt.result}`;
    reasons.push(`   – ${attempt.text}${when}${result}`);
  }
  reasons.push(pl ? '2. Powód – konkretnie, z datami:' : '2. The reason – specific, with dates:');
  const why = offboarding.reasonNote ?? (offboarding.reason === 'other' ? undefined : REASON_WORDS[offboarding.reason][lang]);
  reasons.push(`   – ${why ?? gap(w('powód własnymi słowami', 'the reason in your own words'))}`);
  const facts = analysis?.facts ?? [];
  if (facts.length === 0) reasons.push(`   – ${gap(w('co konkretnie jest nie tak i kiedy', 'what exactly is wrong, and when'))}`);
  for (const fact of facts) reasons.push(`   – ${fact.on === undefined ? '' : `${date(fact.on)}: `}${fact.text}`);
  reasons.push(pl ? '3. Decyzja:' : '3. The decision:');
  reasons.push(`   – ${analysis?.decision ?? gap(w('decyzja, tak jak ją przedstawisz klientowi', 'the decision as you will put it to the client'))}`);

  // ── What we offer ──────────────────────────────────────────────────────────────────────────
  const period = formatNoticePeriod(client.contract.noticePeriod, lang);
  const openItems = offboarding.settlement.filter(isOutstanding).length;
  const offer = pl
    ? [
        'Pomoc w przekazaniu prac, materiałów i dostępów osobie lub firmie, która je przejmie.',
        period === undefined
          ? 'Okres przejściowy – do uzgodnienia (w danych umowy nie ma okresu wypowiedzenia).'
          : `Okres przejściowy – co najmniej okres wypowiedzenia z umowy (${period}), w którym prace idą normalnie.`,
        'Polecenie innego wykonawcy, jeśli klient będzie tego potrzebować.',
        openItems > 0
          ? `Uczciwe rozliczenie według zestawienia (otwarte pozycje: ${openItems}), bez niespodzianek.`
          : 'Uczciwe rozliczenie – końcowe zestawienie prac i płatności, bez niespodzianek.',
      ]
    : [
        'Help handing over the work, files and access to whoever takes it on.',
        period === undefined
          ? 'A transition period – to be agreed (the record holds no notice period).'
          : `A transition period – at least the contractual notice period (${period}), with work continuing as normal.`,
        'A recommendation of another provider, if the client would like one.',
        openItems > 0
          ? `A fair settlement following the statement (open items: ${openItems}), with no surprises.`
          : 'A fair settlement – a final statement of work and payments, with no surprises.',
      ];

  // ── Questions and what to listen for ───────────────────────────────────────────────────────
  const questions = pl
    ? [
        `Jak ${by(form, 'ocenia Pan', 'ocenia Pani', 'oceniają Państwo')} ostatnie miesiące naszej współpracy?`,
        `Co jest dla ${by(form, 'Pana', 'Pani', 'Państwa')} najważniejsze przy zakończeniu: termin, przekazanie prac czy rozliczenie?`,
        `Kto po ${by(form, 'Pana', 'Pani', 'Państwa')} stronie przejmie te prace i czego będzie potrzebować?`,
        `Czy jest coś, co ${by(form, 'chciałby Pan', 'chciałaby Pani', 'chcieliby Państwo')} dokończyć przed końcem współpracy?`,
      ]
    : [
        'How do you see the last few months of our cooperation?',
        'What matters most to you about the ending: the date, the handover or the settlement?',
        'Who on your side will take the work over, and what will they need?',
        'Is there anything you would like finished before we part?',
      ];
  const listen = pl
    ? [
        'Czy klient widzi te same problemy – i czy podaje fakty, których nie znamy.',
        'Czy proponuje zatrzymanie współpracy (rabat, inny zakres, inne terminy) – porównać ze stanowiskiem poniżej.',
        'Jakie terminy są dla klienta ważne (kampanie, wdrożenia, koniec roku).',
        'Czy pojawia się spór o rozliczenie – zanotować kwoty i pozycje.',
      ]
    : [
        'Whether the client sees the same problems – and any facts we do not know.',
        'Whether they try to keep us (a discount, another scope, other dates) – compare with the position below.',
        'Which dates matter to them (campaigns, launches, year end).',
        'Any dispute about the settlement – note the amounts and items.',
      ];

  // ── The position ───────────────────────────────────────────────────────────────────────────
  const positionLines: string[] = [];
  if (position === undefined) {
    positionLines.push(gap(w('czy jesteśmy otwarci na pozostanie i na jakich warunkach', 'whether we are open to staying, and on what conditions')));
  } else {
    positionLines.push(
      position.openToStay
        ? pl ? 'Otwarci na pozostanie – tylko na tych warunkach:' : 'Open to staying – only on these conditions:'
        : pl ? 'Nie zostajemy: decyzja jest ostateczna.' : 'We are not staying: the decision is final.',
    );
    if (position.openToStay) {
      const c = position.conditions ?? {};
      const labels: Array<[string | undefined, Words]> = [
        [c.scope, w('zakres', 'scope')],
        [c.price, w('cena', 'price')],
        [c.timing, w('terminy', 'timing')],
      ];
      const given = labels.filter(([value]) => value !== undefined && value !== '');
      if (given.length === 0) positionLines.push(`   – ${gap(w('warunki pozostania', 'the conditions for staying'))}`);
      for (const [value, label] of given) positionLines.push(`   – ${label[lang]}: ${value}`);
    }
    positionLines.push(
      position.latestEndOn === undefined
        ? `${pl ? 'Najpóźniejszy akceptowalny termin zakończenia' : 'Latest acceptable end date'}: ${gap(w('najpóźniejszy termin zakończenia', 'the latest acceptable end date'))}`
        : `${pl ? 'Najpóźniejszy akceptowalny termin zakończenia' : 'Latest acceptable end date'}: ${date(position.latestEndOn)}`,
    );
    if (position.notAccepted !== undefined) positionLines.push(`${pl ? 'Czego nie przyjmujemy' : 'What we will not accept'}: ${position.notAccepted}`);
  }

  // ── Objections ─────────────────────────────────────────────────────────────────────────────
  const firstAttempt = attempts.find((a) => a.on !== undefined)?.on;
  const contract = client.contract;
  const contractWords = [
    contract.type === undefined ? (pl ? 'rodzaju umowy brak w danych' : 'contract type not on record') : CONTRACT_TYPE[contract.type][lang],
    contract.clause,
    period === undefined ? (pl ? 'bez okresu wypowiedzenia w danych umowy' : 'no notice period on record') : pl ? `okres wypowiedzenia ${period}` : `notice period ${period}`,
    contract.requiredForm === 'written'
      ? pl ? 'wypowiedzenie na piśmie pod rygorem nieważności' : 'notice in writing on pain of invalidity'
      : contract.requiredForm === 'documentary'
        ? pl ? 'wystarczy forma dokumentowa (e-mail)' : 'documentary form (e-mail) is enough'
        : pl ? 'wymaganej formy wypowiedzenia brak w danych umowy' : 'form of notice not on record',
  ].filter((x): x is string => x !== undefined && x !== '');
  const objections = pl
    ? [
        attempts.length === 0
          ? '„Dlaczego słyszymy o tym dopiero teraz?” – Powiedzieć, kiedy i jak problemy były zgłaszane; analiza nie zawiera jeszcze prób ich rozwiązania.'
          : `„Dlaczego słyszymy o tym dopiero teraz?” – Problemy były sygnalizowane wcześniej${firstAttempt === undefined ? '' : ` (od ${date(firstAttempt)})`}; przypomnieć, co próbowano, bez wypominania.`,
        position?.openToStay === true
          ? '„Możemy zapłacić więcej albo zmienić zakres.” – Podziękować i przedstawić nasze warunki; poza nimi podtrzymać decyzję.'
          : '„Możemy zapłacić więcej albo zmienić zakres.” – Podziękować za propozycję i spokojnie podtrzymać decyzję: jest przemyślana i nie wynika z jednej sytuacji.',
        `„Nie zdążymy znaleźć nikogo na to miejsce.” – Zaproponować okres przejściowy i pomoc w przekazaniu${position?.latestEndOn === undefined ? '.' : `, najpóźniej do ${date(position.latestEndOn)}`}`,
        `„A co mówi umowa?” – ${contractWords.join('; ')}.`,
        '„Nie zgadzamy się z rozliczeniem.” – Przejść przez zestawienie pozycja po pozycji; sporne kwoty wyjaśnić osobno, na piśmie.',
      ]
    : [
        attempts.length === 0
          ? '"Why are we only hearing about this now?" – Say when and how the problems were raised; the analysis records no attempt to fix them yet.'
          : `"Why are we only hearing about this now?" – The problems were raised before${firstAttempt === undefined ? '' : ` (since ${date(firstAttempt)})`}; recall what was tried, without reproach.`,
        position?.openToStay === true
          ? '"We can pay more or change the scope." – Thank them and set out our conditions; outside them, the decision stands.'
          : '"We can pay more or change the scope." – Thank them for the offer and calmly stand by the decision: it is considered and not about any single issue.',
        `"We will not find anyone in time." – Offer a transition period and help with the handover${position?.latestEndOn === undefined ? '' : `, until ${date(position.latestEndOn)} at the latest`}.`,
        `"What does the agreement say?" – ${contractWords.join('; ')}.`,
        '"We do not agree with the settlement." – Go through the statement item by item; clear up disputed amounts separately, in writing.',
      ];

  const name = client.company ? `${client.name} (${client.company})` : client.name;
  const sections: PlanSection[] = [
    { id: 'purpose', heading: HEADINGS.purpose[lang], lines: [purpose] },
    { id: 'reasons', heading: HEADINGS.reasons[lang], lines: reasons },
    { id: 'offer', heading: HEADINGS.offer[lang], lines: offer },
    { id: 'questions', heading: HEADINGS.questions[lang], lines: questions },
    { id: 'listen', heading: HEADINGS.listen[lang], lines: listen },
    { id: 'position', heading: HEADINGS.position[lang], lines: positionLines },
    { id: 'objections', heading: HEADINGS.objections[lang], lines: objections },
  ];
  return { lang, title: pl ? `Plan rozmowy: ${name}` : `Conversation plan: ${name}`, sections, missing };
}

/** The plan as plain text: for the clipboard and the golden files. */
export function planToText(plan: ConversationPlan): string {
  const out = [plan.title, ''];
  for (const section of plan.sections) {
    out.push(section.heading.toUpperCase());
    for (const line of section.lines) out.push(/^(\d\.| {3}–)/.test(line) ? line : `• ${line}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
