/** Work not yet invoiced: the variables' labels, in both languages (data only: the sidebar loads it without the logic). */
export const UNBILLED_WORK_VARIABLE_LABELS = {
  'unbilled.sentence': { pl: 'zdanie o pracach jeszcze nierozliczonych (wg rodzaju umowy i sposobu jej zakończenia)', en: 'the sentence on work not yet invoiced (by contract type and how it ends)' },
  'unbilled.feeToAgree': { pl: 'prośba o przyjęcie proponowanej kwoty (wynagrodzenie za część dzieła strony dopiero ustalą)', en: 'the request to accept the proposed fee (the fee for the work done is still to be agreed)' },
} as const;
