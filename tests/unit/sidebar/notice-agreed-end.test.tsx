// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps } from './fakes';
import type { Contract } from '../../../offboarding/types';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

/** A client whose call (1 March) agreed an end date; today is the fakes' 2 March 2026. */
async function mountWithAgreedEnd(endOn: string, contract: Partial<Contract>, agreed: 'end-date' | 'mutual' = 'end-date') {
  const store = new FakeStore();
  store.addClient({ name: 'ACME', domains: ['acme.pl'], contract });
  store.offboardings[0]!.outcome = { on: '2026-03-01', agreed, endOn };
  const all = deps({ store, page: new FakePage() });
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  return container.querySelector('[data-testid="notice-agreed-end"]');
}

describe('the notice step shows what a notice can do for the end date agreed in the call', () => {
  it('says by when the notice must arrive for the agreed day', async () => {
    const shown = await mountWithAgreedEnd('2026-04-30', { noticePeriod: { months: 1 } });
    expect(shown?.getAttribute('data-fit')).toBe('exact');
    expect(shown?.textContent).toContain('31 Mar 2026');
    expect(shown?.textContent).toContain('30 Apr 2026');
  });

  it('warns when a notice can only end the contract before the agreed day', async () => {
    const shown = await mountWithAgreedEnd('2026-05-15', { noticePeriod: { months: 1 }, endOfMonth: true });
    expect(shown?.getAttribute('data-fit')).toBe('earlier');
    expect(shown?.textContent).toMatch(/termination agreement/);
  });

  it('warns when even a notice delivered today ends too late', async () => {
    const shown = await mountWithAgreedEnd('2026-04-30', { noticePeriod: { months: 3 } });
    expect(shown?.getAttribute('data-fit')).toBe('too-late');
    expect(shown?.textContent).toContain('2 Jun 2026');
  });

  it('says nothing of a notice when the call agreed a mutual end', async () => {
    expect(await mountWithAgreedEnd('2026-04-30', { noticePeriod: { months: 1 } }, 'mutual')).toBeNull();
  });
});
