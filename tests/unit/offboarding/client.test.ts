import { describe, expect, it } from 'vitest';
import { clientPartyName, hasLegalFormSuffix, isBusinessClient, nameIsAddress, displayNameFromAddress, domainOf, isFreeMailDomain, normalizeDomain, normalizeEmail } from '../../../offboarding/client';
import { lookupKeys, matchKeys } from '../../../offboarding/match-keys';
import { newClient, newOffboarding } from '../../../offboarding/new-records';
import { stageOf } from '../../../offboarding/checklist';
import { newId } from '../../../offboarding/ids';

const NOW = '2025-03-01T09:00:00.000Z';

describe('normalizeEmail and domainOf', () => {
  it('trims, lower-cases and unwraps', () => {
    expect(normalizeEmail('  Jan.Kowalski@Firma.PL ')).toBe('jan.kowalski@firma.pl');
    expect(normalizeEmail('mailto:Anna@Example.com')).toBe('anna@example.com');
    expect(normalizeEmail('Anna Nowak <Anna.Nowak@Example.com>')).toBe('anna.nowak@example.com');
    expect(normalizeEmail('biuro@żółw.pl')).toBe('biuro@żółw.pl');
    expect(domainOf('Jan@Sub.Firma.pl')).toBe('sub.firma.pl');
  });

  it.each(['', 'jan', 'jan@', '@firma.pl', 'jan@firma', 'jan kowalski@firma.pl', 'a@b@c.pl', 'jan@firma..pl', 'jan@-firma.pl'])(
    'rejects %j',
    (input) => {
      expect(() => normalizeEmail(input)).toThrow(/is not an e-mail address/);
    },
  );

  it('normalizes and validates domains', () => {
    expect(normalizeDomain(' @Firma.PL. ')).toBe('firma.pl');
    expect(() => normalizeDomain('firma')).toThrow(/is not a domain/);
  });
});

describe('isFreeMailDomain', () => {
  it.each([
    'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'yahoo.com', 'icloud.com',
    'proton.me', 'protonmail.com', 'wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'op.pl', 'gazeta.pl',
    'tlen.pl', 'poczta.fm', 'GMAIL.COM', 'yahoo.co.uk', 'hotmail.pl', 'outlook.de', 'poczta.onet.pl', 'vp.pl',
  ])('%s is free mail', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
  });

  it.each(['firma.pl', 'agencja.com.pl', 'wpis.pl', 'go2o.pl', 'google.com', 'microsoft.com', 'liveperson.com', 'my-wp.pl', 'gmail.company.com'])(
    '%s is a company domain',
    (domain) => {
      expect(isFreeMailDomain(domain)).toBe(false);
    },
  );
});

describe('matchKeys and lookupKeys', () => {
  it('builds lower-case email and company domain keys, never a free-mail domain', () => {
    const keys = matchKeys({ emails: ['Jan@Firma.pl', 'jan.prywatny@gmail.com', 'jan@firma.pl'], domains: ['Firma.pl', 'gmail.com'] });
    expect(keys).toEqual(['email:jan@firma.pl', 'email:jan.prywatny@gmail.com', 'domain:firma.pl']);
  });

  it('looks up every address first, then company domains, without duplicates', () => {
    expect(
      lookupKeys(['Anna@Firma.pl', 'kasia@gmail.com', 'piotr@firma.pl', 'ola@wp.pl', 'szef@holding.com', 'Anna@firma.pl']),
    ).toEqual([
      'email:anna@firma.pl',
      'email:kasia@gmail.com',
      'email:piotr@firma.pl',
      'email:ola@wp.pl',
      'email:szef@holding.com',
      'domain:firma.pl',
      'domain:holding.com',
    ]);
  });

  it('skips text that is not an address', () => {
    expect(lookupKeys(['Anna Nowak', '', 'anna@firma.pl'])).toEqual(['email:anna@firma.pl', 'domain:firma.pl']);
  });

  it('matches a client found by lookup on a shared key', () => {
    const stored = matchKeys({ emails: ['jan@firma.pl'], domains: ['firma.pl'] });
    expect(lookupKeys(['nowa.osoba@firma.pl']).some((key) => stored.includes(key))).toBe(true);
    const gmailClient = matchKeys({ emails: ['klient@gmail.com'], domains: [] });
    expect(lookupKeys(['ktos.inny@gmail.com']).some((key) => gmailClient.includes(key))).toBe(false);
  });
});

