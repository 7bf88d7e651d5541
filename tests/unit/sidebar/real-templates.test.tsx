// @vitest-environment jsdom
/** The sidebar with the real template engine (library, suggest, render): the contract holds end to end. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TemplateEngine } from '../../../components/sidebar/ports';
import { builtInTemplates } from '../../../templates/library';
import { variableLabel } from '../../../templates/variable-labels';
import { renderDraftForRecord } from '../../../templates/draft-render';
import { suggest } from '../../../templates/suggest';
import { describeReason } from '../../../templates/reasons';
import { TEMPLATE_KINDS } from '../../../templates/types';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, settle } from './fakes';

const engine: TemplateEngine = { builtInTemplates, renderDraft: async (template, input) => renderDraftForRecord(template, input), suggest, describeReason, variableLabel };

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(store: FakeStore, templates: TemplateEngine = engine) {
  const all = { ...deps({ store, page: new FakePage() }), templates };
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
    await act(() => settle());
    const preview = container.querySelector('[data-testid="draft-preview"]');
    expect(preview?.textContent?.length).toBeGreaterThan(20);
    expect(preview?.querySelector('img, script, [onerror]')).toBeNull();
  });

  it('waits for the built-in library from the background (templates.builtIn) before it suggests anything', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'], recipient: { form: 'pani', firstName: 'Anna' } });
    // As components/sidebar/adapters.ts: empty until ready() has the library.
    let library: ReturnType<typeof builtInTemplates> = [];
    let asked = 0;
    const remote: TemplateEngine = {
      ...engine,
      ready: async () => {
        asked += 1;
        library = builtInTemplates();
      },
      builtInTemplates: () => library,
    };
    await mount(store, remote);
    expect(asked).toBe(1);
    expect(container.querySelectorAll('[data-testid="suggestion"]').length).toBeGreaterThan(0);
  });

  it('says so and offers a retry when the library does not come', async () => {
    const store = new FakeStore();
    const failing: TemplateEngine = { ...engine, ready: () => Promise.reject(new Error('the background did not answer')), builtInTemplates: () => [] };
    const model = await mount(store, failing);
    expect(model.getState().phase).toBe('error');
  });
});
