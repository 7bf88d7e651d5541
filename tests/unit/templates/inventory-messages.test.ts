/**
 * The inventory-driven messages (issue 13): the handover plan, the handover note's cover and the
 * access messages list exactly what the inventory holds, with the grammar of one item and of
 * several; an empty inventory leaves the list a missing value, never a list of invented assets.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { itemCountInWords } from '../../../templates/count-words';
import type { HandoverItem, Lang } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();
function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

function draft(query: Parameters<typeof findTemplates>[1] & { lang: Lang }, inventory: HandoverItem[]) {
  const client = query.lang === 'pl' ? polishClient : englishClient;
  const vars = buildVariables({ client, offboarding: offboardingFor(client, { inventory }), settings: query.lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang: query.lang });
  return renderTemplate(one(query), vars, { lang: query.lang });
}

const domain: HandoverItem = { id: 'i1', kind: 'domain', name: 'Domena sklep-kowalska.pl', state: 'to-hand-over', recipient: 'Jan Nowak' };
const repo: HandoverItem = { id: 'i2', kind: 'source-code', name: 'Repozytorium sklepu', state: 'to-hand-over', note: 'uwaga tylko dla mnie' };
const wp: HandoverItem = { id: 'i3', kind: 'credential', name: 'Konto administratora WordPress', state: 'to-hand-over' };
const handed = (item: HandoverItem, on: string): HandoverItem => ({ ...item, state: 'handed-over', on });
const revoked = (item: HandoverItem, on?: string): HandoverItem => ({ ...item, state: 'revoked', ...(on ? { on } : {}) });

describe('the handover plan', () => {
  it('lists one item in the singular, with its recipient, and no fixed list', () => {
    const pl = draft({ kind: 'handover-plan', lang: 'pl' }, [domain]);
    expect(pl.text).toContain('Do przekazania jest następujący element:');
    expect(pl.text).toContain('Domena sklep-kowalska.pl (odbiorca: Jan Nowak)');
    expect(pl.text).not.toMatch(/Materiały|Konta i usługi|na wskazany dysk/);
    expect(pl.missing).toEqual([]);
  });

  it('lists several items in the plural, never the private note; credentials get the safe channel', () => {
    const pl = draft({ kind: 'handover-plan', lang: 'pl' }, [domain, repo, wp]);
    expect(pl.text).toContain('Do przekazania są następujące elementy:');
    expect(pl.text).toContain('Repozytorium sklepu');
    expect(pl.text).not.toContain('uwaga tylko dla mnie');
    expect(pl.text).toContain('Dane dostępowe przekażę bezpiecznym kanałem, nie w wiadomości e-mail');
    const en = draft({ kind: 'handover-plan', lang: 'en' }, [domain, repo]);
    expect(en.text).toContain('The following items are to be handed over:');
    expect(en.text).toContain('Domena sklep-kowalska.pl (recipient: Jan Nowak)');
    expect(en.text).not.toContain('secure channel');
  });

  it('asks for the list when the inventory holds nothing to hand over', () => {
    for (const lang of ['pl', 'en'] as const) {
      const empty = draft({ kind: 'handover-plan', lang }, []);
      expect(empty.missing).toEqual(['handover.planItems']);
      expect(empty.text).not.toMatch(/domen|domain|repozytorium|repository/i);
    }
  });
});

describe('the handover note’s cover', () => {
  it('lists what was handed over, with the day, counted with the right Polish form', () => {
    const pl = draft({ kind: 'handover-complete', lang: 'pl' }, [handed(domain, '2026-02-09'), handed(repo, '2026-02-10')]);
    expect(pl.subject).toBe('Przekazanie prac zakończone – protokół zdawczo-odbiorczy');
    expect(pl.text).toContain('protokół zdawczo-odbiorczy obejmujący dwa elementy:');
    expect(pl.text).toContain('Domena sklep-kowalska.pl – przekazano 9 lutego 2026 r. (odbiorca: Jan Nowak)');
    expect(pl.missing).toEqual([]);
    const en = draft({ kind: 'handover-complete', lang: 'en' }, [handed(domain, '2026-02-09')]);
    expect(en.text).toContain('which covers one item:');
    expect(en.text).toContain('Domena sklep-kowalska.pl – handed over on 9 February 2026 (recipient: Jan Nowak)');
  });

  it('does not call the handover complete while an item waits, and names it', () => {
    const pl = draft({ kind: 'handover-complete', lang: 'pl' }, [handed(domain, '2026-02-09'), repo]);
    expect(pl.subject).toBe('Stan przekazania prac – protokół zdawczo-odbiorczy');
    expect(pl.text).not.toContain('zostało zakończone');
    expect(pl.text).toContain('informuję o stanie przekazania prac.');
    expect(pl.text).toContain('Do przekazania pozostał jeszcze następujący element:');
    // A signed note is not "completed" later (review N-A6): a second note confirms the rest.
    expect(pl.text).toContain('Jego przekazanie potwierdzimy odrębnym protokołem.');
    expect(pl.text).not.toMatch(/uzupełni/);
    // Nothing of access is still to hand over: the removal may be confirmed now.
    expect(pl.text).toMatch(/a także o potwierdzenie, że mój dostęp do .* został cofnięty/);
    const several = draft({ kind: 'handover-complete', lang: 'pl' }, [handed(domain, '2026-02-09'), repo, wp]);
    expect(several.text).toContain('Do przekazania pozostały jeszcze następujące elementy:');
    expect(several.text).toContain('Ich przekazanie potwierdzimy odrębnym protokołem.');
    // A login still to be handed over: asking now to confirm access removed contradicts it.
    expect(several.text).not.toContain('został cofnięty.');
    expect(several.text).toContain('O potwierdzenie, że mój dostęp do systemów został cofnięty, poproszę po przekazaniu danych dostępowych.');
    const en = draft({ kind: 'handover-complete', lang: 'en' }, [handed(domain, '2026-02-09'), repo, wp]);
    expect(en.text).toContain('A separate handover record will confirm them once they have been handed over.');
    expect(en.text).not.toMatch(/complete the note|and confirm that my access/);
  });

  it('lists personal data handed back, and still to hand back, like any other item', () => {
    const data: HandoverItem = { id: 'i4', kind: 'personal-data', name: 'Lista odbiorców mailingu', state: 'to-hand-over' };
    const pending = draft({ kind: 'handover-complete', lang: 'pl' }, [handed(domain, '2026-02-09'), data]);
    expect(pending.text).toMatch(/pozostał jeszcze następujący element:\n\n- Lista odbiorców mailingu/);
    const done = draft({ kind: 'handover-complete', lang: 'en' }, [handed(domain, '2026-02-09'), handed(data, '2026-02-10')]);
    expect(done.text).toContain('which covers two items:');
    expect(done.text).toContain('Lista odbiorców mailingu – handed over on 10 February 2026');
    // Deleted data was not handed over: the note does not list it.
    const deleted = draft({ kind: 'handover-complete', lang: 'en' }, [handed(domain, '2026-02-09'), { ...data, state: 'deleted', on: '2026-02-10' }]);
    expect(deleted.text).not.toContain('Lista odbiorców mailingu');
  });

  it('asks for the list when nothing is recorded as handed over', () => {
    expect(draft({ kind: 'handover-complete', lang: 'pl' }, []).missing).toEqual(['handover.items']);
    expect(draft({ kind: 'handover-complete', lang: 'en' }, []).missing).toEqual(['handover.items']);
  });
});

describe('the access messages', () => {
  it('the request lists the accounts and credentials still open, one or several', () => {
    const single = draft({ kind: 'access-revocation', variant: 'request', lang: 'pl' }, [domain, wp]);
    expect(single.text).toContain('Prośba dotyczy w szczególności następującej pozycji:');
    expect(single.text).toContain('Konto administratora WordPress');
    // A domain is handed over, not an access to remove.
    expect(single.text).not.toContain('sklep-kowalska');
    const hosting: HandoverItem = { id: 'i4', kind: 'hosting', name: 'Hosting w OVH', state: 'to-hand-over' };
    const several = draft({ kind: 'access-revocation', variant: 'request', lang: 'en' }, [wp, hosting]);
    expect(several.text).toContain('This applies in particular to the following items:');
    expect(draft({ kind: 'access-revocation', variant: 'request', lang: 'pl' }, []).missing).toEqual(['access.requestItems']);
    // Every listed access already removed: no list, and nothing asked for.
    const done = draft({ kind: 'access-revocation', variant: 'request', lang: 'pl' }, [revoked(wp, '2026-02-09')]);
    expect(done.missing).toEqual([]);
    expect(done.text).not.toContain('w szczególności');
  });

  it('the confirmation lists what was revoked, on one day or item by item', () => {
    const oneDay = draft({ kind: 'access-revocation', variant: 'confirmation', lang: 'pl' }, [revoked(wp, '2026-02-09')]);
    expect(oneDay.text).toContain('potwierdzam, że w dniu 9 lutego 2026 r. usunąłem swoje konta i uprawnienia w następującym systemie lub narzędziu:');
    expect(oneDay.missing).toEqual([]);
    const hosting: HandoverItem = { id: 'i4', kind: 'hosting', name: 'Hosting w OVH', state: 'to-hand-over' };
    const twoDays = draft({ kind: 'access-revocation', variant: 'confirmation', lang: 'pl' }, [revoked(wp, '2026-02-09'), revoked(hosting, '2026-02-11')]);
    expect(twoDays.text).toContain('potwierdzam, że usunąłem swoje konta i uprawnienia w następujących systemach i narzędziach:');
    expect(twoDays.text).toContain('Hosting w OVH (usunięto 11 lutego 2026 r.)');
    expect(twoDays.text).not.toContain('w dniu');
    const en = draft({ kind: 'access-revocation', variant: 'confirmation', lang: 'en' }, [revoked(wp)]);
    // No day on the item and the step not ticked: the day is asked for, never assumed.
    expect(en.missing).toEqual(['access.revokedOn']);
    expect(en.text).toContain('access to the following item:');
    expect(draft({ kind: 'access-revocation', variant: 'confirmation', lang: 'en' }, []).missing).toEqual(expect.arrayContaining(['access.revokedItems']));
  });
});

describe('counts', () => {
  it.each([
    [1, 'pl', 'jeden element'], [2, 'pl', 'dwa elementy'], [5, 'pl', 'pięć elementów'], [12, 'pl', 'dwanaście elementów'], [22, 'pl', 'dwadzieścia dwa elementy'],
    [21, 'pl', 'dwadzieścia jeden elementów'], [100, 'pl', '100 elementów'],
    [1, 'en', 'one item'], [3, 'en', 'three items'], [12, 'en', '12 items'],
  ] as const)('%i in %s is "%s"', (count, lang, text) => {
    expect(itemCountInWords(count, lang)).toBe(text);
  });
});