describe('displayNameFromAddress', () => {
  it.each([
    ['jan.kowalski@firma.pl', 'Jan Kowalski'],
    ['anna_nowak-lis@firma.pl', 'Anna Nowak Lis'],
    ['jan.kowalski+faktury@firma.pl', 'Jan Kowalski'],
    ['ola1990@gmail.com', 'Ola'],
    ['biuro@firma.pl', 'firma.pl'],
    ['kontakt@gmail.com', 'kontakt@gmail.com'],
    ['12345@firma.pl', '12345@firma.pl'],
  ])('%s → %s', (email, name) => {
    expect(displayNameFromAddress(email)).toBe(name);
  });
});

describe('newClient', () => {
  it('fills sensible defaults, and leaves the contract type and the form of notice out: unknown until entered (issue 12)', () => {
    const client = newClient({ emails: ['Jan.Kowalski@Firma.pl'] }, NOW, 'c-1');
    expect(client).toEqual({
      id: 'c-1',
      name: 'Jan Kowalski',
      emails: ['jan.kowalski@firma.pl'],
      domains: [],
      language: 'pl',
      recipient: { form: 'panstwo', warm: false },
      contract: { noticePeriod: {}, endOfMonth: false },
      notes: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
  });

  it('keeps what was given', () => {
    const client = newClient(
      {
        name: ' ACME ',
        company: 'ACME sp. z o.o.',
        emails: ['a@acme.pl', 'A@acme.pl'],
        domains: ['ACME.pl'],
        language: 'en',
        recipient: { form: 'pani', firstName: 'Anna' },
        contract: { noticePeriod: { months: 1 }, endOfMonth: true, requiredForm: 'written', signedOn: '2024-05-01' },
      },
      NOW,
      'c-2',
    );
    expect(client.name).toBe('ACME');
    expect(client.company).toBe('ACME sp. z o.o.');
    expect(client.emails).toEqual(['a@acme.pl']);
    expect(client.domains).toEqual(['acme.pl']);
    expect(client.language).toBe('en');
    expect(client.recipient).toEqual({ form: 'pani', firstName: 'Anna', warm: false });
    expect(client.contract).toEqual({ noticePeriod: { months: 1 }, endOfMonth: true, requiredForm: 'written', signedOn: '2024-05-01' });
    // A type the user gave is kept.
    expect(newClient({ name: 'Y', contract: { type: 'dzielo' } }, NOW, 'c-3').contract.type).toBe('dzielo');
  });

  it('rejects bad input clearly', () => {
    expect(() => newClient({ domains: ['gmail.com'], name: 'X' }, NOW, 'c')).toThrow(/public e-mail provider/);
    expect(() => newClient({}, NOW, 'c')).toThrow(/give a name/);
    expect(() => newClient({ name: 'X' }, 'yesterday', 'c')).toThrow(/nowIso/);
    expect(() => newClient({ name: 'X' }, NOW, '')).toThrow(/id must be/);
    expect(() => newClient({ emails: ['nope'] }, NOW, 'c')).toThrow(/is not an e-mail address/);
    expect(() => newClient({ name: 'X', contract: { signedOn: '2024-02-30' } }, NOW, 'c')).toThrow(/signedOn/);
    expect(() => newClient({ name: 'X', contract: { noticePeriod: { months: -1 } } }, NOW, 'c')).toThrow(/period.months/);
  });

  it('does not let an explicit undefined overwrite a default', () => {
    const client = newClient({ name: 'X', recipient: { form: undefined }, contract: { requiredForm: undefined, type: undefined } }, NOW, 'c');
    expect(client.recipient.form).toBe('panstwo');
    // No default for the type or the form: an explicit undefined leaves no key behind either.
    expect('type' in client.contract).toBe(false);
    expect('requiredForm' in client.contract).toBe(false);
  });
});

describe('newOffboarding', () => {
  it('starts open, with the conversation skipped when the client initiated', () => {
    const ob = newOffboarding({ clientId: 'c-1', initiator: 'client', reason: 'client-decision' }, NOW, 'ob-1');
    expect(ob.id).toBe('ob-1');
    expect(ob.startedOn).toBe('2025-03-01');
    expect(ob.settlement).toEqual([]);
    expect(ob.checklist.conversation).toEqual({ skipped: true });
    expect(ob.checklist.analysis).toEqual({});
    expect(stageOf(ob)).toBe('preparation');
    expect(ob.createdAt).toBe(NOW);
    expect(ob.updatedAt).toBe(NOW);
    expect(ob.notice).toBeUndefined();
  });

  it('keeps a local start date, a reason note and a thread', () => {
    const ob = newOffboarding(
      { clientId: 'c-1', initiator: 'we', reason: 'non-payment', reasonNote: ' 3 invoices late ', startedOn: '2025-02-28', thread: { provider: 'gmail', threadId: 't1' } },
      NOW,
      'ob-2',
    );
    expect(ob.startedOn).toBe('2025-02-28');
    expect(ob.reasonNote).toBe('3 invoices late');
    expect(ob.thread).toEqual({ provider: 'gmail', threadId: 't1' });
    expect(ob.checklist.conversation).toEqual({});
  });

  it('rejects bad input', () => {
    expect(() => newOffboarding({ clientId: '', initiator: 'we', reason: 'fit' }, NOW, 'x')).toThrow(/clientId/);
    expect(() => newOffboarding({ clientId: 'c', initiator: 'x' as 'we', reason: 'fit' }, NOW, 'x')).toThrow(/Unknown initiator/);
    expect(() => newOffboarding({ clientId: 'c', initiator: 'we', reason: 'boredom' as 'fit' }, NOW, 'x')).toThrow(/Unknown reason/);
    expect(() => newOffboarding({ clientId: 'c', initiator: 'we', reason: 'fit', startedOn: '2025-3-1' }, NOW, 'x')).toThrow(/startedOn/);
  });
});

describe('newId', () => {
  it('returns distinct UUIDs', () => {
    const a = newId();
    const b = newId();
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(a).not.toBe(b);
  });
});

describe('the client as a contracting party', () => {
  it('never names a party by an e-mail address or a domain', () => {
    expect(nameIsAddress('accounts@redkite.co.uk')).toBe(true);
    expect(nameIsAddress('kontakt@zielonyogrod.com.pl')).toBe(true);
    expect(nameIsAddress('firma.pl')).toBe(true);
    expect(nameIsAddress('Anna Kowalska')).toBe(false);
    expect(nameIsAddress('Drukarnia Orzeł S.A.')).toBe(false);
    expect(clientPartyName({ name: 'accounts@redkite.co.uk' })).toBeUndefined();
    expect(clientPartyName({ name: 'accounts@redkite.co.uk', company: 'Red Kite Ltd' })).toBe('Red Kite Ltd');
    expect(clientPartyName({ name: ' Anna Kowalska ' })).toBe('Anna Kowalska');
    expect(clientPartyName({ name: '  ' })).toBeUndefined();
  });

  it('takes a client for a business when a company is recorded or the name carries a legal form', () => {
    for (const name of ['Drukarnia Orzeł S.A.', 'Lewandowska Consulting Sp. z o.o.', 'Kowalski sp.z o.o.', 'Nowak i Wspólnicy sp. j.', 'Harbour & Finch LLP', 'Red Kite Ltd', 'Acme Limited', 'Muster GmbH']) {
      expect(hasLegalFormSuffix(name), name).toBe(true);
      expect(isBusinessClient({ name }), name).toBe(true);
    }
    for (const name of ['Anna Kowalska', 'Sasanka', 'Spa Limba', 'Jan Incognito', 'Ltdx']) {
      expect(hasLegalFormSuffix(name), name).toBe(false);
      expect(isBusinessClient({ name }), name).toBe(false);
    }
    expect(isBusinessClient({ name: 'Paweł Zieliński', company: 'Meble Zieliński' })).toBe(true);
    expect(isBusinessClient({ name: 'Paweł Zieliński', company: '  ' })).toBe(false);
    // A sole trader under their own name: a business only when the user says so (review3-en B1).
    expect(isBusinessClient({ name: 'Emily Carter' })).toBe(false);
    expect(isBusinessClient({ name: 'Emily Carter', trades: true })).toBe(true);
    expect(isBusinessClient({ name: 'Emily Carter', trades: false })).toBe(false);
  });
});
