/**
 * Which documents the sidebar offers (documents/offer.ts), the party details typed in the
 * documents' form (address, NIP, KRS, who signs for the client) and what saving them changes.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentInput } from '../../../documents';
import { documentOffer, documentOffers, DOCUMENT_STEP } from '../../../documents/offer';
import { documentText } from '../../../documents/text';
import { readScenarios } from '../../../catalog/documents-command';
import { parsePostalAddress } from '../../../offboarding/company';
import { documentValueChanges } from '../../../components/sidebar/document-values';

const scenarios = readScenarios(join(import.meta.dirname, '../../golden/document-scenarios.json'));

function inputOf(id: string, lang: 'pl' | 'en' = 'pl'): DocumentInput {
  const scenario = scenarios.find((entry) => entry.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values: scenario.values ?? {} }) as DocumentInput;
}

describe('the documents offered at each step', () => {
  it('puts each document at its checklist step', () => {
    expect(Object.fromEntries(documentOffers(inputOf('pl-written-letter')).map((offer) => [offer.kind, offer.step]))).toEqual(DOCUMENT_STEP);
    expect(DOCUMENT_STEP['termination-statement']).toBe('notice');
  });

  it('after a call that agreed a mutual end: the agreement, marked so and its date proposed, not the notice', () => {
    const input = inputOf('pl-nothing-recorded');
    input.offboarding!.outcome = { on: '2026-03-02', agreed: 'mutual', endOn: '2026-04-30' };
    const statement = documentOffer('termination-statement', input);
    expect(statement.result.status).toBe('not-applicable');
    expect(statement.result.status === 'not-applicable' && statement.result.reason).toMatch(/za porozumieniem/);
    const agreement = documentOffer('termination-agreement', input);
    expect(agreement.agreedInCall).toBe(true);
    expect(agreement.proposals).toEqual([{ path: 'agreement.endDate', value: '2026-04-30', callOn: '2026-03-02' }]);
    // Proposed, never filled: the agreement still asks for its end date until the user takes it.
    expect(agreement.result.status === 'missing' && agreement.result.missing.map((fact) => fact.path)).toContain('agreement.endDate');
    const taken = documentOffer('termination-agreement', { ...input, values: { 'agreement.endDate': '2026-04-30' } });
    expect(taken.proposals).toEqual([]);
  });

  it('a client kept on new terms needs neither notice nor agreement', () => {
    const input = inputOf('pl-nothing-recorded');
    input.offboarding!.outcome = { on: '2026-03-02', agreed: 'kept' };
    for (const kind of ['termination-statement', 'termination-agreement'] as const) {
      const { result } = documentOffer(kind, input);
      expect(result.status === 'not-applicable' && result.reason).toMatch(/zatrzymał współpracę/);
    }
  });

  it('says when the agreed end comes before any notice could end the contract', () => {
    const input = inputOf('pl-dzielo-missing');
    input.client!.contract = { ...input.client!.contract, type: 'service', noticePeriod: { months: 1 } };
    input.offboarding!.outcome = { on: input.today, agreed: 'end-date', endOn: input.today };
    const offer = documentOffer('termination-statement', input);
    expect(offer.agreedEndTooEarly?.agreedOn).toBe(input.today);
    expect(offer.agreedEndTooEarly!.earliestEnd > input.today).toBe(true);
    input.offboarding!.outcome = { on: input.today, agreed: 'end-date', endOn: '2099-12-31' };
    expect(documentOffer('termination-statement', input).agreedEndTooEarly).toBeUndefined();
  });
});

describe('party details typed in the documents’ form', () => {
  it('reads an address in Polish and foreign forms, and refuses what it cannot read', () => {
    expect(parsePostalAddress('ul. Prosta 1, 00-850 Warszawa')).toEqual({ address: { street: 'ul. Prosta 1', postalCode: '00-850', city: 'Warszawa' } });
    expect(parsePostalAddress('Unter den Linden 5, 10117 Berlin, Niemcy')).toEqual({ address: { street: 'Unter den Linden 5', postalCode: '10117', city: 'Berlin', country: 'Niemcy' } });
    expect(parsePostalAddress('1 Main Street\nLondon N1 7GR\nUnited Kingdom')).toEqual({ address: { street: '1 Main Street', postalCode: 'N1 7GR', city: 'London', country: 'United Kingdom' } });
    expect(parsePostalAddress('Warszawa')).toHaveProperty('problem');
    expect(parsePostalAddress('ul. Prosta 1, Warszawa')).toHaveProperty('problem');
  });

  it('a typed address, NIP and KRS go into the document; a wrong NIP is asked for again, with why', () => {
    const input = inputOf('pl-dzielo-missing');
    const before = buildDocument('settlement-statement', input);
    expect(before.status === 'missing' && before.missing.map((fact) => fact.path)).toContain('client.address');
    const values: Record<string, string> = { ...input.values, 'client.address': 'ul. Długa 5, 31-147 Kraków', 'client.nip': '123-456-32-17', 'client.krs': '123456' };
    input.values = values;
    const wrongNip = buildDocument('settlement-statement', input);
    const nipFact = wrongNip.status === 'missing' ? wrongNip.missing.find((fact) => fact.path === 'client.nip') : undefined;
    expect(nipFact?.detail).toMatch(/nie jest prawidłowym numerem NIP/);
    expect(wrongNip.status === 'missing' && wrongNip.missing.map((fact) => fact.path)).not.toContain('client.address');
    values['client.nip'] = '123-456-32-18';
    const result = buildDocument('settlement-statement', input);
    if (result.status === 'ready') {
      const text = documentText(result.document);
      expect(text).toContain('ul. Długa 5');
      expect(text).toContain('NIP: 123-456-32-18');
      expect(text).toContain('KRS: 0000123456');
    } else {
      expect(result.status === 'missing' && result.missing.map((fact) => fact.path)).not.toContain('client.nip');
    }
  });

  it('saving puts the client’s details on the client and the user’s in the profile, and names what it cannot read', () => {
    const client = inputOf('pl-dzielo-missing').client!;
    const changes = documentValueChanges(client, {
      'client.address': 'ul. Długa 5, 31-147 Kraków',
      'client.nip': 'PL 123-456-32-18',
      'client.krs': '123456',
      'client.representative': 'Jan Lis, wspólnik',
      'client.bankAccount': '12 3456 7890',
      'client.bic': 'pkop plpw',
      'sender.address': 'ul. Prosta 1, 00-850 Warszawa',
      'sender.nip': '111',
      'sender.bic': 'PKO',
      'contract.signedOn': '03.02.2025',
      'document.place': 'Kraków',
      'agreement.endDate': '2026-04-30',
    });
    expect(changes.client).toEqual({
      address: { street: 'ul. Długa 5', postalCode: '31-147', city: 'Kraków' },
      nip: '1234563218',
      krs: '0000123456',
      representative: 'Jan Lis, wspólnik',
      bankAccount: '12 3456 7890',
      bic: 'PKOPPLPW',
      contract: { ...client.contract, signedOn: '2025-02-03' },
    });
    expect(changes.profile).toEqual({ address: { street: 'ul. Prosta 1', postalCode: '00-850', city: 'Warszawa' } });
    expect(changes.invalid).toEqual(['sender.nip', 'sender.bic']);
  });

  it('saves a UK client company’s registration, and never an IBAN whose check digits fail', () => {
    const client = inputOf('en-agency-qes').client!;
    const changes = documentValueChanges(client, {
      'client.companyNumber': ' 01234567 ',
      'client.registeredIn': 'England and Wales',
      'client.registeredOffice': '1 Dock Street, London E1 8AA',
      'client.bankAccount': 'PL02 1050 0099 7603 1234 5678 9123',
      'sender.bankAccount': 'PL61 1090 1014 0000 0712 1981 2874',
    });
    expect(changes.client).toEqual({ companyNumber: '01234567', registeredIn: 'England and Wales', registeredOffice: '1 Dock Street, London E1 8AA' });
    expect(changes.profile).toEqual({ bankAccount: 'PL61 1090 1014 0000 0712 1981 2874' });
    expect(changes.invalid).toEqual(['client.bankAccount']);
  });

  it('who signs for a company client comes from the record once saved', () => {
    const input = inputOf('pl-dzielo-missing');
    input.client!.contract = { ...input.client!.contract, type: 'service' };
    const asks = documentOffer('termination-agreement', input).result;
    expect(asks.status === 'missing' && asks.missing.map((fact) => fact.path)).toContain('client.representative');
    input.client!.representative = 'Jan Lis, wspólnik';
    const saved = documentOffer('termination-agreement', input).result;
    expect(saved.status === 'missing' ? saved.missing.map((fact) => fact.path) : []).not.toContain('client.representative');
  });
});
