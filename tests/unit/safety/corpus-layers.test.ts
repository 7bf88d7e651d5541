// @vitest-environment jsdom
/**
 * The hostile corpus (tests/e2e/hostile-corpus.ts) through every pure layer that touches e-mail
 * content: the adapters reading the page, the language guess, cues and suggestions, variables and
 * rendering, and the insertion checks. Nothing may throw, nothing executable may come out, and
 * plain text must come out as the same text.
 */
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import { outlookAdapter } from '../../../webmail/adapters';
import { guessLanguage, guessThreadLanguage } from '../../../webmail/language';
import { checkDraft, parseDraftHtml } from '../../../webmail/insert';
import { MAX_MESSAGE_TEXT, type ConversationContext, type ThreadMessage } from '../../../webmail/types';
import { detectCues } from '../../../templates/cues';
import { suggest } from '../../../templates/suggest';
import { builtInTemplates } from '../../../templates/library';
import { buildVariables } from '../../../templates/variables';
import { renderTemplate } from '../../../templates/render';
import { TemplateSyntaxError, cleanValue } from '../../../templates/engine';
import { TEMPLATE_KINDS } from '../../../templates/types';
import { GMAIL_URL, OUTLOOK_URL, loadFixture } from '../webmail/helpers';
import { englishClient, offboardingFor, settingsEn, TODAY } from '../templates/fixtures';
import { DRAFT_POLICY, HOSTILE_CORPUS, htmlProblems, markupProblems, sample } from '../../e2e/hostile-corpus';
import { hostileClient, hostileVariables, probeTemplate } from './hostile-values';

const ids = HOSTILE_CORPUS.map((s) => s.id);
const SHORT = HOSTILE_CORPUS.filter((s) => s.category !== 'long');
/**
 * Samples parsed as markup by jsdom. 33 334 nested <b> overflow jsdom's recursive tree code (a
 * browser's parser caps nesting at 512); the e2e test puts that one through Chromium instead.
 */
const PARSEABLE = ids.filter((id) => id !== 'long-tags');

/** What a page's name attribute or heading becomes once the adapter has read it. */
function asPageText(value: string, max: number): string {
  return value.replace(/\s+/g, ' ').trim().slice(0, max);
}

