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
import { conversation, englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY, typedValues, userValues } from './fixtures';

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

describe('PL9-A7 / EN9-A2: the dispute reply claims the art. 746 § 1 remedies only where the k.c. rules on zlecenie govern', () => {
  const clientNotice: Partial<Offboarding> = { initiator: 'client', notice: { servedOn: '2026-01-31', channel: 'email', acknowledgementRequested: false, servedBy: 'client' } };
  const remedies = 'prawo do wynagrodzenia za prace wykonane do tego dnia, zwrotu poniesionych wydatków oraz – jeżeli wypowiedzenie nastąpiło bez ważnego powodu – naprawienia szkody.';
  const neutral = 'wszelkie przysługujące mi roszczenia na podstawie umowy i prawa dla niej właściwego, w szczególności o wynagrodzenie za prace wykonane do dnia rozwiązania umowy.';
  const dispute = (client: Client) => render(one({ kind: 'termination-dispute', lang: 'pl' }), client, {}, clientNotice).text;

  it('under Polish law, for a services contract, keeps the art. 746 § 1 catalogue', () => {
    expect(dispute({ ...polishClient, contract: { ...polishClient.contract, governingLaw: 'pl' } })).toContain(remedies);
  });

  it('under another law, or for a contract of another type, reserves the claims under the contract and its law', () => {
    // review11-pl B12: „prawo właściwe” only under another law; a Polish contract of another type names „przepisów prawa”.
    const cases = [
      { contract: { ...polishClient.contract, governingLaw: 'other' as const }, expected: neutral },
      { contract: { ...polishClient.contract, governingLaw: 'pl' as const, type: 'other' as const }, expected: neutral.replace('prawa dla niej właściwego', 'przepisów prawa') },
    ];
    for (const { contract, expected } of cases) {
      const text = dispute({ ...polishClient, contract });
      expect(text).toContain(expected);
      expect(text).not.toContain('bez ważnego powodu – naprawienia szkody');
    }
  });

  it('in English, a fixed term under another law: an agreed early end and settlement are offered, never the fees for the rest of the term (review10 EN10-A1)', () => {
    const client: Client = { ...englishClient, contract: { ...englishClient.contract, governingLaw: 'other', fixedTermEndsOn: '2026-09-30', noticePeriod: {} } };
    const vars = buildVariables({ client, offboarding: offboardingFor(client, clientNotice), settings: settingsEn, context: conversation, today: TODAY, lang: 'en', tone: 'formal', overrides: { ...typedValues('en'), ...userValues.en } });
    const text = renderTemplate(one({ kind: 'termination-dispute', lang: 'en' }), vars, { lang: 'en' }).text;
    expect(text).toContain('If you would like the agreement to end before 30 September 2026, I am happy to agree an end date and the final settlement with you. That settlement should cover payment for the work done up to that date and ⟨compensation for ending the term early, or the amount the agreement provides⟩.');
    expect(text).toContain('In the meantime, I reserve all my rights under the agreement and at law.');
    expect(text).not.toMatch(/rest of the term|remains binding|reimbursement of expenses|without good reason/);
  });

  it('in English, a fixed term under Polish law with no notice period: the notice took effect on receipt (art. 746 § 1 with art. 750 k.c.)', () => {
    const client: Client = { ...englishClient, contract: { ...englishClient.contract, governingLaw: 'pl', type: 'service', requiredForm: 'documentary', fixedTermEndsOn: '2026-09-30', noticePeriod: {} } };
    const vars = buildVariables({ client, offboarding: offboardingFor(client, clientNotice), settings: settingsEn, context: conversation, today: TODAY, lang: 'en', tone: 'formal', overrides: { ...typedValues('en'), ...userValues.en } });
    const text = renderTemplate(one({ kind: 'termination-dispute', lang: 'en' }), vars, { lang: 'en' }).text;
    expect(text).toMatch(/your notice therefore took effect when it reached (me|us), on \d+ \w+ 2026\./);
    expect(text).toContain('compensation for any loss this causes');
    expect(text).not.toMatch(/rest of the term|continue the work/);
  });
});

