// @vitest-environment jsdom
/**
 * Property: whatever text lands in a client's name, company, notes or the thread's subject, the
 * rendered draft holds only the allow-listed tags and attributes, shows that text literally, and
 * passes the insertion checks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { cleanValue } from '../../../templates/engine';
import { checkDraft, parseDraftHtml } from '../../../webmail/insert';
import { DRAFT_POLICY, HOSTILE_CORPUS, htmlProblems } from '../../e2e/hostile-corpus';
import { hostileVariablesFrom, probeTemplate } from './hostile-values';

/** Pieces that matter to HTML, Markdown and the template language, to build nasty strings from. */
const PIECES = [
  '<', '>', '"', "'", '&', '&lt;', '&#x3C;', '[', ']', '(', ')', '!', '*', '_', '`', '|', '#', '\\', '\n', '\r', '\t', ' ',
  'javascript:', 'JaVaScRiPt:', 'data:', 'on', 'onerror', '=', 'script', 'img', 'svg', 'a href', 'style', '{{', '}}',
  '#each', '#if', '/if', 'this', 'client.name', '\u202E', '\u200D', '\u0000', '\uD800', '👩🏽‍💻', 'ż', '\u0301',
];

const shortCorpus = HOSTILE_CORPUS.filter((s) => s.category !== 'long').map((s) => s.value);

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 80 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
  fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((parts) => parts.join('')),
  fc.constantFrom(...shortCorpus),
  fc.tuple(fc.constantFrom(...shortCorpus), fc.string({ maxLength: 20 }), fc.constantFrom(...shortCorpus)).map((parts) => parts.join('')),
);

const fields = fc.record({ name: hostileText, company: hostileText, notes: hostileText, subject: hostileText });

describe('arbitrary text in client and conversation fields', () => {
  it('renders the probe with only allow-listed markup and the text shown literally', () => {
    fc.assert(
      fc.property(fields, (f) => {
        const draft = renderTemplate(probeTemplate, hostileVariablesFrom(f, 'en'), { lang: 'en' });
        expect(htmlProblems(draft.html, DRAFT_POLICY)).toEqual([]);
        const container = document.createElement('div');
        container.innerHTML = draft.html;
        const first = container.querySelector('p')?.textContent ?? '';
        const name = cleanValue(f.name);
        // A blank value is listed as missing and shown as a placeholder instead.
        if (name !== '') expect(first).toBe(`Name: ${name}`);
        if (cleanValue(f.subject) !== '') expect(draft.subject).toBe(`Re: ${cleanValue(f.subject)}`);
        expect(checkDraft({ html: draft.html, text: draft.text })).toBeNull();
        expect(parseDraftHtml(document, draft.html)).not.toHaveProperty('error');
      }),
      { numRuns: 300 },
    );
    // Hundreds of sanitised renders: slow on the shared 2-core machine under load.
  }, 30_000);

  it('renders every built-in template inside the allow-list', () => {
    const templates = builtInTemplates();
    fc.assert(
      fc.property(fields, fc.constantFrom(...templates), (f, template) => {
        const draft = renderTemplate(template, hostileVariablesFrom(f, template.lang), { lang: template.lang });
        expect(htmlProblems(draft.html, DRAFT_POLICY)).toEqual([]);
        expect(draft.subject).not.toMatch(/[\r\n]/);
      }),
      { numRuns: 200 },
    );
  }, 30_000);
});
