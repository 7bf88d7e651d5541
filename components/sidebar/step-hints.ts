/**
 * One line per checklist step: what it means, in the article's terms (1.–3.2 of
 * /work/shared/source-article-pl.txt) and the house's domain notes (DOMAIN.md).
 */
import type { ChecklistKey, Lang } from '../../offboarding/types';

export const STEP_HINT: Readonly<Record<ChecklistKey, Record<Lang, string>>> = {
  analysis: {
    pl: 'Przeanalizuj współpracę i powody decyzji; sprawdź w umowie okres wypowiedzenia i wymaganą formę.',
    en: 'Review the work together and the reasons for ending it; check the contract’s notice period and required form.',
  },
  conversation: {
    pl: 'Zanim zdecydujesz: rozmowa z klientem o Twoich obawach, z wysłuchaniem drugiej strony i szukaniem kompromisu.',
    en: 'Before you decide: talk your concerns through with the client, listen, and look for a compromise.',
  },
  documents: {
    pl: 'Przygotuj dokumenty: pisemne oświadczenie, rozliczenie, zwrot materiałów — zgodnie z umową i przepisami.',
    en: 'Prepare the paperwork: the written statement, the settlement, the return of materials — as the contract and the law require.',
  },
  notice: {
    pl: 'Wypowiedzenie złożone (albo otrzymane od klienta): data, sposób doręczenia i od kiedy biegnie okres.',
    en: 'The notice given (or received from the client): the date, how it was delivered, and when the period starts to run.',
  },
  handover: {
    pl: 'Przekaż klientowi wykonane prace, pliki i wiedzę potrzebną do ich dalszego prowadzenia.',
    en: 'Hand over the finished work, the files and what the client needs to carry it on.',
  },
  'assets-access': {
    pl: 'Zwróć materiały i sprzęt klienta; odbierz lub oddaj dostępy, hasła i konta.',
    en: 'Return the client’s materials and equipment; hand back or revoke access, passwords and accounts.',
  },
  'personal-data': {
    pl: 'Zwróć lub usuń dane osobowe powierzone przez klienta (RODO, umowa powierzenia) i potwierdź to.',
    en: 'Return or delete the personal data the client entrusted to you (GDPR, the processing agreement) and confirm it.',
  },
  settlement: {
    pl: 'Lista należności i zobowiązań: wszystkie płatności uregulowane zgodnie z umową, spory rozwiązane.',
    en: 'A list of what is owed either way: every payment settled as the contract says, any dispute resolved.',
  },
  'closing-message': {
    pl: 'Uprzejme podsumowanie i podziękowanie za współpracę — na dobre relacje po zakończeniu.',
    en: 'A courteous summary and thanks for the work together, to part on good terms.',
  },
  feedback: {
    pl: 'Zapytaj klienta o opinię na temat współpracy.',
    en: 'Ask the client what they thought of working together.',
  },
  testimonial: {
    pl: 'Jeśli klient jest zadowolony, poproś o krótką rekomendację lub referencje.',
    en: 'If the client is pleased, ask for a short testimonial or a reference.',
  },
  referral: {
    pl: 'Zapytaj, czy klient poleci Cię innym.',
    en: 'Ask whether the client would recommend you to others.',
  },
  lessons: {
    pl: 'Co poszło dobrze, a co można poprawić: wnioski na przyszłe zlecenia.',
    en: 'What went well and what could be better: lessons for the next engagements.',
  },
};