describe('PL9-A6: under another law the dzieło contractor makes a clear declaration', () => {
  const dzielo: Client = { ...polishClient, contract: { ...polishClient.contract, type: 'dzielo', governingLaw: 'other', requiredForm: 'documentary' } };

  it('"rozwiązuję umowę", effective on delivery, and the call names the right only if the contract or its law gives it', () => {
    const text = render(one({ kind: 'dzielo-withdrawal', lang: 'pl', variant: 'withdrawal' }), dzielo).text;
    // The basis is the user's to name (issue 12): never "the contract and its governing law" asserted.
    expect(text).toMatch(/niniejszym, na podstawie ⟨[^⟩]+⟩, rozwiązuj(ę|emy) umowę /);
    expect(text).toContain('Oświadczenie staje się skuteczne z chwilą jego doręczenia Państwa spółce.');
    expect(text).not.toMatch(/kończę|kończymy|wywołuje skutek|w tym z prawa do zakończenia umowy/);
    const call = render(one({ kind: 'dzielo-withdrawal', lang: 'pl', variant: 'cooperation-call' }), dzielo).text;
    expect(call).toMatch(/z przysługujących (mi|nam) uprawnień, w szczególności z prawa do rozwiązania umowy, jeżeli przewiduje je umowa lub prawo dla niej właściwe\./);
  });
});

describe('PL9-B2 / C4: the data-return request', () => {
  it('promises a confirmation in a separate message, not "na piśmie", and says who returns or deletes in one plain sentence', () => {
    const template = one({ kind: 'data-return', lang: 'pl', variant: 'request' });
    const text = render(template).text;
    expect(text).toMatch(/potwierdz(ę|imy) to w odrębnej wiadomości, podając datę\./);
    expect(text).toMatch(/po zakończeniu współpracy, zgodnie z art\. 28 ust\. 3 lit\. g RODO, (zwrócę albo usunę|zwrócimy albo usuniemy) dane osobowe, które przetwarzał(am|em|iśmy) w imieniu Państwa spółki – zależnie od jej decyzji – a ich istniejące kopie usun(ę|iemy)\./);
    expect(text).not.toContain('na piśmie');
    expect(one({ kind: 'access-revocation', lang: 'pl', variant: 'confirmation' }).when).not.toContain('na piśmie');
  });
});

describe('PL9-B7: of two invoices the earlier, of more the earliest', () => {
  const invoice = (id: string, dueOn: string) => ({ id, direction: 'receivable' as const, description: `Faktura ${id}`, invoiceNo: `FV/${id}/2026`, dueOn, amountMinor: 100000, currency: 'PLN', paid: false });
  const reminder = (count: number) =>
    render(one({ kind: 'payment-reminder', lang: 'pl', variant: 'after' }), polishClient, {}, { settlement: [invoice('1', '2026-01-05'), invoice('2', '2026-01-12'), invoice('3', '2026-01-19')].slice(0, count) }).text;

  // Where one invoice has no number, the dates cannot be told apart by invoice: the earliest is named.
  const unnumbered = (count: number) =>
    render(one({ kind: 'payment-reminder', lang: 'pl', variant: 'after' }), polishClient, {}, { settlement: [invoice('1', '2026-01-05'), { ...invoice('2', '2026-01-12'), invoiceNo: undefined }, invoice('3', '2026-01-19')].slice(0, count) }).text;

  it('"wcześniejszej z nich" for two, "najwcześniejszej z nich" for three', () => {
    expect(unnumbered(2)).toContain('Termin płatności wcześniejszej z nich upłynął w dniu 5 stycznia 2026 r.');
    expect(unnumbered(2)).not.toContain('najwcześniejszej');
    expect(unnumbered(3)).toContain('Termin płatności najwcześniejszej z nich upłynął w dniu 5 stycznia 2026 r.');
  });

  it('review10-pl B6: every numbered invoice past its due date is given its own date, "a" before the last', () => {
    expect(reminder(2)).toContain('Termin zapłaty faktury nr FV/1/2026 upłynął 5 stycznia 2026 r., a faktury nr FV/2/2026 – 12 stycznia 2026 r.');
    expect(reminder(3)).toContain('Termin zapłaty faktury nr FV/1/2026 upłynął 5 stycznia 2026 r., faktury nr FV/2/2026 – 12 stycznia 2026 r., a faktury nr FV/3/2026 – 19 stycznia 2026 r.');
    expect(reminder(3)).not.toContain('z nich');
  });
});