describe('adapters read hostile page content as bounded plain text', () => {
  it.each(ids)('Gmail: %s as names, subject and body text', (id) => {
    const value = sample(id);
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const sender = doc.querySelectorAll('span.gD')[2]!;
    sender.setAttribute('name', value);
    sender.textContent = value;
    doc.querySelector('h2.hP')!.textContent = value;
    doc.querySelectorAll('div.a3s')[2]!.textContent = value;
    const elementsBefore = doc.getElementsByTagName('*').length;

    const context = gmailAdapter.readContext(doc);

    expect(doc.getElementsByTagName('*').length).toBe(elementsBefore);
    const latest = context.messages[2]!;
    const shownName = asPageText(value, 300);
    if (shownName) expect(latest.from.name).toBe(shownName);
    expect(latest.from.email).toBe('mark.davies@brightfield.co.uk');
    expect(latest.text.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    const expectedText = value.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    expect(expectedText.startsWith(latest.text) || latest.text === expectedText.slice(0, MAX_MESSAGE_TEXT)).toBe(true);
    if (asPageText(value, 500)) expect(context.subject).toBe(asPageText(value, 500));
    expect(['pl', 'en', 'other']).toContain(context.language);
  });

  it.each(PARSEABLE)('Gmail: %s as real markup inside a message body', (id) => {
    const value = sample(id);
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const body = doc.querySelectorAll('div.a3s')[2]!;
    // jsdom runs no scripts: this is the e-mail's HTML as the webmail rendered it.
    body.innerHTML = `<div dir="ltr">Thanks Sam. ${value} Mark</div>`;
    const elementsBefore = doc.getElementsByTagName('*').length;

    const context = gmailAdapter.readContext(doc);

    expect(doc.getElementsByTagName('*').length).toBe(elementsBefore);
    const text = context.messages[2]!.text;
    expect(text.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    expect(text.startsWith('Thanks Sam.')).toBe(true);
    // Script and style contents are code, not the message: never read as its text.
    for (const el of Array.from(body.querySelectorAll('script, style'))) {
      const code = (el.textContent ?? '').trim();
      if (code.length > 3) expect(text).not.toContain(code);
    }
  });

  it.each(ids)('Outlook: %s as sender label, subject and body', (id) => {
    const value = sample(id);
    const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
    const doc = window.document;
    const from = doc.querySelectorAll('[aria-label^="From:"]')[2]!;
    from.setAttribute('aria-label', `From: ${value}`);
    from.querySelector('.OZZZK')!.textContent = value;
    doc.querySelector('[role="heading"] span')!.textContent = value;
    doc.querySelector('#UniqueMessageBody_3')!.textContent = value;
    const elementsBefore = doc.getElementsByTagName('*').length;

    const context = outlookAdapter.readContext(doc);

    expect(doc.getElementsByTagName('*').length).toBe(elementsBefore);
    expect(context.messages).toHaveLength(3);
    expect(context.messages[2]!.from.email).toBe('mark.davies@brightfield.co.uk');
    expect(context.messages[2]!.text.length).toBeLessThanOrEqual(MAX_MESSAGE_TEXT);
    const name = context.messages[2]!.from.name;
    expect(name === undefined || name.length <= 300).toBe(true);
  });
});

describe('language guess and cues take any text', () => {
  it.each(ids)('%s', (id) => {
    const value = sample(id);
    expect(['pl', 'en', 'other']).toContain(guessLanguage(value));
    // A hostile appendix does not hide a clearly Polish message.
    const polish = 'Dzień dobry, proszę o przesłanie faktury końcowej. Dziękuję za współpracę i pozdrawiam serdecznie.';
    expect(guessLanguage(`${polish} ${value.slice(0, 1000)}`)).toBe('pl');
    expect(guessThreadLanguage([value, value, value])).toMatch(/^(pl|en|other)$/);

    const messages: ThreadMessage[] = [
      { from: { name: value, email: 'client@example.com' }, text: value, dateText: value },
      { from: { name: 'Me', email: 'me@studio.example' }, text: value },
    ];
    const cues = detectCues(messages, { userEmail: 'me@studio.example' });
    expect(cues.latestFromClient?.index).toBe(0);
    expect(cues.lastAuthor).toBe('me');
  });
});

function hostileContext(value: string): ConversationContext {
  return {
    provider: 'gmail',
    threadId: 'thread-1',
    subject: value,
    participants: [
      { name: value, email: 'client@example.com', role: 'sender' },
      { name: 'Me', email: 'me@studio.example', role: 'me' },
    ],
    messages: [
      { from: { name: value, email: 'client@example.com' }, text: `We have decided to terminate the contract. ${value}` },
      { from: { name: 'Me', email: 'me@studio.example' }, text: value },
      { from: { name: value, email: 'client@example.com' }, text: value },
    ],
    userEmail: 'me@studio.example',
    language: 'en',
    compose: { open: true, kind: 'reply' },
    url: GMAIL_URL,
    missing: [],
  };
}

describe('suggestions from a hostile conversation', () => {
  const templates = builtInTemplates();
  it.each(ids)('%s', (id) => {
    const value = sample(id);
    const client = hostileClient(value.slice(0, 200));
    const offboarding = offboardingFor(client, { reasonNote: value });
    const suggestions = suggest({ context: hostileContext(value), client, offboarding, templates, today: TODAY, settings: settingsEn });
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(TEMPLATE_KINDS).toContain(s.kind);
      // The text of an e-mail never picks a template that is not in the library.
      expect(templates).toContain(s.template);
    }
  });
});

describe('rendering hostile values', () => {
  const templates = builtInTemplates();

  // Every template meets every short sample once as part of one combined value, and each sample
  // alone meets a rotating handful of templates (all pairs would take a minute on two cores).
  it('every built-in template stays inside the allow-list with all short samples at once', () => {
    const combined = SHORT.map((s) => s.value).join(' ');
    for (const template of templates) {
      const draft = renderTemplate(template, hostileVariables(combined, template.lang), { lang: template.lang });
      expect(htmlProblems(draft.html, DRAFT_POLICY), template.id).toEqual([]);
      expect(draft.subject).not.toMatch(/[\r\n]/);
    }
    // Every built-in, rendered and sanitised: grows with the library and the shared machine's load.
  }, 30_000);

  it.each(SHORT.map((s, index) => [s.id, index] as const))('built-in templates stay inside the allow-list: %s', (id, index) => {
    const value = sample(id);
    for (let step = 0; step < 5; step += 1) {
      const template = templates[(index * 5 + step) % templates.length]!;
      const draft = renderTemplate(template, hostileVariables(value, template.lang), { lang: template.lang });
      expect(htmlProblems(draft.html, DRAFT_POLICY), template.id).toEqual([]);
      expect(draft.subject).not.toMatch(/[\r\n]/);
    }
  });

  it.each(ids)('a probe shows the value literally: %s', (id) => {
    const value = sample(id);
    const vars = hostileVariables(value, 'en');
    const draft = renderTemplate(probeTemplate, vars, { lang: 'en' });
    expect(htmlProblems(draft.html, DRAFT_POLICY)).toEqual([]);
    const shown = cleanValue(value);
    const container = document.createElement('div');
    container.innerHTML = draft.html;
    const paragraphs = Array.from(container.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs[0]).toBe(`Name: ${shown}`);
    expect(paragraphs[1]).toBe(`Company: ${shown}`);
    expect(container.querySelector('td')?.textContent).toBe(shown);
    expect(draft.subject).toBe(`Re: ${shown}`);
    expect(draft.text.split('\n')[0]).toBe(`Name: ${shown}`);
  });

  it.each(ids)('a hostile template body renders inert or is refused with a syntax error: %s', (id) => {
    // A custom template body is at most 50 000 characters (storage/schemas.ts); 10 000 keeps this quick.
    const value = sample(id).slice(0, 10_000);
    const vars = buildVariables({ client: englishClient, settings: settingsEn, today: TODAY, lang: 'en' });
    let draft;
    try {
      draft = renderTemplate({ subject: value.slice(0, 200), body: `Hello\n\n${value}\n\nBye` }, vars, { lang: 'en' });
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateSyntaxError);
      return;
    }
    expect(htmlProblems(draft.html, DRAFT_POLICY)).toEqual([]);
    expect(draft.text.startsWith('Hello')).toBe(true);
    expect(draft.text.endsWith('Bye')).toBe(true);
  });
});

