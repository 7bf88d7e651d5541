// @vitest-environment jsdom
/**
 * The Documents panel in the sidebar (components/sidebar/Documents.tsx, MissingValues.tsx,
 * document-values.ts) with the real document builders: which documents each record is offered,
 * the missing-values form for a fact the record lacks (no document until it is given), saving the
 * typed values back to the client and the profile, and the preview showing the document's text.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { PdfPort } from '../../../components/sidebar/pdf-port';
import type { DocumentModel } from '../../../documents/model';
import { documentText } from '../../../documents/text';
import type { Contract } from '../../../offboarding/types';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, settle } from './fakes';

let container: HTMLElement;
let downloads: string[];
beforeEach(() => {
  downloads = [];
  // jsdom has no object URLs nor downloads: the file name is what the anchor would save.
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:offboard/pdf');
  vi.spyOn(URL, 'revokeObjectURL').mockReturnValue(undefined);
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  vi.restoreAllMocks();
});

class FakePdf implements PdfPort {
  rendered: DocumentModel[] = [];
  async render(document: DocumentModel): Promise<Uint8Array> {
    this.rendered.push(document);
    return new TextEncoder().encode('%PDF-1.7 fake');
  }
}

const WRITTEN: Partial<Contract> = { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'written', signedOn: '2025-02-01' };

async function mount(contract: Partial<Contract>) {
  const store = new FakeStore();
  store.addClient({ name: 'ACME', company: 'ACME sp. z o.o.', domains: ['acme.pl'], contract });
  const pdf = new FakePdf();
  const all = { ...deps({ store, page: new FakePage() }), pdf };
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  return { store, pdf };
}

const card = (kind: string) => container.querySelector(`[data-testid="document"][data-kind="${kind}"]`) as HTMLElement;
const within = (root: Element, testId: string) => root.querySelector(`[data-testid="${testId}"]`);
const type = async (root: Element, testId: string, value: string) => {
  const input = within(root, testId) as HTMLInputElement;
  expect(input, testId).not.toBeNull();
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(() => settle());
};
const click = async (root: Element, testId: string) => {
  await act(async () => {
    (within(root, testId) as HTMLElement).click();
    await settle();
  });
  await act(() => settle());
};

/** Everything the statement lacks for this record, typed as a person would. */
const STATEMENT_VALUES: Record<string, string> = {
  'document.place': 'Kraków',
  'sender.address': 'ul. Długa 5, 31-147 Kraków',
  'client.address': 'ul. Prosta 1, 00-850 Warszawa',
  'client.nip': '123-456-32-18',
  'client.krs': '123456',
};

