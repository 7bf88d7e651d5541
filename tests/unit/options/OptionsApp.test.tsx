// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/options/OptionsApp';
import type { Settings } from '../../../offboarding/types';
import type { Template } from '../../../templates/types';
import { fakeStore, flush } from '../popup/fake-store';
import { builtInTemplates } from '../../../templates/library';
import { BUILT_IN, testTools } from './tools';
import { PREVIEW_DELAY_MS } from '../../../components/options/TemplateEditor';

const settings: Settings = {
  profile: { name: 'Ola Lis', senderForm: 'f', signature: 'template' },
  defaultLanguage: 'pl',
  defaultTone: 'formal',
  defaultNoticePeriod: { months: 1 },
  uiLanguage: 'pl',
};

let container: HTMLElement;
const nav = { openUrl: () => {}, optionsPageUrl: () => 'chrome-extension://x/options.html' };

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

function setup(overrides: { uiLanguage?: Settings['uiLanguage']; templates?: Template[]; importError?: string } = {}) {
  let stored: Template[] = overrides.templates ?? [];
  let current: Settings = { ...settings, uiLanguage: overrides.uiLanguage ?? 'pl' };
  const fake = fakeStore({
    'settings.get': () => current,
    'settings.put': ({ settings: next }) => (current = next),
    'templates.list': () => stored,
    'templates.put': ({ template }) => {
      stored = [...stored.filter((t) => t.id !== template.id), template];
      return template;
    },
    'templates.delete': ({ id }) => {
      stored = stored.filter((t) => t.id !== id);
      return true;
    },
    'data.importBegin': () => {
      // As the messenger delivers a refusal: a code and parameters the view words itself.
      if (overrides.importError) throw Object.assign(new Error(overrides.importError), { code: 'newer-version', params: { version: 99 } });
      return { session: 'session-1' };
    },
    'data.importAbort': () => true,
    'data.deleteAll': () => true,
  });
  const tools = testTools();
  return { ...fake, tools, stored: () => stored };
}

async function mount(env: ReturnType<typeof setup>) {
  await act(async () => {
    render(<OptionsApp store={env.store} nav={nav} tools={env.tools} today="2026-03-10" languages={['en-US']} />, container);
  });
  await flush();
}

const q = <E extends Element = HTMLElement>(selector: string) => container.querySelector<E>(selector);

