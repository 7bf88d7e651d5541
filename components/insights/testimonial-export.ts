/**
 * The testimonials clients allowed to publish, as files for a website: Markdown (one quote block
 * each, credited or anonymous) and CSV (RFC 4180, one row each), with headings in the UI language.
 * The testimonial's text is the client's, kept as written; Markdown's own characters are escaped
 * so a quote cannot turn into a link or a heading on the site.
 */
import type { Lang } from '../../offboarding/types';
import type { PublishableTestimonial } from '../../offboarding/testimonials';
import { translator } from '../../common/i18n';
import { insightsMessages } from './messages';
import { PLACEMENT_KEY } from './labels';

export function testimonialsMarkdown(items: readonly PublishableTestimonial[], lang: Lang): string {
  const t = translator(insightsMessages, lang);
  const blocks = items.map((item) => {
    const quote = escapeMarkdown(item.text)
      .split(/\r?\n/)
      .map((line) => `> ${line}`.trimEnd())
      .join('\n');
    return `${quote}\n>\n> — ${item.credit !== null ? escapeMarkdown(item.credit) : t('anonymous')}`;
  });
  return `# ${t('exportTitle')}\n\n${blocks.join('\n\n')}\n`;
}

export function testimonialsCsv(items: readonly PublishableTestimonial[], lang: Lang): string {
  const t = translator(insightsMessages, lang);
  const header = [t('csvText'), t('csvCredit'), t('csvAnonymous'), t('csvPlacements'), t('csvDate'), t('csvLanguage')];
  const rows = items.map((item) => [
    item.text,
    item.credit ?? '',
    item.anonymous ? t('yes') : t('no'),
    item.placements.map((p) => t(PLACEMENT_KEY[p])).join('; '),
    item.givenOn,
    item.language ?? '',
  ]);
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading = + - @ would run as a formula in a spreadsheet: prefix it with an apostrophe.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_{}[\]()#+\-.!<>|~])/g, '\\$1');
}
