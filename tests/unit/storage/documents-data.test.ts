/**
 * The data the documents need (issue 13): company details of the client and the profile, and the
 * handover inventory. All optional, so a backup made before they existed still imports unchanged,
 * and a backup that has them round-trips byte for byte; a wrong NIP or a secret in the inventory is
 * refused with the field named.
 */
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../storage/transfer';
import { clientSchema, handoverItemSchema, LIMITS, userProfileSchema } from '../../../storage/schemas';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

const CHECKLIST = Object.fromEntries(
  ['analysis', 'conversation', 'documents', 'notice', 'handover', 'assets-access', 'personal-data', 'settlement', 'closing-message', 'feedback', 'testimonial', 'referral', 'lessons'].map((key) => [key, {}]),
);

/** A backup exactly as the release before issue 13 wrote it: no details, no inventory. */
function backupBeforeDocuments(): Record<string, any> {
  return {
    format: 'offboard-export',
    version: 1,
    exportedAt: '2026-11-20T10:00:00.000Z',
    clients: [
      {
        contract: { endOfMonth: true, noticePeriod: { months: 1 }, requiredForm: 'written', type: 'service' },
        createdAt: '2026-11-01T10:00:00.000Z',
        domains: ['acme.pl'],
        emails: ['anna@acme.pl'],
        id: 'c1',
        language: 'pl',
        name: 'Anna Nowak',
        company: 'Acme sp. z o.o.',
        notes: '',
        recipient: { form: 'pani', firstName: 'Anna', lastName: 'Nowak', warm: false },
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
    offboardings: [
      {
        checklist: CHECKLIST,
        clientId: 'c1',
        createdAt: '2026-11-01T10:00:00.000Z',
        id: 'o1',
        initiator: 'we',
        reason: 'capacity',
        settlement: [{ amountMinor: 123_000, currency: 'PLN', description: 'Faktura', direction: 'receivable', id: 's1', paid: false }],
        startedOn: '2026-11-01',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
    events: [],
    templates: [],
    settings: {
      defaultLanguage: 'pl',
      defaultNoticePeriod: { months: 1 },
      defaultTone: 'formal',
      profile: { name: 'Ewa Nowak', senderForm: 'f', signature: 'template', bankAccount: '12 3456' },
      uiLanguage: 'auto',
    },
  };
}

function withDocumentsData(): Record<string, any> {
  const doc = backupBeforeDocuments();
  Object.assign(doc.clients[0], {
    address: { street: 'ul. Prosta 1', postalCode: '00-001', city: 'Warszawa' },
    nip: '1234563218',
    krs: '0000123456',
    bankAccount: 'PL61 1090 1014 0000 0712 1981 2874',
    bic: 'BPKOPLPW',
  });
  doc.offboardings[0].inventory = [
    { id: 'i1', kind: 'domain', name: 'Domena acme.pl', state: 'handed-over', on: '2026-11-15', recipient: 'Jan Kowalski' },
    { id: 'i2', kind: 'credential', name: 'Konto administratora WordPress', state: 'revoked', note: 'Hasło zmienione przez klienta' },
    { id: 'i3', kind: 'personal-data', name: 'Lista klientów sklepu', state: 'to-hand-over' },
  ];
  doc.settings.profile = {
    ...doc.settings.profile,
    address: { street: 'ul. Długa 5/3', postalCode: '30-001', city: 'Kraków' },
    nip: '5260250274',
    bic: 'INGBPLPW',
    companyNumber: '09876543',
    registeredIn: 'England and Wales',
    registeredOffice: '3 Canal Street, Manchester M1 3HE',
  };
  return doc;
}

describe('backups and the documents data', () => {
  it('a backup from before the documents imports, and exports again without new fields', async () => {
    const { store } = setup();
    const old = backupBeforeDocuments();
    await store.dataImport({ json: JSON.stringify(old) });
    const again = JSON.parse(await store.dataExport());
    expect(again.clients[0]).not.toHaveProperty('address');
    expect(again.offboardings[0]).not.toHaveProperty('inventory');
    expect(again.clients).toEqual(old.clients);
    expect(again.offboardings).toEqual(old.offboardings);
    expect(again.settings).toEqual(old.settings);
  });

  it('details and the inventory round-trip byte for byte', async () => {
    const source = setup();
    await source.store.dataImport({ json: JSON.stringify(withDocumentsData()) });
    const exported = await source.store.dataExport();
    const doc = JSON.parse(exported);
    expect(doc.clients[0].nip).toBe('1234563218');
    expect(doc.offboardings[0].inventory).toHaveLength(3);
    expect(doc.settings.profile.address.city).toBe('Kraków');
    const target = setup();
    await target.store.dataImport({ json: exported });
    expect(await target.store.dataExport()).toBe(exported);
  });

  it('refuses a wrong NIP in a backup, naming the field', async () => {
    const { store } = setup();
    const doc = withDocumentsData();
    doc.clients[0].nip = '1234563219';
    const error = await store.dataImport({ json: JSON.stringify(doc) }).then(() => null, (e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).params.path).toBe('clients[0].nip');
    expect((error as ImportError).params.reason).toMatch(/check digit/);
  });

  it('refuses a handed-over item without its date and a repeated item id', async () => {
    const { store } = setup();
    const undated = withDocumentsData();
    delete undated.offboardings[0].inventory[0].on;
    const first = await store.dataImport({ json: JSON.stringify(undated) }).then(() => null, (e: unknown) => e);
    expect((first as ImportError).params.reason).toMatch(/needs the date/);
    const repeated = withDocumentsData();
    repeated.offboardings[0].inventory[1].id = 'i1';
    const second = await store.dataImport({ json: JSON.stringify(repeated) }).then(() => null, (e: unknown) => e);
    expect((second as ImportError).params.reason).toMatch(/its own id/);
  });
});

describe('schemas of the documents data', () => {
  it('normalises a BIC and refuses what is none; bounds the company number', () => {
    const base = withDocumentsData().clients[0];
    expect(clientSchema.parse({ ...base, bic: 'bpko pl pw xxx' }).bic).toBe('BPKOPLPWXXX');
    expect(clientSchema.safeParse({ ...base, bic: 'PKO' }).error?.issues[0]?.message).toMatch(/BIC/);
    const profile = withDocumentsData().settings.profile;
    expect(userProfileSchema.safeParse({ ...profile, companyNumber: 'x'.repeat(LIMITS.companyNumber + 1) }).success).toBe(false);
    expect(userProfileSchema.parse(profile).registeredIn).toBe('England and Wales');
  });

  it('normalises NIP and KRS as typed', () => {
    const base = backupBeforeDocuments().clients[0];
    const parsed = clientSchema.parse({ ...base, nip: 'PL 123-456-32-18', krs: '123456' });
    expect(parsed.nip).toBe('1234563218');
    expect(parsed.krs).toBe('0000123456');
    expect(clientSchema.safeParse({ ...base, nip: '123' }).error?.issues[0]?.message).toMatch(/10 digits/);
    expect(clientSchema.safeParse({ ...base, krs: 'abc' }).error?.issues[0]?.message).toMatch(/KRS/);
  });

  it('an address needs street, postal code and city', () => {
    const profile = { name: 'Ewa', senderForm: 'f', signature: 'template' };
    expect(userProfileSchema.safeParse({ ...profile, address: { street: 'ul. Długa 5', postalCode: '30-001', city: 'Kraków' } }).success).toBe(true);
    const missingCity = userProfileSchema.safeParse({ ...profile, address: { street: 'ul. Długa 5', postalCode: '30-001', city: ' ' } });
    expect(missingCity.error?.issues[0]?.path).toEqual(['address', 'city']);
  });

  it('names a credential, never stores its secret', () => {
    const item = { id: 'i1', kind: 'credential', name: 'Panel DNS', state: 'revoked' };
    expect(handoverItemSchema.safeParse(item).success).toBe(true);
    expect(handoverItemSchema.safeParse({ ...item, name: 'Hasło do panelu DNS' }).success).toBe(true);
    for (const note of ['hasło: Tajne123', 'password=hunter2', 'API key: sk_live_1']) {
      expect(handoverItemSchema.safeParse({ ...item, note }).error?.issues[0]?.message).toMatch(/password or key/);
    }
    expect(handoverItemSchema.safeParse({ ...item, state: 'not-applicable', on: '2026-01-01' }).error?.issues[0]?.message).toMatch(/has no date/);
  });
});