async function input(element: HTMLInputElement | HTMLTextAreaElement, value: string) {
  await act(async () => {
    element.value = value;
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
}

/** The pause after typing that the editor waits for before it renders the preview. */
async function previewPause() {
  await act(() => new Promise((resolve) => setTimeout(resolve, PREVIEW_DELAY_MS + 50)));
  await flush();
}

async function click(element: HTMLElement | null) {
  if (!element) throw new Error('nothing to click');
  await act(async () => element.click());
  await flush();
}

describe('OptionsApp', () => {
  it('renders in the chosen language after the settings load, with the privacy statement', async () => {
    await mount(setup({ uiLanguage: 'pl' }));
    expect(q('[data-testid="privacy"]')?.textContent).toContain('Wszystkie dane zostają w tej przeglądarce');
    expect(container.textContent).toContain('Twój profil');
    expect(container.textContent).not.toContain('Your profile');
  });

  it('saves the profile with settings.put', async () => {
    const env = setup({ uiLanguage: 'en' });
    await mount(env);
    await input(q<HTMLInputElement>('[data-testid="profile-name"]')!, '  Aleksandra Lis ');
    await act(async () => {
      q<HTMLFormElement>('[data-testid="settings-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    const put = env.calls.find((call) => call.op === 'settings.put')?.req as { settings: Settings } | undefined;
    expect(put?.settings.profile.name).toBe('Aleksandra Lis');
    expect(q('[data-testid="settings-status"]')?.textContent).toBe('Settings saved.');
  });

  it('shows the compose-box shortcut in both languages and turns it off; saving the form later keeps it off', async () => {
    const env = setup({ uiLanguage: 'pl' });
    await mount(env);
    const section = q('[data-testid="compose-shortcut-section"]')!;
    expect(section.textContent).toContain('Skrót w treści wiadomości');
    expect(section.textContent).toContain('Ctrl+Shift+Spacja otwiera panel z listą szablonów');
    const toggle = q<HTMLInputElement>('[data-testid="compose-shortcut-toggle"]')!;
    expect(toggle.checked).toBe(true);
    await act(async () => {
      toggle.checked = false;
      toggle.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    const puts = () => env.calls.filter((call) => call.op === 'settings.put').map((call) => (call.req as { settings: Settings }).settings);
    expect(puts().at(-1)?.composeShortcut).toBe(false);
    expect(q<HTMLInputElement>('[data-testid="compose-shortcut-toggle"]')!.checked).toBe(false);
    // The profile form was opened before the switch: its save must not turn the shortcut back on.
    await input(q<HTMLInputElement>('[data-testid="profile-name"]')!, 'Aleksandra Lis');
    await act(async () => {
      q<HTMLFormElement>('[data-testid="settings-form"]')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await flush();
    expect(puts().at(-1)).toMatchObject({ composeShortcut: false, profile: { name: 'Aleksandra Lis' } });
  });

  it('words the compose-box shortcut in English', async () => {
    const env = setup({ uiLanguage: 'en' });
    await mount(env);
    expect(q('[data-testid="compose-shortcut-section"]')?.textContent).toContain('Ctrl+Shift+Space opens the sidebar at the list of templates. Enter inserts the chosen template at the cursor (Ctrl+Z undoes it)');
  });

  it('shows validation messages with line and column in the template editor', async () => {
    await mount(setup({ uiLanguage: 'en' }));
    await click(q('[data-testid="new-template"]'));
    const body = q<HTMLTextAreaElement>('[data-testid="template-body"]')!;

    await input(q<HTMLInputElement>('[data-testid="template-title"]')!, 'My thanks');
    await input(body, 'Hello\n{{#if client.name}}open');
    await previewPause();
    const problems = [...container.querySelectorAll('[data-testid="template-problem"]')].map((li) => li.textContent);
    expect(problems).toEqual([expect.stringMatching(/^Body: Line 2, column 1: .*never closed/)]);
    expect(q('[data-testid="template-preview-unavailable"]')).not.toBeNull();
    expect(q<HTMLButtonElement>('[data-testid="save-template"]')?.disabled).toBe(true);

    await input(body, 'Hi,\n\n{{client.nmae}}');
    expect(q('[data-testid="template-problems"]')?.textContent).toContain('Body: Line 3, column 1: Unknown variable "client.nmae".');

    await input(body, '{{salutation}}\n\n**Thank you**, <img src=x onerror=alert(1)>');
    await previewPause();
    expect(container.querySelectorAll('[data-testid="template-problem"]')).toHaveLength(0);
    const preview = q('[data-testid="template-preview"]')!;
    expect(preview.querySelector('strong')?.textContent).toBe('Thank you');
    expect(preview.querySelector('img')).toBeNull();
    expect(q<HTMLButtonElement>('[data-testid="save-template"]')?.disabled).toBe(false);
  });

  it('renders the preview after a pause in typing, not on every keystroke (issue 10, item 5)', async () => {
    const env = setup({ uiLanguage: 'en' });
    const rendered: string[] = [];
    const render = env.tools.render.bind(env.tools);
    env.tools.render = (template, vars, lang) => {
      rendered.push(template.body);
      return render(template, vars, lang);
    };
    await mount(env);
    await click(q('[data-testid="new-template"]'));
    const body = q<HTMLTextAreaElement>('[data-testid="template-body"]')!;
    for (const text of ['H', 'He', 'Hel', 'Hell', 'Hello']) await input(body, text);
    expect(rendered.filter((b) => b.startsWith('H'))).toEqual([]);
    await previewPause();
    expect(rendered.filter((b) => b.startsWith('H'))).toEqual(['Hello']);
    expect(q('[data-testid="template-preview"]')?.textContent).toContain('Hello');
  });

  it('shows validation messages in Polish for a Polish UI', async () => {
    await mount(setup({ uiLanguage: 'pl' }));
    await click(q('[data-testid="new-template"]'));
    await input(q<HTMLTextAreaElement>('[data-testid="template-body"]')!, '{{klient.imie}}');
    const problems = [...container.querySelectorAll('[data-testid="template-problem"]')].map((li) => li.textContent);
    expect(problems).toEqual(['Szablon musi mieć tytuł.', 'Treść: Wiersz 1, kolumna 1: Nieznana zmienna „klient.imie”.']);
  });

  it('duplicates a built-in into a custom copy and opens it', async () => {
    const env = setup({ uiLanguage: 'pl' });
    const original = builtInTemplates()[0]!;
    await mount(env);
    const item = q(`[data-testid="template-item"][data-template-id="${original.id}"]`)!;
    expect(item.dataset.builtIn).toBe('true');
    expect(item.textContent).not.toContain('Usuń');
    await click(item.querySelector<HTMLElement>('[data-testid="duplicate-template"]'));

    const copy = env.stored()[0];
    expect(copy).toMatchObject({ id: env.tools.ids[0], builtIn: false, basedOn: original.id, body: original.body, title: `${original.title} (kopia)` });
    expect(builtInTemplates().find((t) => t.id === original.id)).toEqual(original);
    expect(q('[data-testid="template-editor"]')).not.toBeNull();
    expect(q(`[data-testid="template-item"][data-template-id="${copy?.id}"]`)?.dataset.builtIn).toBe('false');
  });

  it('deletes a custom template only after confirmation', async () => {
    const mine: Template = { ...BUILT_IN, id: 'mine', title: 'Mój szablon', builtIn: false };
    const env = setup({ templates: [mine] });
    await mount(env);
    const item = () => q(`[data-testid="template-item"][data-template-id="mine"]`);
    const deleteButton = [...item()!.querySelectorAll('button')].find((b) => b.textContent === 'Usuń')!;
    await click(deleteButton);
    expect(env.calls.some((c) => c.op === 'templates.delete')).toBe(false);
    expect(q('[data-testid="confirm-delete"]')?.textContent).toContain('Usunąć szablon „Mój szablon”?');
    await click(q('[data-testid="confirm-delete-yes"]'));
    expect(env.stored()).toEqual([]);
    expect(item()).toBeNull();
  });

  it('shows the refusal of an import clearly', async () => {
    const env = setup({ uiLanguage: 'en', importError: 'The background is not answering.' });
    await mount(env);
    const file = q<HTMLInputElement>('[data-testid="import-file"]')!;
    Object.defineProperty(file, 'files', { value: [new File(['{"x":1}'], 'backup.json', { type: 'application/json' })], configurable: true });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(env.calls.map((c) => c.op)).toContain('data.importBegin');
    expect(env.calls.map((c) => c.op)).not.toContain('data.importCommit');
    expect(q('[data-testid="import-error"]')?.textContent).toBe('Import refused: This backup comes from a newer version of Offboard (format 99). Update the extension to import it. Nothing was changed.');
  });

  it('words a coded import refusal in the UI language', async () => {
    const env = setup({ uiLanguage: 'pl' });
    await mount(env);
    // The page reads the file itself: a file that is not a backup is refused before any batch is sent.
    const file = q<HTMLInputElement>('[data-testid="import-file"]')!;
    Object.defineProperty(file, 'files', { value: [new File(['{}'], 'x.json')], configurable: true });
    await act(async () => {
      file.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(q('[data-testid="import-error"]')?.textContent).toBe(
      'Import odrzucony: To nie jest kopia danych Offboard (brak oznaczenia "offboard-export"). Nic nie zostało zmienione.',
    );
    expect(env.calls.filter((c) => c.op === 'data.importBatch')).toEqual([]);
    expect(env.calls.find((c) => c.op === 'data.importAbort')?.req).toEqual({ session: 'session-1' });
  });

  it('deletes everything only after DELETE is typed', async () => {
    const env = setup({ uiLanguage: 'en' });
    await mount(env);
    const button = () => q<HTMLButtonElement>('[data-testid="delete-all"]')!;
    expect(button().disabled).toBe(true);
    await input(q<HTMLInputElement>('[data-testid="delete-confirm"]')!, 'delet');
    expect(button().disabled).toBe(true);
    await input(q<HTMLInputElement>('[data-testid="delete-confirm"]')!, 'DELETE');
    await click(button());
    expect(env.calls.find((c) => c.op === 'data.deleteAll')?.req).toEqual({ confirm: 'DELETE' });
    expect(q('[data-testid="delete-done"]')?.textContent).toBe('All data deleted.');
  });
});