/** What the insertion layer must never let through, even though it is not an allow-list. */
function executable(problems: string[]): string[] {
  return problems.filter((p) => /attribute on|script URL|<(script|iframe|frame|frameset|object|embed|style|link|meta|base)>/.test(p) && !/outside the allow-list/.test(p));
}

describe('the insertion checks (webmail/insert.ts)', () => {
  it.each(PARSEABLE)('refuse or pass only inert HTML: %s', (id) => {
    const value = sample(id);
    const refusal = checkDraft({ html: value, text: value });
    if (refusal !== null) {
      expect(refusal).toMatch(/^(draft\.|the draft)/);
      return;
    }
    const parsed = parseDraftHtml(document, value);
    if ('error' in parsed) {
      expect(parsed.error).toMatch(/^draft\.html contains/);
      return;
    }
    expect(executable(markupProblems(parsed.fragment))).toEqual([]);
  });

  it('refuses the known payloads outright', () => {
    for (const id of ['script-alert', 'img-onerror-alert', 'svg-onload-pwn', 'iframe-js-breakout', 'a-href-js', 'mxss-mglyph', 'details-ontoggle', 'object-js', 'base-href']) {
      expect(checkDraft({ html: sample(id), text: 'x' }), id).not.toBeNull();
    }
    // An entity hides the scheme from the string check; the parsed attribute still gives it away.
    const tab = sample('a-href-js-tab');
    expect(checkDraft({ html: tab, text: 'x' })).toBeNull();
    expect(parseDraftHtml(document, tab)).toEqual({ error: 'draft.html contains a script URL in href' });
  });

  it.each(SHORT.map((s) => s.id))('accepts the rendered hostile draft (the renderer and the checks agree): %s', (id) => {
    const draft = renderTemplate(probeTemplate, hostileVariables(sample(id), 'en'), { lang: 'en' });
    expect(checkDraft({ html: draft.html, text: draft.text })).toBeNull();
    expect(parseDraftHtml(document, draft.html)).not.toHaveProperty('error');
  });
});
