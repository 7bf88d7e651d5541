/** The payment demand: the variables' labels, in both languages (data only: the sidebar loads it without the logic). */
export const DEMAND_WORDING_LABELS = {
  'demand.debtorAddressed': { pl: 'adresat jest dłużnikiem (osoba, bez firmy)', en: 'the person addressed is the debtor (no business name recorded)' },
  'demand.namesDebtor': { pl: 'wezwanie wskazuje dłużnika z nazwy', en: 'the demand names the debtor' },
  'demand.soleTrader': { pl: 'klient prowadzi działalność pod firmą (bez formy prawnej spółki)', en: 'the client trades under a business name with no legal form' },
  'demand.trader': { pl: 'dłużnik prowadzący działalność gospodarczą', en: 'the debtor who trades under the business name' },
  'demand.traderName': { pl: 'imię i nazwisko przedsiębiorcy', en: "the trader's full name" },
  'demand.listNoun': { pl: 'faktury albo należności po terminie', en: 'invoices or amounts' },
  'demand.replyBy': { pl: 'termin zapłaty lub odpowiedzi (co najmniej 14 dni od daty pisma)', en: 'date to pay or reply by (at least 14 days from the date of the letter)' },
  'demand.preActionLead': { pl: 'pismo jako letter before claim', en: 'the letter before claim named as such' },
  'demand.preActionBasis': { pl: 'z czego składa się żądana kwota', en: 'how the sum claimed is made up' },
  'demand.preActionReply': { pl: 'odpowiedź, dokumenty i ADR', en: 'the reply asked for, the key documents and ADR' },
  'demand.preActionWarning': { pl: 'skutki braku odpowiedzi', en: 'what follows if there is no reply' },
  'demand.lateInterestAct': { pl: 'umowa handlowa podlega prawu Anglii i Walii (Late Payment Act 1998)', en: 'a business contract under the law of England and Wales (Late Payment Act 1998)' },
} as const;
