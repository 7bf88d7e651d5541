/**
 * A message's own words: the text above the quoted history and the signature. The markup of quoted
 * history is skipped while the body is read (dom.ts); this cuts what only the plain text shows —
 * the attribution line ("On … wrote:", "W dniu … pisze:"), a forwarded or original-message rule,
 * an Outlook-style "From: … Sent: …" header block, and the "-- " signature delimiter.
 */

/** The end of an attribution line: "… wrote:", "… napisał(a):", "… pisze:", "… schrieb:" and the like. */
const ATTRIBUTION_END =
  /\s(?:wrote|pisze|napisał\(a\)|napisała|napisał|schrieb|a écrit|escribió|ha scritto|schreef|skrev|escreveu|написал\(а\)|написала|написал)\s*:\s*$/iu;
/** Its start: "On", "W dniu", "Am", "Le", "El", "Op", "Den", "Em", "В"… */
const ATTRIBUTION_START = /^(?:on|w dniu|dnia|am|le|el|il giorno|op|den|em|в)\s/iu;
/** Newer Gmail starts with the date ("wt., 5 mar 2024 o 10:02 Mark <m@x> napisał(a):"): an address or a time tells. */
const ATTRIBUTION_DETAIL = /@|\d{1,2}:\d{2}/;

function isAttribution(line: string): boolean {
  if (line.length > 400 || !ATTRIBUTION_END.test(line)) return false;
  return ATTRIBUTION_START.test(line) || ATTRIBUTION_DETAIL.test(line);
}

/** "-----Original Message-----", "---------- Forwarded message ---------", "-----Wiadomość oryginalna-----". */
const RULE = /^-{2,}\s*[^-\n]{3,60}?\s*-{2,}$/u;
/** The first line of a quoted header block: "From:", "Od:", "Von:", "De:", "Da:", "Van:", "Från:", "Fra:", "От:". */
const HEADER_FROM = /^\*?(?:from|od|von|de|da|van|från|fra|от)\*?\s*:/iu;
/** A second header line within the next few: "Sent:", "Date:", "Wysłano:", "Data:", "Gesendet:", "Отправлено:"… */
const HEADER_SENT =
  /^\*?(?:sent|date|wysłano|wysłane|data|gesendet|datum|envoyé|enviado|inviato|verzonden|skickat|sendt|отправлено|дата)\*?\s*:/iu;
const SIGNATURE_DELIMITER = /^--\s?$/;

/** The text before the first line where quoted history or the signature starts. */
export function ownWords(text: string): string {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i]!.trim();
    const withNext = `${line} ${(lines[i + 1] ?? '').trim()}`.trim();
    const starts =
      SIGNATURE_DELIMITER.test(line) ||
      RULE.test(line) ||
      isAttribution(line) ||
      (ATTRIBUTION_START.test(line) && isAttribution(withNext)) ||
      (HEADER_FROM.test(line) && lines.slice(i + 1, i + 4).some((next) => HEADER_SENT.test(next.trim())));
    if (starts) return lines.slice(0, i).join('\n').trim();
  }
  return text.trim();
}
