// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PREVIEW_SETTLE_MS } from '../../../components/sidebar/Suggestions';
import { addressPatchFromThread, formFromRecord } from '../../../components/sidebar/client-form';
import { addressFromThread } from '../../../templates/polish';
import { newClient } from '../../../offboarding/new-records';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps, settle } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const ownMessage = (text: string) => ({ from: { name: 'Ola Nowak', email: 'ola@studio.pl' }, text });
const clientMessage = (text: string) => ({ from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, text });

describe('the form of address the user writes in the thread (issue 17)', () => {
  it('reads only the user’s own greetings, the latest first', () => {
    expect(addressFromThread([ownMessage('Szanowna Pani,\nprzesyłam…'), ownMessage('Pani Anno,\ndziękuję.')], 'ola@studio.pl')).toEqual({ form: 'pani', firstName: 'Anna', greeting: 'Pani Anno,' });
    // The client greeting the user addresses the user, never the client.
    expect(addressFromThread([clientMessage('Pani Olu,\nfaktura w załączeniu.')], 'ola@studio.pl')).toBeUndefined();
    expect(addressFromThread([ownMessage('Pani Anno,')], undefined)).toBeUndefined();
    expect(addressFromThread([ownMessage('Dear Anna,\nthanks.')], 'ola@studio.pl')).toBeUndefined();
    expect(addressFromThread([ownMessage('Dzień dobry,\n\nSzanowny Panie,\nw nawiązaniu…')], 'OLA@studio.pl')).toEqual({ form: 'pan', greeting: 'Szanowny Panie,' });
  });

  it('offers a change only where the form does not say it already', () => {
    const client = newClient({ name: 'Anna Kowalska', emails: ['anna@acme.pl'] }, '2026-03-01T10:00:00.000Z', 'c1');
    const form = formFromRecord(client, null);
    expect(addressPatchFromThread(form, { form: 'pani', firstName: 'Anna', greeting: 'Pani Anno,' })).toEqual({ addressForm: 'pani', firstName: 'Anna', warm: true });
    expect(addressPatchFromThread({ ...form, addressForm: 'pani', firstName: 'Anna', warm: true }, { form: 'pani', firstName: 'Anna', greeting: 'Pani Anno,' })).toBeNull();
    // "Szanowna Pani," says the form, not first-name terms: the first name and the setting stay.
    expect(addressPatchFromThread({ ...form, firstName: 'Anna' }, { form: 'pani', greeting: 'Szanowna Pani,' })).toEqual({ addressForm: 'pani', firstName: 'Anna', warm: false });
    expect(addressPatchFromThread(form, undefined)).toBeNull();
  });

  it('shows it in the form opened by "Start offboarding", applies it on a click and saves it only with the form', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = context({ messages: [clientMessage('Dzień dobry, czy możemy porozmawiać?'), ownMessage('Pani Anno,\noczywiście, jutro o 10?')] });
    const all = deps({ store, page });
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;
    const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
    await act(async () => { ($('start-offboarding') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    const offer = $('address-from-thread');
    expect(offer?.textContent).toContain('Pani Anno,');
    // Nothing set by itself: the record keeps "Państwo" until the user applies and saves.
    expect(store.clients[0]?.recipient).toEqual({ form: 'panstwo', warm: false });
    const checked = () => (container.querySelector('input[type="radio"]:checked') as HTMLInputElement | null)?.value;
    expect(checked()).toBe('panstwo');
    await act(async () => { ($('address-from-thread-apply') as HTMLButtonElement).click(); await settle(); });
    expect(checked()).toBe('pani');
    expect($('address-from-thread')).toBeNull();
    expect(store.clients[0]?.recipient).toEqual({ form: 'panstwo', warm: false });
    await act(async () => { ($('save-client') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.clients[0]?.recipient).toMatchObject({ form: 'pani', firstName: 'Anna', warm: true });
    // Let the preview's timers run out before the test environment goes away.
    await act(async () => { await new Promise((resolve) => setTimeout(resolve, PREVIEW_SETTLE_MS + 50)); await settle(); });
    render(null, container);
  });
});
