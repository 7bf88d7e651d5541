/**
 * Our own Markdown renderer and sanitiser against marked + DOMPurify (the pipeline they replaced,
 * kept in legacy-render.ts with both as development dependencies): every built-in template for
 * every golden scenario, and the Markdown a user's own template is likely to hold, give
 * byte-identical HTML and plain text.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { renderScenario } from '../../../catalog/page';
import { parseScenarioFile } from '../../../catalog/scenarios';
import { builtInTemplates } from '../../../templates/library';
import { markdownToSafeHtml } from '../../../templates/render';
import { plainTextToSafeHtml } from '../../../templates/edited-text';
import * as legacy from './legacy-render';

legacy.configureSanitizer(new JSDOM('').window as unknown as Parameters<typeof legacy.configureSanitizer>[0]);

const ROOT = new URL('../../../', import.meta.url);
const scenarios = parseScenarioFile(readFileSync(new URL('tests/golden/scenarios.json', ROOT), 'utf8'), 'tests/golden/scenarios.json').scenarios;
const library = builtInTemplates();

describe('the built-in library renders byte-identically to marked + DOMPurify', () => {
  it('every template for every golden scenario: the same HTML and the same text', () => {
    let compared = 0;
    const tags = new Set<string>();
    for (const scenario of scenarios) {
      for (const section of renderScenario(scenario, library).sections) {
        for (const entry of section.entries) {
          // The draft is ours; re-render its Markdown source the old way from the same fill.
          const source = legacy.filledMarkdown(entry.template, scenario, section.lang);
          const before = legacy.markdownToSafeHtml(source);
          const where = `${scenario.id} / ${entry.template.id}`;
          expect(entry.draft.html, where).toBe(before.html);
          expect(entry.draft.text, where).toBe(before.text);
          for (const match of before.html.matchAll(/<([a-z0-9]+)/g)) tags.add(match[1] as string);
          compared += 1;
        }
      }
    }
    expect(compared).toBeGreaterThan(1000);
    // The comparison covers the subset the library uses, not only paragraphs.
    for (const tag of ['p', 'br', 'strong', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td']) expect(tags).toContain(tag);
  });
});

const SNIPPETS = [
  'One\ntwo  \nthree\\\nfour',
  '**bold** *em* _em_ __bold__ ***both*** a*b*c snake_case_name **unclosed *mixed**',
  '- a\n- b\n  continued\n- c\n\n1. x\n2. y\n10. z',
  '- a\n\n- loose\n\n  second paragraph\n- c',
  '- outer\n  - inner\n    - innermost\n- back',
  'Intro\n- list right after a paragraph\n- two',
  'Intro\n2. not a list',
  '| A | Longer |\n|---|:---:|\n| wide cell | 1 |\n| x \\| y | **b** |',
  'Text\n| A | B |\n|---|---|\n| 1 | 2 |\n\nafter',
  '> quoted\n> lines\n\n> > nested',
  '### Three\n\n#### Four ####\n\n---\n\n***',
  '[link](https://example.com/a?b=1&c=2) [mail](mailto:a@b.example) <https://auto.example> plain https://bare.example/x. www.w.example and x@y.example',
  '[bad](javascript:alert(1)) [data](data:text/html,x) [rel](/relative) ![img](https://a.example/i.png)',
  'Entities: &amp; &lt; &gt; &quot; &#65; &#x42; &nbsp;x &copy; &bogus; a & b < c > d "quotes" \'single\'',
  'Raw <b>html</b> <div onclick="x()">shows</div> <!-- comment --> as text',
  '`code span` and ``double `tick` code``',
  '\\*not em\\* \\[not link\\] \\# not heading',
  '⟨missing value⟩, 8400,00\u00a0zł – „cudzysłów”',
];

describe('custom templates: the common Markdown renders as marked + DOMPurify rendered it', () => {
  it.each(SNIPPETS)('%j', (source) => {
    expect(markdownToSafeHtml(source)).toEqual(legacy.markdownToSafeHtml(source));
  });

  it('the user edit of a draft (plain text) too', () => {
    for (const text of ['Hello,\n\nline one\nline two <b>x</b> & "y"\u00a0z\r\n\r\n\r\nend', '  ', 'a\n\n\n\nb']) {
      expect(plainTextToSafeHtml(text)).toEqual(legacy.plainTextToSafeHtml(text));
    }
  });
});
