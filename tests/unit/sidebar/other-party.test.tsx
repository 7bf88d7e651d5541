// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps } from './fakes';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mountWith(page: FakePage): Promise<HTMLElement> {
  const all = deps({ store: new FakeStore(), page });
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  return mounted;
}

describe('the other party before any client exists', () => {
  it('names the contact "Start offboarding" would create, as text', async () => {
    const page = new FakePage();
    page.context = context({
      participants: [
        { name: '<b>Anna</b> Kowalska', email: 'Anna@Acme.pl', role: 'sender' },
        { name: 'Ola Nowak', email: 'ola@studio.pl', role: 'me' },
      ],
      messages: [{ from: { name: '<b>Anna</b> Kowalska', email: 'Anna@Acme.pl' }, text: 'Dzień dobry' }],
    });
    const root = await mountWith(page);
    const party = root.querySelector('[data-testid="other-party"]');
    expect(party?.textContent).toBe('<b>Anna</b> Kowalska anna@acme.pl');
    // Page text is never markup.
    expect(party?.querySelector('b')).toBeNull();
    expect(root.querySelector('[data-testid="start-offboarding"]')).not.toBeNull();
  });

  it('shows no contact line when the conversation names nobody but the user', async () => {
    const page = new FakePage();
    page.context = context({
      participants: [{ name: 'Ola Nowak', email: 'ola@studio.pl', role: 'me' }],
      messages: [{ from: { name: 'Ola Nowak', email: 'ola@studio.pl' }, text: 'Notatka' }],
    });
    const root = await mountWith(page);
    expect(root.querySelector('[data-testid="other-party"]')).toBeNull();
    expect(root.querySelector('[data-testid="state-unreadable"]')).not.toBeNull();
  });
});
