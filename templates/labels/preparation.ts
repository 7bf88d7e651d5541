/** Before the notice: the position and the call: the variables' labels, in both languages (data only: the sidebar loads it without the logic). */
export const PREPARATION_VARIABLE_LABELS = {
  'position.open': { pl: 'jesteś otwarty na pozostanie (stanowisko sprzed rozmowy)', en: 'open to staying (your position before the call)' },
  'position.conditions': { pl: 'warunki pozostania (zakres, cena, terminy)', en: 'the conditions for staying (scope, price, timing)' },
  'position.latestEnd': { pl: 'najpóźniejszy termin zakończenia', en: 'the latest acceptable end date' },
  'outcome.kept': { pl: 'w rozmowie ustalono, że współpraca trwa dalej', en: 'the call agreed to keep working together' },
} as const;