describe('PL9-B8: one word for revoking access, "cofnięcie"', () => {
  it('no Polish access or handover message says "odebrać" or "usunąć" of access', () => {
    const pl = templates.filter((template) => template.lang === 'pl' && (template.kind === 'access-revocation' || template.kind === 'handover-complete'));
    expect(pl.length).toBeGreaterThan(2);
    for (const template of pl) {
      const draft = render(template);
      const all = `${template.title}\n${template.when}\n${draft.subject}\n${draft.text}`;
      expect(all, template.id).not.toMatch(/odebra|odbior[ęe] |odbierzemy|usun(ął|ęł|ęli)\w* swój dostęp|usunięcie dostępu|dostęp\w* (został )?usunięty/);
    }
    expect(render(one({ kind: 'access-revocation', lang: 'pl', variant: 'request' })).text).toMatch(/o cofnięcie (mojego|naszego) dostępu do/);
  });

  it('review10-pl B9: access is revoked by the client who granted it; the contractor removes his own accounts and rights', () => {
    const confirmation = one({ kind: 'access-revocation', lang: 'pl', variant: 'confirmation' });
    const draft = render(confirmation);
    expect(`${confirmation.title}\n${draft.subject}\n${draft.text}`).not.toMatch(/cofn/);
    expect(draft.text).toMatch(/(usunąłem|usunęłam|usunęliśmy) swoje konta i uprawnienia w /);
    expect(confirmation.title).toBe('Potwierdzenie usunięcia własnych kont i uprawnień w systemach klienta');
  });
});

describe('PL9-C2 / C3 / C5: style', () => {
  it('the referral request compares like with like', () => {
    expect(render(one({ kind: 'referral-request', lang: 'pl', tone: 'formal' })).text).toMatch(/z taką samą starannością, z jaką pracował(am|em|iśmy) nad Pani projektem\./);
  });

  it('the retention reply does not say the decision was thought over twice, nor chain dashes', () => {
    const text = render(one({ kind: 'retention-reply', lang: 'pl', tone: 'formal' })).text;
    expect(text).toContain('Po namyśle podtrzymuję jednak swoją decyzję o zakończeniu współpracy.');
    expect(text).not.toContain('była przemyślana');
    // Review 10, PL10-B2: no "longer assessment of our work together" the record does not hold.
    expect(text).not.toContain('dłuższej oceny');
  });

  it('the warm confirmation of a services agreement volunteers no liability of the user\'s own (review10 PL10-B1, EN10-B2)', () => {
    const text = render(one({ kind: 'mutual-agreement-confirmation', lang: 'pl', tone: 'warm' })).text;
    expect(text).not.toContain('odpowiedzialność za należyte wykonanie umowy');
    expect(text).not.toContain('za wady');
    expect(text).toContain('Postanowienia umowy, które ze swej natury mają obowiązywać także po jej rozwiązaniu – na przykład dotyczące praw autorskich i licencji, poufności czy ochrony danych osobowych – pozostaną w mocy.');
    expect(text).not.toContain('Postanowienia umowy dotyczące praw autorskich');
  });
});
