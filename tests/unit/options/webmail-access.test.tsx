// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebmailAccessSection } from '../../../components/options/WebmailAccessSection';
import type { WebmailPermissions } from '../../../components/options/webmail-permissions';
import { webmailAccessMessages } from '../../../components/options/webmail-access-messages';
import type { Lang } from '../../../offboarding/types';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** chrome.permissions as the page sees it; `answer` is what the browser's prompt returns. */
function fakePermissions(initial: string[] = []) {
  const granted = new Set(initial);
  const listeners = new Set<() => void>();
  const log: string[] = [];
  let answer = true;
  const permissions: WebmailPermissions = {
    granted: async () => [...granted].sort(),
    request(pattern) {
      log.push(`request ${pattern}`);
      if (answer) granted.add(pattern);
      return Promise.resolve(answer);
    },
    async remove(pattern) {
      log.push(`remove ${pattern}`);
      return granted.delete(pattern);
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    permissions,
    log,
    decline: () => (answer = false),
    revokeElsewhere(pattern: string) {
      granted.delete(pattern);
      for (const listener of listeners) listener();
    },
  };
}

const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const $ = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const items = () => [...container.querySelectorAll<HTMLElement>('[data-testid="webmail-access-item"]')].map((item) => item.dataset.pattern);

async function mount(fake: ReturnType<typeof fakePermissions>, lang: Lang = 'pl') {
  await act(() => render(<WebmailAccessSection permissions={fake.permissions} uiLang={lang} />, container));
  await flush();
}

async function type(text: string) {
  const input = $('webmail-access-input') as HTMLInputElement;
  await act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function submit() {
  ($('webmail-access-add') as HTMLButtonElement).closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
}

describe('the options page section for Outlook at a company address', () => {
  it('holds nothing until the user asks, then asks for exactly the typed site from the click itself', async () => {
    const fake = fakePermissions();
    await mount(fake);
    expect($('webmail-access-none')?.textContent).toBe(webmailAccessMessages.none.pl);
    expect(fake.log).toEqual([]);
    await type('https://Poczta.Firma.pl/owa/#path=/mail');
    act(() => submit());
    // Synchronously inside the submit: an await first would lose the user gesture and the prompt.
    expect(fake.log).toEqual(['request https://poczta.firma.pl/*']);
    await flush();
    expect(items()).toEqual(['https://poczta.firma.pl/*']);
    expect($('webmail-access-status')?.textContent).toBe(webmailAccessMessages.added.pl.replace('{host}', 'poczta.firma.pl'));
    expect(($('webmail-access-input') as HTMLInputElement).value).toBe('');
  });

  it('refuses bad input with a message in the UI language, asks nothing and keeps what was typed', async () => {
    const fake = fakePermissions();
    await mount(fake, 'en');
    for (const [text, key] of [
      ['http://mail.company.com', 'problem.not-https'],
      ['*.company.com', 'problem.wildcard'],
      ['mail.company.com:8443', 'problem.port'],
      ['outlook.office.com', 'problem.built-in'],
      ['', 'problem.empty'],
    ] as const) {
      await type(text);
      await act(() => submit());
      expect(container.querySelector('.ui-field__error')?.textContent).toBe(webmailAccessMessages[key].en);
      expect(($('webmail-access-input') as HTMLInputElement).value).toBe(text);
      expect(container.querySelector('[aria-invalid="true"]')).not.toBeNull();
    }
    expect(fake.log).toEqual([]);
    await type('mail.company.com');
    expect(container.querySelector('.ui-field__error')).toBeNull();
  });

  it('says so when the browser declines, and changes nothing', async () => {
    const fake = fakePermissions();
    fake.decline();
    await mount(fake, 'en');
    await type('mail.company.com');
    act(() => submit());
    await flush();
    expect($('webmail-access-status')?.textContent).toBe(webmailAccessMessages.declined.en.replace('{host}', 'mail.company.com'));
    expect(items()).toEqual([]);
    expect(($('webmail-access-input') as HTMLInputElement).value).toBe('mail.company.com');
  });

  it('lists the granted sites, removes one, and follows a revocation made elsewhere', async () => {
    const fake = fakePermissions(['https://poczta.firma.pl/*', 'https://mail.example-company.test/*']);
    await mount(fake);
    expect(items()).toEqual(['https://mail.example-company.test/*', 'https://poczta.firma.pl/*']);
    const removeButtons = container.querySelectorAll<HTMLButtonElement>('[data-testid="webmail-access-remove"]');
    expect(removeButtons[1]!.getAttribute('aria-label')).toBe('Usuń dostęp do poczta.firma.pl');
    await act(() => removeButtons[1]!.click());
    await flush();
    expect(fake.log).toEqual(['remove https://poczta.firma.pl/*']);
    expect(items()).toEqual(['https://mail.example-company.test/*']);
    expect($('webmail-access-status')?.textContent).toBe(webmailAccessMessages.removed.pl.replace('{host}', 'poczta.firma.pl'));
    fake.revokeElsewhere('https://mail.example-company.test/*');
    await flush();
    expect(items()).toEqual([]);
    expect($('webmail-access-none')).not.toBeNull();
  });

  it('does not ask again for a site that already has access', async () => {
    const fake = fakePermissions(['https://poczta.firma.pl/*']);
    await mount(fake);
    await type('poczta.firma.pl');
    await act(() => submit());
    expect(fake.log).toEqual([]);
    expect($('webmail-access-status')?.textContent).toBe('Adres poczta.firma.pl ma już dostęp.');
  });
});
