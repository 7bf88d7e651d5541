// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { markdownToSafeHtml, renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import type { Client } from '../../../offboarding/types';
import { offboardingFor, polishClient, settingsPl, TODAY } from './fixtures';

const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'UL', 'OL', 'LI', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'A', 'BLOCKQUOTE', 'HR', 'H3', 'H4']);

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '![x](javascript:alert(1))',
  '**bold** _it_ # heading',
  'a | b || c',
  '{{client.name}}',
  '"><svg onload=alert(1)>',
  'https://evil.example/x www.evil.example mail@evil.example',
];

function assertInert(html: string): void {
  const container = document.createElement('div');
  container.innerHTML = html;
  for (const element of Array.from(container.querySelectorAll('*'))) {
    expect(ALLOWED.has(element.tagName), `element ${element.tagName}`).toBe(true);
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name === 'href' && element.tagName === 'A', `attribute ${attribute.name} on ${element.tagName}`).toBe(true);
      expect(attribute.value).toMatch(/^(https?:|mailto:)/i);
    }
  }
  // Literal text such as "&lt;img onerror=…" is fine; real tags and javascript: links are not.
  expect(html).not.toMatch(/<(script|img|svg|div|iframe)|href="javascript/i);
}

const probe: Template = {
  id: 'probe',
  kind: 'closing-thanks',
  lang: 'pl',
  tone: 'formal',
  title: 'probe',
  subject: 'Re: {{conversation.subject}} / {{client.name}}',
  when: 'tests',
  variables: [],
  builtIn: false,
  body: [
    '{{client.name}}',
    '',
    'Firma: {{client.company}}, notatka: {{offboarding.reasonNote}}',
    '',
    '- {{client.name}}',
    '',
    '[{{client.name}}](https://example.com/ok)',
    '',
    '| Opis | Kwota |',
    '|---|---|',
    '{{#each settlement.receivables}}',
    '| {{this.description}} | {{this.amount}} |',
    '{{/each}}',
  ].join('\n'),
};

function hostileDraft(value: string) {
  const client: Client = { ...polishClient, name: value, company: value };
  const offboarding = offboardingFor(client, {
    reasonNote: value,
    settlement: [{ id: 'h', direction: 'receivable', description: value, amountMinor: 100, currency: 'PLN', paid: false }],
  });
  const vars = buildVariables({ client, offboarding, settings: settingsPl, context: { subject: value, messages: [] }, today: TODAY, lang: 'pl' });
  return renderTemplate(probe, vars, { lang: 'pl' });
}

describe('hostile values come out inert and literal', () => {
  it.each(HOSTILE)('%s', (value) => {
    const draft = hostileDraft(value);
    assertInert(draft.html);
    expect(draft.missing).toEqual([]);
    // Visible literally: in the paragraph, the list, the link text, the table cell and the subject.
    const container = document.createElement('div');
    container.innerHTML = draft.html;
    const paragraphs = Array.from(container.querySelectorAll('p')).map((p) => p.textContent);
    expect(paragraphs[0]).toBe(value);
    expect(container.querySelector('li')?.textContent).toBe(value);
    expect(container.querySelector('a')?.textContent).toBe(value);
    expect(container.querySelector('a')?.getAttribute('href')).toBe('https://example.com/ok');
    expect(container.querySelectorAll('a')).toHaveLength(1);
    const cells = Array.from(container.querySelectorAll('tbody tr td')).map((cell) => cell.textContent);
    expect(cells).toHaveLength(2);
    expect(cells[0]).toBe(value);
    expect(container.querySelectorAll('strong, em, h3, h4, h1, h2, img, script, svg')).toHaveLength(0);
    expect(draft.text.split('\n')[0]).toBe(value);
    expect(draft.subject).toBe(`Re: ${value} / ${value}`);
  });

  it('keeps a 10 000-character value whole and inert', () => {
    const long = '<b>'.repeat(3334).slice(0, 10_000);
    const draft = hostileDraft(long);
    assertInert(draft.html);
    expect(draft.text.split('\n')[0]).toBe(long);
    const plain = 'ż'.repeat(10_000);
    expect(hostileDraft(plain).text).toContain(plain);
  });

  it('strips the RTL override and other bidi controls, and collapses line breaks', () => {
    const draft = hostileDraft('Anna\u202Egp.exe\u2066x\nnext line\r\n# h');
    expect(draft.html + draft.text + draft.subject).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(draft.text.split('\n')[0]).toBe('Annagp.exex next line # h');
    expect(draft.subject).toBe('Re: Annagp.exex next line # h / Annagp.exex next line # h');
  });

  it('hostile recipient names and titles never reach the salutation as markup', () => {
    const client: Client = { ...polishClient, recipient: { form: 'pan', firstName: '<img src=x onerror=alert(1)>', title: '<b>x</b>', warm: true } };
    const vars = buildVariables({ client, settings: settingsPl, today: TODAY, lang: 'pl' });
    const draft = renderTemplate(probe, vars, { lang: 'pl' });
    assertInert(draft.html);
    expect(vars.salutation).toBe('Szanowny Panie,');
  });
});

describe('the template itself cannot smuggle markup either', () => {
  it('shows raw HTML written in a (custom) template as text', () => {
    const { html, text } = markdownToSafeHtml('Hi <div onclick="x()">there</div> <img src=x onerror=alert(1)>\n\n<script>alert(1)</script>');
    assertInert(html);
    expect(text).toContain('<div onclick="x()">there</div>');
    expect(text).toContain('<script>alert(1)</script>');
  });

  it('keeps http(s) and mailto links and drops javascript: and data: ones (the text stays)', () => {
    const { html, text } = markdownToSafeHtml('[ok](https://a.example) [mail](mailto:a@b.example) [bad](javascript:alert(1)) [data](data:text/html,x) ![img](https://a.example/i.png)');
    assertInert(html);
    expect(html).toContain('<a href="https://a.example">ok</a>');
    expect(html).toContain('<a href="mailto:a@b.example">mail</a>');
    expect(html).not.toContain('javascript');
    expect(html).not.toContain('data:');
    expect(text).toContain('bad');
    expect(text).toContain('ok (https://a.example)');
    expect(text).toContain('mail (a@b.example)');
  });

  it('drops code blocks, headings above h4 and inline styles to the allow-list', () => {
    const { html } = markdownToSafeHtml('# Big\n\n#### Small\n\n```js\ncode()\n```\n\n> quoted\n\n---');
    assertInert(html);
    expect(html).toContain('<h4>Small</h4>');
    expect(html).toContain('<blockquote>');
    expect(html).not.toMatch(/<h1|<pre|<code|class=/);
  });
});

describe('the plain-text twin', () => {
  it('aligns tables, bullets lists and keeps line breaks', () => {
    const { text } = markdownToSafeHtml('Line one\nline two\n\n- a\n- b\n\n1. x\n2. y\n\n| A | Longer |\n|---|---|\n| wide cell | 1 |');
    expect(text).toBe('Line one\nline two\n\n- a\n- b\n\n1. x\n2. y\n\nA          Longer\n---------  ------\nwide cell  1');
  });

  it('renders every built-in in the browser environment too', () => {
    const template = findTemplates(builtInTemplates(), { kind: 'settlement', lang: 'pl' })[0] as Template;
    const vars = buildVariables({ client: polishClient, offboarding: offboardingFor(polishClient), settings: settingsPl, today: TODAY, lang: 'pl' });
    const draft = renderTemplate(template, vars, { lang: 'pl' });
    assertInert(draft.html);
    expect(draft.html).toContain('<strong>Należności</strong>');
  });
});
