/**
 * Review 9, Polish findings (notes/review9/pl.md): the wording each fix settles, checked on the
 * built-in templates rendered for the shared fixture client.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import type { Client, Offboarding } from '../../../offboarding/types';
import { conversation, offboardingFor, polishClient, settingsPl, TODAY, typedValues, userValues } from './fixtures';

const templates = builtInTemplates();

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

function render(template: Template, client: Client = polishClient, overrides: Record<string, string> = {}, changes: Partial<Offboarding> = {}) {
  const vars = buildVariables({
    client,
    offboarding: offboardingFor(client, changes),
    settings: settingsPl,
    context: conversation,
    today: TODAY,
    lang: 'pl',
    tone: template.tone,
    overrides: { ...typedValues('pl'), ...userValues.pl, ...overrides },
  });
  return renderTemplate(template, vars, { lang: 'pl' });
}

describe('PL9-A5: a refunded advance is documented by a correcting invoice', () => {
  it('the refund messages say the refund will be documented by a correcting invoice to the advance invoice', () => {
    for (const tone of ['formal', 'warm'] as const) {
      const text = render(one({ kind: 'prepayment-refund', lang: 'pl', tone, variant: 'refund' })).text;
      expect(text).toContain('fakturę zaliczkową nr FZ/1/2026');
      expect(text).toContain('fakturą korygującą do tej faktury zaliczkowej.');
    }
  });

  it('the correction message says the invoice was issued, sends it for information, and calls the refund an unused advance, not an overpayment', () => {
    const template = one({ kind: 'prepayment-refund', lang: 'pl', variant: 'correction' });
    const draft = render(template, polishClient, { 'refund.correctedInvoiceNo': 'FV/9/2026' });
    expect(draft.text).toMatch(/wystawił(am|em|iśmy) fakturę korygującą nr FK\/1\/2026 do faktury nr FV\/9\/2026; w załączeniu przesył(am|amy) ją do wiadomości\./);
    expect(draft.text).not.toMatch(/przesył(am|amy) fakturę korygującą/);
    expect(draft.subject).toBe('Faktura korygująca i zwrot niewykorzystanej zaliczki');
    expect(template.title).not.toContain('nadpłat');
    expect(template.when).toContain('KSeF');
  });
});

describe('PL9-A8: the signed-notice cover follows how the statement travels', () => {
  const written: Client = { ...polishClient, contract: { ...polishClient.contract, requiredForm: 'written' } };
  const cover = () => one({ kind: 'signed-notice-cover', lang: 'pl' });

  it('sent with a qualified e-signature, the attachment is the binding statement, effective on arrival (art. 61 § 2 k.c.)', () => {
    const text = render(cover(), written, {}, { notice: { servedOn: '2026-01-31', channel: 'qes', acknowledgementRequested: true, servedBy: 'we' } }).text;
    expect(text).toContain('opatrzone kwalifikowanym podpisem elektronicznym');
    expect(text).toContain('w sposób umożliwiający zapoznanie się z jego treścią (art. 61 § 2 k.c.).');
    expect(text).not.toMatch(/skan|Oryginał/);
  });

  it('sent by post, the scan is informative and the original binding', () => {
    const text = render(cover(), written, {}, { notice: { servedOn: '2026-01-31', channel: 'letter', acknowledgementRequested: true, servedBy: 'we' } }).text;
    expect(text).toContain('to on jest wiążący, a skan ma charakter wyłącznie informacyjny.');
    expect(text).not.toContain('art. 61 § 2');
  });

  it('tells the user that the text follows the recorded channel', () => {
    expect(cover().when).toContain('„podpis kwalifikowany”');
  });
});
