import type { Messages } from '../../common/i18n';
import type { WebmailAddressProblem } from '../../common/custom-webmail';

/** The "Outlook at your company's address" section's strings; both languages side by side. */
export const webmailAccessMessages = {
  title: { pl: 'Outlook pod adresem firmy', en: "Outlook at your company's address" },
  intro: {
    pl: 'Jeśli Twoja firma ma własny serwer Exchange, Outlook w przeglądarce otwiera się pod jej adresem, np. https://poczta.firma.pl/owa/. Wpisz ten adres, a Offboard poprosi przeglądarkę o dostęp tylko do tej jednej witryny. Bez Twojej zgody Offboard nie ma dostępu do żadnej strony poza Gmailem i Outlookiem Microsoftu.',
    en: 'If your company runs its own Exchange server, Outlook on the web opens at its address, e.g. https://mail.company.com/owa/. Type that address and Offboard asks the browser for access to that one site only. Without your consent Offboard has access to no site other than Gmail and Microsoft’s Outlook.',
  },
  label: { pl: 'Adres Outlooka w przeglądarce (domena lub cały adres)', en: 'Address of Outlook on the web (a domain or the full address)' },
  hint: {
    pl: 'Dostęp obejmuje całą witrynę, np. poczta.firma.pl — przeglądarka nie przyznaje dostępu do pojedynczych ścieżek.',
    en: 'Access covers the whole site, e.g. mail.company.com: the browser does not grant it for single paths.',
  },
  placeholder: { pl: 'poczta.firma.pl', en: 'mail.company.com' },
  add: { pl: 'Poproś o dostęp', en: 'Ask for access' },
  grantedTitle: { pl: 'Adresy z dostępem', en: 'Addresses with access' },
  none: {
    pl: 'Nie dodano żadnego adresu. Offboard działa w Gmailu (mail.google.com) i w Outlooku Microsoftu (outlook.office.com, outlook.office365.com, outlook.live.com).',
    en: 'No address added. Offboard works in Gmail (mail.google.com) and in Microsoft’s Outlook (outlook.office.com, outlook.office365.com, outlook.live.com).',
  },
  remove: { pl: 'Usuń dostęp', en: 'Remove access' },
  removeLabel: { pl: 'Usuń dostęp do {host}', en: 'Remove access to {host}' },
  added: {
    pl: 'Dodano {host}. Otwórz lub odśwież kartę z pocztą, a pasek boczny Offboard pojawi się obok wiadomości.',
    en: 'Added {host}. Open or reload the mail tab and the Offboard sidebar appears beside your messages.',
  },
  alreadyGranted: { pl: 'Adres {host} ma już dostęp.', en: '{host} already has access.' },
  declined: {
    pl: 'Przeglądarka nie przyznała dostępu do {host} (prośba została odrzucona). Nic się nie zmieniło — możesz spróbować ponownie.',
    en: 'The browser did not grant access to {host} (the request was declined). Nothing changed; you can try again.',
  },
  removed: {
    pl: 'Usunięto dostęp do {host}. Offboard nie działa już na tej stronie.',
    en: 'Access to {host} removed. Offboard no longer runs on that site.',
  },
  removeDeclined: {
    pl: 'Przeglądarka nie usunęła dostępu do {host}. Możesz go odebrać także w ustawieniach rozszerzeń przeglądarki.',
    en: 'The browser did not remove access to {host}. You can also revoke it in the browser’s extension settings.',
  },
  failed: { pl: 'Nie udało się zmienić dostępu: {error}', en: 'Could not change the access: {error}' },
  loadFailed: { pl: 'Nie udało się sprawdzić, do których adresów Offboard ma dostęp: {error}', en: 'Could not check which addresses Offboard has access to: {error}' },

  'problem.empty': {
    pl: 'Wpisz adres, pod którym otwierasz Outlooka w przeglądarce, np. poczta.firma.pl.',
    en: 'Type the address where you open Outlook on the web, e.g. mail.company.com.',
  },
  'problem.too-long': {
    pl: 'Ten tekst jest za długi jak na adres (ponad {max} znaków). Wklej sam adres strony z pocztą, np. https://poczta.firma.pl/owa/.',
    en: 'This is too long for an address (over {max} characters). Paste just the mail page’s address, e.g. https://mail.company.com/owa/.',
  },
  'problem.not-https': {
    pl: 'Offboard działa tylko na stronach z szyfrowanym połączeniem (https://). Wpisz adres zaczynający się od https:// albo samą domenę.',
    en: 'Offboard works only on pages with an encrypted connection (https://). Type an address that starts with https://, or just the domain.',
  },
  'problem.wildcard': {
    pl: 'Gwiazdka (*) dałaby dostęp do wielu witryn naraz. Wpisz dokładny adres jednej strony z pocztą, np. poczta.firma.pl.',
    en: 'An asterisk (*) would grant access to many sites at once. Type the exact address of one mail site, e.g. mail.company.com.',
  },
  'problem.credentials': {
    pl: 'Usuń z adresu nazwę użytkownika i hasło (część przed „@”): Offboard potrzebuje samego adresu strony.',
    en: 'Remove the user name and password (the part before “@”) from the address: Offboard needs the site’s address only.',
  },
  'problem.port': {
    pl: 'Offboard może dodać adres tylko na standardowym porcie https, bez „:numer” po nazwie. Wpisz adres bez numeru portu albo zapytaj dział IT o adres bez niego.',
    en: 'Offboard can add an address only on the standard https port, without “:number” after the name. Type it without the port, or ask your IT team for an address without one.',
  },
  'problem.ip-v6': {
    pl: 'Wpisz nazwę serwera poczty (np. poczta.firma.pl) zamiast adresu IPv6.',
    en: 'Type the mail server’s name (e.g. mail.company.com) instead of an IPv6 address.',
  },
  'problem.invalid': {
    pl: 'To nie wygląda na adres strony. Wpisz domenę (np. poczta.firma.pl) albo skopiuj adres z paska przeglądarki, gdy masz otwartą pocztę.',
    en: 'This does not look like a web address. Type a domain (e.g. mail.company.com) or copy the address from the browser’s address bar while your mail is open.',
  },
  'problem.built-in': {
    pl: 'Pod tym adresem Offboard już działa (to Gmail albo Outlook Microsoftu) — nie trzeba go dodawać.',
    en: 'Offboard already works at this address (it is Gmail or Microsoft’s Outlook); there is no need to add it.',
  },
} satisfies Messages;

export type WebmailAccessKey = keyof typeof webmailAccessMessages;

export function problemKey(problem: WebmailAddressProblem): WebmailAccessKey {
  return `problem.${problem}`;
}
