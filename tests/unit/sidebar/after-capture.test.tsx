// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps, settings, settle } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const client = { name: 'Anna Kowalska', email: 'anna@acme.pl' };
const me = { name: 'Ola Nowak', email: 'ola@studio.pl' };
const reply = context({
  messages: [
    { id: 'm1', from: me, date: '2026-03-01T10:00:00.000Z', text: 'Czy mogłaby Pani ocenić naszą współpracę?' },
    { id: 'm2', from: client, date: '2026-03-02T09:00:00.000Z', text: 'Dałabym 9/10 – świetna robota, polecam każdemu.' },
  ],
});

async function mountAndStart(store: FakeStore, page: FakePage) {
  const all = deps({ store, page });
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  await act(async () => { (container.querySelector('[data-testid="start-offboarding"]') as HTMLButtonElement).click(); await settle(); });
  await act(() => settle());
}

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const click = async (testId: string) => {
  await act(async () => { ($(testId) as HTMLElement).click(); await settle(); });
  await act(() => settle());
};
const type = async (testId: string, value: string) => {
  await act(() => {
    const input = $(testId) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};

describe('keeping what the client said, from the open thread', () => {
  it('keeps feedback in two clicks with the score read from the reply, linked to its message', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    await click('keep-feedback');
    expect(($('feedback-score') as HTMLInputElement).value).toBe('9');
    expect($('feedback-form')?.textContent).toContain('9/10');
    await click('save-feedback');
    const patch = store.callsOf('offboarding.patch').map((c) => c.patch).find((p) => p.op === 'feedback-add');
    expect(patch).toEqual({
      op: 'feedback-add',
      feedback: {
        receivedOn: '2026-03-02',
        score: 9,
        quote: 'Dałabym 9/10 – świetna robota, polecam każdemu.',
        source: { provider: 'gmail', threadId: 'thread-1', messageId: 'm2', url: 'https://mail.google.com/mail/u/0/#inbox/thread-1' },
      },
    });
    expect($('kept-feedback')?.getAttribute('data-score')).toBe('9');
    expect($('feedback-form')).toBeNull();
  });

  it('keeps no score when the user clears the proposed one', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    await click('keep-feedback');
    await type('feedback-score', '');
    await click('save-feedback');
    const patch = store.callsOf('offboarding.patch').map((c) => c.patch).find((p) => p.op === 'feedback-add');
    expect(patch && 'feedback' in patch ? patch.feedback : null).not.toHaveProperty('score');
  });

  it('refuses a score of 12 in Polish and keeps nothing', async () => {
    const store = new FakeStore();
    store.settings = settings({ uiLanguage: 'pl' });
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    await click('keep-feedback');
    await type('feedback-score', '12');
    await click('save-feedback');
    expect($('feedback-form')?.textContent).toContain('Wpisz liczbę całkowitą od 0 do 10');
    expect(store.callsOf('offboarding.patch').some((c) => c.patch.op === 'feedback-add')).toBe(false);
  });

  it('keeps a testimonial as not to publish unless the user chooses consent', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    await click('keep-testimonial');
    await click('save-testimonial');
    const patch = store.callsOf('offboarding.patch').map((c) => c.patch).find((p) => p.op === 'testimonial-add');
    expect(patch).toMatchObject({ op: 'testimonial-add', testimonial: { consent: 'no', placements: [], givenOn: '2026-03-02', source: { messageId: 'm2' } } });
    expect($('kept-testimonial')?.getAttribute('data-consent')).toBe('no');
  });

  it('changes a kept testimonial’s consent later, asking for a credit and a place as when it was kept', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    await click('keep-testimonial');
    await click('save-testimonial');
    await click('edit-consent');
    const label = (text: string) =>
      [...container.querySelectorAll('[data-testid="consent-edit"] label')].find((l) => l.textContent?.trim() === text)?.querySelector('input') as HTMLInputElement;
    await act(async () => { label('Yes, with the credit').click(); await settle(); });
    await click('save-consent');
    expect($('consent-edit')?.textContent).toContain('Say how the author wants to be credited');
    expect(store.callsOf('offboarding.patch').some((c) => c.patch.op === 'testimonial-update')).toBe(false);

    await act(async () => { label('Only anonymously').click(); await settle(); });
    await click('placement-website');
    await click('save-consent');
    const update = store.callsOf('offboarding.patch').map((c) => c.patch).find((p) => p.op === 'testimonial-update');
    expect(update).toMatchObject({ op: 'testimonial-update', changes: { consent: 'anonymous', placements: ['website'] } });
    expect(store.offboardings[0]!.testimonials?.[0]).toMatchObject({ consent: 'anonymous', placements: ['website'] });
    expect($('kept-testimonial')?.getAttribute('data-consent')).toBe('anonymous');
    expect($('consent-edit')).toBeNull();
  });

  it('asks for whom a referral was made before keeping it', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    await click('keep-referral');
    await click('save-referral');
    expect($('referral-form')?.textContent).toContain('This cannot be empty.');
    await type('referral-who', 'Beta sp. z o.o.');
    await click('save-referral');
    expect(store.callsOf('offboarding.patch').map((c) => c.patch)).toContainEqual(expect.objectContaining({ op: 'referral-add', referral: expect.objectContaining({ who: 'Beta sp. z o.o.', outcome: 'pending' }) }));
  });

  it('offers nothing to keep when the latest message is the user’s own and nothing is kept', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = context({ messages: [{ id: 'm1', from: me, text: 'Dziękuję za współpracę.' }] });
    await mountAndStart(store, page);
    expect($('after-section')).toBeNull();
  });
});

describe('the retrospective at the lessons step', () => {
  it('opens when the step is ticked, saves the answers and ticks the step', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = reply;
    await mountAndStart(store, page);
    const lessons = container.querySelector('[data-testid="checklist-item"][data-key="lessons"] input') as HTMLInputElement;
    await act(async () => { lessons.click(); await settle(); });
    expect($('retrospective-form')).not.toBeNull();
    await click('save-retrospective');
    expect($('retro-error')?.textContent).toContain('Write at least one answer');
    await type('retro-improve', 'Wcześniej ustalać zakres.');
    await click('save-retrospective');
    expect(store.callsOf('offboarding.patch').map((c) => c.patch)).toContainEqual({ op: 'retrospective', retrospective: { wentWell: '', toImprove: 'Wcześniej ustalać zakres.', warningSigns: '' } });
    expect($('retro-to-improve')?.textContent).toBe('Wcześniej ustalać zakres.');
    expect(container.querySelector('[data-testid="checklist-item"][data-key="lessons"]')?.getAttribute('data-done')).toBe('true');
  });
});
