import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { templateNotOfferedFor } from '../../../templates/contract-types';
import { buildVariables } from '../../../templates/variables';
import type { Client } from '../../../offboarding/types';
import { englishClient, offboardingFor, settingsEn } from './fixtures';

const templates = builtInTemplates();
const byId = (id: string) => {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(id);
  return found;
};
const claim = byId('payment-demand-letter-of-claim-en-formal');
const demand = byId('payment-demand-en-formal');

// A sole trader in Bristol under a law other than Polish (review6-en B6; the Pre-Action Protocol for Debt Claims).
const soleTrader: Client = {
  ...englishClient,
  name: 'Emily Carter',
  company: undefined,
  trades: true,
  address: { street: '14 Mill Lane', postalCode: 'BS1 4DJ', city: 'Bristol', country: 'United Kingdom' },
  contract: { ...englishClient.contract, governingLaw: 'other' },
};
// A profile with no postal address: the Letter of Claim's reply address is then a missing value.
const { address: _address, ...profileWithoutAddress } = settingsEn.profile;
const settingsNoAddress = { ...settingsEn, profile: profileWithoutAddress };
const draft = (client: Client, template = claim) =>
  renderTemplate(template, buildVariables({ client, offboarding: offboardingFor(client), settings: settingsNoAddress, today: '2026-03-02', lang: 'en', tone: 'formal' }), { lang: 'en' });

describe('a demand to an individual or sole trader in England and Wales', () => {
  it('is the Letter of Claim, not the final demand; to a company or under Polish law the demand stays', () => {
    expect(templateNotOfferedFor(demand, soleTrader)).toBe('debt-protocol');
    expect(templateNotOfferedFor(claim, soleTrader)).toBeUndefined();
    const company = { ...soleTrader, company: 'Carter Design Ltd' };
    expect(templateNotOfferedFor(claim, company)).toBe('not-debt-protocol');
    expect(templateNotOfferedFor(demand, company)).toBeUndefined();
    expect(templateNotOfferedFor(claim, { ...soleTrader, contract: { ...soleTrader.contract, governingLaw: 'pl' } })).toBe('not-debt-protocol');
    expect(templateNotOfferedFor(claim, null)).toBe('not-debt-protocol');
  });

  // review9-en A1, C7: the protocol (para 3.1(a)) wants the letter clearly dated. The 'when' note has
  // it posted, and a printed e-mail body has no header: the letter carries its date (the day it is
  // drafted, a known fact, not a slot) on its own line above the salutation, as a letter is dated
  // (words12: not "This letter is dated …"); the subject names the agreement.
  it('is dated in its own text and its subject names the agreement', () => {
    const result = draft(soleTrader);
    expect(result.text.startsWith('2 March 2026\n\nDear ')).toBe(true);
    expect(result.text).not.toContain('This letter is dated');
    // The reply date is the user's to set (proposed 30 days on); the Protocol's 30 days are said as such.
    expect(result.missing).toContain('demand.protocolReplyBy');
    expect(result.text).toContain('the Protocol gives you 30 days from the date of this letter to reply.');
    expect(result.subject).toMatch(/^Letter of Claim: .+ owed under the Website Maintenance Agreement$/);
    expect(result.text).not.toContain('account no.');
  });

  it('says what the protocol asks and leaves what the record does not hold as slots', () => {
    const result = draft(soleTrader);
    expect(result.text).toContain('This is a Letter of Claim under the Pre-Action Protocol for Debt Claims.');
    expect(result.text).toContain('between');
    expect(result.text).toContain('You can ask me for a copy of the agreement.');
    expect(result.text).toContain('send me the completed Reply Form by ⟨reply date under the Protocol (at least 30 days from the date of the letter)⟩, by post');
    expect(result.text).not.toMatch(/Polish|Article|final attempt/);
    // Whether interest continues and the Annex 1 forms: the user says and attaches them, never a default.
    expect(result.missing).toEqual(expect.arrayContaining(['demand.interest', 'demand.protocolEnclosures']));
    // The reply address is the profile's, never "the address above" of a letter that gives none (EN8-A8).
    expect(result.text).not.toContain('address above');
    expect(result.missing).toContain('sender.postalAddress');
    const withAddress = renderTemplate(claim, buildVariables({ client: soleTrader, offboarding: offboardingFor(soleTrader), settings: { ...settingsEn, profile: { ...settingsEn.profile, address: { street: '2 Canal Street', postalCode: 'M1 3HE', city: 'Manchester', country: 'United Kingdom' } } }, today: '2026-03-02', lang: 'en', tone: 'formal' }), { lang: 'en' });
    expect(withAddress.text).toContain('by post to 2 Canal Street, Manchester M1 3HE, United Kingdom or by e-mail');
    expect(withAddress.missing).not.toContain('sender.postalAddress');
    expect(result.text).toContain('⟨enclosures, once attached: an up-to-date statement of account, the Information Sheet, the Reply Form and a Financial Statement form (Annex 1 to the Protocol)⟩');
  });

  it('to a company in England and Wales is a letter before claim under the Practice Direction', () => {
    const text = draft({ ...soleTrader, company: 'Carter Design Ltd' }, demand).text;
    expect(text).toContain('This is a letter before claim under the Practice Direction – Pre-Action Conduct and Protocols.');
    // Its contract is recorded under another law: no English statute is named (words12).
    expect(text).not.toContain('Late Payment of Commercial Debts');
    expect(text).toContain('under the law governing the agreement.');
    const english = draft({ ...soleTrader, company: 'Carter Design Ltd', contract: { ...soleTrader.contract, governingLaw: 'england-wales' } }, demand).text;
    expect(english).toContain('under the Late Payment of Commercial Debts (Interest) Act 1998.');
  });
});
