// @vitest-environment jsdom
/** The sidebar with the real template engine (library, suggest, render): the contract holds end to end. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TemplateEngine } from '../../../components/sidebar/ports';
import { builtInTemplates } from '../../../templates/library';
import { buildVariables, variableLabel } from '../../../templates/variables';
import { renderTemplate } from '../../../templates/render';
import { suggest } from '../../../templates/suggest';
import { describeReason } from '../../../templates/reasons';
import { TEMPLATE_KINDS } from '../../../templates/types';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps } from './fakes';

const engine: TemplateEngine = { builtInTemplates, buildVariables, renderTemplate, suggest, describeReason, variableLabel };

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(store: FakeStore) {
  const all = { ...deps({ store, page: new FakePage() }), templates: engine };
  const { model, container: mounted } = await mountSidebar(all);
  container = mounted;
  return model;
}

describe('sidebar with the real template engine', () => {
  it('lists ranked suggestions of known kinds and previews one as sanitized HTML', async () => {
    const store = new FakeStore();
    store.addClient({ name: '<img src=x onerror=alert(1)>ACME', domains: ['acme.pl'], recipient: { form: 'pani', firstName: 'Anna' } });
    await mount(store);
    const suggestions = [...container.querySelectorAll('[data-testid="suggestion"]')];
    expect(suggestions.length).toBeGreaterThan(0);
    for (const s of suggestions) {
      expect(TEMPLATE_KINDS).toContain(s.getAttribute('data-kind'));
      expect(['pl', 'en']).toContain(s.getAttribute('data-lang'));
      expect(s.querySelector('[data-testid="insert-draft"]')).not.toBeNull();
      // Reasons are words, not codes.
      expect(s.querySelector('.sb-reasons li')?.textContent ?? '').toMatch(/\s/);
    }
    // The Polish thread ranks a Polish message first.
    expect(suggestions[0]?.getAttribute('data-lang')).toBe('pl');

    await act(() => (suggestions[0]!.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    const preview = container.querySelector('[data-testid="draft-preview"]');
    expect(preview?.textContent?.length).toBeGreaterThan(20);
    expect(preview?.querySelector('img, script, [onerror]')).toBeNull();
  });
});