describe('the Documents panel', () => {
  it('offers each document at its step, and the written-form route only when the contract demands it', async () => {
    await mount(WRITTEN);
    const step = (key: string) => container.querySelector(`[data-testid="step-documents"][data-step="${key}"]`);
    expect(step('notice')?.querySelector('[data-kind="termination-statement"]')).not.toBeNull();
    expect(step('handover')?.querySelector('[data-kind="handover-record"]')).not.toBeNull();
    expect(step('settlement')?.querySelector('[data-kind="settlement-statement"]')).not.toBeNull();
    expect(step('personal-data')?.querySelector('[data-kind="personal-data-confirmation"]')).not.toBeNull();
    expect(step('documents')?.querySelector('[data-kind="termination-agreement"]')).not.toBeNull();
    const overview = [...container.querySelectorAll('[data-testid="document-overview-item"]')].map((item) => item.getAttribute('data-kind'));
    expect(overview.sort()).toEqual(['handover-record', 'personal-data-confirmation', 'settlement-statement', 'termination-agreement', 'termination-statement']);
    const statement = card('termination-statement');
    expect(within(statement, 'written-form-steps')?.textContent).toContain('The contract requires written form');
    expect(within(statement, 'open-cover-message')).not.toBeNull();

    render(null, container);
    container.remove();
    await mount({ ...WRITTEN, requiredForm: 'documentary' });
    expect(within(card('termination-statement'), 'written-form-steps')).toBeNull();
    expect(within(card('termination-statement'), 'open-cover-message')).toBeNull();
  });

  it('asks for a missing required fact in the missing-values form and makes no document until it is given', async () => {
    const { pdf } = await mount(WRITTEN);
    const statement = card('termination-statement');
    expect(statement.getAttribute('data-status')).toBe('missing');
    const asked = [...statement.querySelectorAll('[data-testid^="document-missing-"]')].map((field) => field.getAttribute('data-testid')!.replace('document-missing-', ''));
    expect(asked.filter((path) => path !== 'values').sort()).toEqual(Object.keys(STATEMENT_VALUES).sort());
    // The delivery day is offered, not required (review10 PL10-B13): a calendar among the optional values.
    expect((within(statement, 'optional-notice.deliveryOn') as HTMLInputElement).type).toBe('date');
    expect(within(statement, 'document-missing-notice.deliveryOn')).toBeNull();
    expect(within(statement, 'document-download')).toBeNull();
    expect(within(statement, 'document-preview-toggle')).toBeNull();

    // All but the client's address: still missing, and the form still asks for exactly that one.
    for (const [path, value] of Object.entries(STATEMENT_VALUES)) if (path !== 'client.address') await type(card('termination-statement'), `document-missing-${path}`, value);
    expect(card('termination-statement').getAttribute('data-status')).toBe('missing');
    expect(within(card('termination-statement'), 'document-download')).toBeNull();
    expect(pdf.rendered).toHaveLength(0);

    await type(card('termination-statement'), 'document-missing-client.address', STATEMENT_VALUES['client.address']!);
    expect(card('termination-statement').getAttribute('data-status')).toBe('ready');
    expect(within(card('termination-statement'), 'document-download')).not.toBeNull();
  });

  it('saves the typed values back to the client and the profile when asked, with the download', async () => {
    const { store, pdf } = await mount(WRITTEN);
    for (const [path, value] of Object.entries(STATEMENT_VALUES)) await type(card('termination-statement'), `document-missing-${path}`, value);
    await act(() => (within(card('termination-statement'), 'document-save-to-client') as HTMLInputElement).click());
    await click(card('termination-statement'), 'document-download');

    expect(pdf.rendered).toHaveLength(1);
    expect(pdf.rendered[0]?.kind).toBe('termination-statement');
    expect(downloads).toEqual([`${pdf.rendered[0]!.fileName}.pdf`]);
    // The client and the day the document is made (TODAY in fakes.ts).
    expect(downloads[0]).toBe('wypowiedzenie-umowy-acme-sp-z-o-o-2026-03-02.pdf');
    expect(store.callsOf('clients.update')).toEqual([
      {
        id: store.clients[0]!.id,
        changes: { address: { street: 'ul. Prosta 1', postalCode: '00-850', city: 'Warszawa' }, nip: '1234563218', krs: '0000123456' },
      },
    ]);
    expect(store.callsOf('settings.put').map((call) => call.settings.profile.address)).toEqual([{ street: 'ul. Długa 5', postalCode: '31-147', city: 'Kraków' }]);
    expect(store.callsOf('events.append')).toEqual([
      expect.objectContaining({ type: 'document-produced', data: { kind: 'termination-statement', lang: 'pl', action: 'download' } }),
    ]);
  });

  it('saves nothing when the box is not ticked', async () => {
    const { store, pdf } = await mount(WRITTEN);
    for (const [path, value] of Object.entries(STATEMENT_VALUES)) await type(card('termination-statement'), `document-missing-${path}`, value);
    await click(card('termination-statement'), 'document-download');
    expect(pdf.rendered).toHaveLength(1);
    expect(store.callsOf('clients.update')).toHaveLength(0);
    expect(store.callsOf('settings.put')).toHaveLength(0);
  });

  it('previews the document’s own text, in the document’s language', async () => {
    const { pdf } = await mount(WRITTEN);
    for (const [path, value] of Object.entries(STATEMENT_VALUES)) await type(card('termination-statement'), `document-missing-${path}`, value);
    expect(within(card('termination-statement'), 'document-preview')).toBeNull();
    await click(card('termination-statement'), 'document-preview-toggle');
    const preview = within(card('termination-statement'), 'document-preview') as HTMLElement;
    expect(preview.getAttribute('lang')).toBe('pl');
    expect(preview.textContent).toContain('Wypowiedzenie');
    expect(preview.textContent).toContain('ACME sp. z o.o.');
    expect(preview.textContent).toContain('123-456-32-18');
    // The same text the PDF is drawn from.
    await click(card('termination-statement'), 'document-download');
    expect(preview.textContent).toBe(documentText(pdf.rendered[0]!));
  });
});
