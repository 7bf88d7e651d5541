/**
 * The eleventh reading of the notices (review11): the form of notice unknown is a choice the user
 * resolves (EN A1, PL B13), the company stays the party in an immediate notice (EN C2), small
 * numbers in words (PL C1), the non-renewal declaration named as the clause asks (PL B10) and
 * said to go "in good time" only when it does (PL C7), and the reason label after a client's
 * withdrawal (EN C9).
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { suggest } from '../../../templates/suggest';
import { describeReason } from '../../../templates/reasons';
import { readScenarios } from '../../../catalog/documents-command';
import type { Template, TemplateValue } from '../../../templates/types';
import { buildVariables, typedRequiredForm } from '../../../templates/variables';
import type { Client, Lang } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function one(query: Parameters<typeof findTemplates>[1]): Template {
  const found = findTemplates(templates, query);
  expect(found, JSON.stringify(query)).toHaveLength(1);
  return found[0] as Template;
}

const VARIANTS = ['period', 'end-of-month', 'immediate'] as const;

/** A notice with no client recorded, the form typed (or not) by the user. */
function unknownForm(lang: Lang, variant: (typeof VARIANTS)[number], typed?: string) {
  const overrides: Record<string, TemplateValue> = typed === undefined ? {} : { 'contract.requiredForm': typed };
  const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang, overrides });
  return renderTemplate(one({ kind: 'termination-notice', lang, variant }), vars, { lang });
}

describe('a notice with the form unknown (review11 EN A1, PL B13)', () => {
  it.each(VARIANTS)('%s: never disowns the e-mail by default; the form is a missing value and both courses are a choice', (variant) => {
    const en = unknownForm('en', variant);
    expect(en.text).not.toMatch(/this e-mail is for information only|The formal notice is the signed letter/);
    expect(en.text).toContain('⟨Please accept this e-mail as formal notice / Under separate cover, I am sending you my signed notice⟩ of termination');
    expect(en.text).toContain('⟨this e-mail / the signed notice⟩ reaches you');
    expect(en.text).toContain('Please confirm receipt of ⟨this notice / the signed notice once it reaches you⟩.');
    expect(en.missing).toContain('contract.requiredForm');

    const pl = unknownForm('pl', variant);
    expect(pl.text).not.toMatch(/charakter informacyjny|Wiążące jest to oświadczenie/);
    expect(pl.text).toContain('⟨niniejszym wypowiadam / informuję, że odrębnie przesyłam podpisane oświadczenie, którym wypowiadam⟩');
    expect(pl.text).toMatch(/doręczenia (⟨[^⟩]*⟩ )?⟨niniejszej wiadomości \/ podpisanego oświadczenia⟩/);
    expect(pl.missing).toContain('contract.requiredForm');
  });

  it.each(VARIANTS)('%s: a typed "documentary" makes this e-mail the notice, from today', (variant) => {
    for (const typed of ['dokumentowa', 'documentary', 'e-mail']) {
      const en = unknownForm('en', variant, typed);
      expect(en.text).toContain('Please accept this e-mail as formal notice of termination');
      expect(en.text).not.toMatch(/⟨Please|⟨this e-mail|signed notice|for information only/);
      expect(en.missing).not.toContain('contract.requiredForm');
      const pl = unknownForm('pl', variant, typed);
      expect(pl.text).toContain('niniejszym wypowiadam');
      expect(pl.text).not.toMatch(/podpisane oświadczenie|charakter informacyjny/);
      expect(pl.missing).not.toContain('contract.requiredForm');
      if (variant !== 'immediate') expect(pl.text).toContain('przy doręczeniu w dniu 10 lutego 2026 r.');
    }
  });

  it.each(VARIANTS)('%s: a typed "written" announces the signed statement and says why the e-mail does not count', (variant) => {
    for (const typed of ['pisemna', 'Written', 'podpisane']) {
      const en = unknownForm('en', variant, typed);
      expect(en.text).toContain('Under separate cover, I am sending you my signed notice of termination');
      expect(en.text).toMatch(/(Under Polish law only a notice signed by hand|As the agreement requires notice in writing)/);
      expect(en.text).not.toContain('Please accept this e-mail');
      const pl = unknownForm('pl', variant, typed);
      expect(pl.text).toContain('Umowa zastrzega dla wypowiedzenia formę pisemną pod rygorem nieważności, dlatego wiążące jest dopiero to oświadczenie');
      expect(pl.text).not.toContain('niniejszym wypowiadam');
    }
  });

  it('an answer it does not understand leaves the choice open and never lands in the text', () => {
    expect(typedRequiredForm('nie wiem')).toBeUndefined();
    expect(typedRequiredForm(true)).toBeUndefined();
    const pl = unknownForm('pl', 'period', 'nie wiem');
    expect(pl.text).not.toContain('nie wiem');
    expect(pl.missing).toContain('contract.requiredForm');
  });

  it('a recorded contract keeps its recorded form (the choice appears only with no contract)', () => {
    for (const [lang, client] of [['pl', polishClient], ['en', englishClient]] as const) {
      const vars = buildVariables({ client, offboarding: offboardingFor(client), settings: lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang });
      const text = renderTemplate(one({ kind: 'termination-notice', lang, variant: 'period' }), vars, { lang }).text;
      expect(text).not.toMatch(/⟨niniejszym|⟨Please accept|⟨this e-mail/);
    }
  });
});

describe('an immediate notice keeps to the company named (review11 EN C2)', () => {
  const company: Client = { ...englishClient, company: 'Brightwater Homes Ltd' };
  it('asks the company, not "you", to remedy the breach', () => {
    const vars = buildVariables({ client: company, offboarding: offboardingFor(company), settings: settingsEn, today: TODAY, lang: 'en' });
    const text = renderTemplate(one({ kind: 'termination-notice', lang: 'en', variant: 'immediate' }), vars, { lang: 'en' }).text;
    expect(text).toMatch(/asked Brightwater Homes Ltd to remedy the breach by .*, and it has not done so\./);
    expect(text).not.toContain('asked you to remedy');
  });
});

describe('the notice period in Polish running text, in words (review11 PL C1)', () => {
  const withPeriod = (noticePeriod: Client['contract']['noticePeriod']): Client => ({ ...polishClient, contract: { ...polishClient.contract, noticePeriod, endOfMonth: false } });
  const contractOf = (client: Client) =>
    buildVariables({ client, offboarding: offboardingFor(client), settings: settingsPl, today: TODAY, lang: 'pl' }).contract as Record<string, TemplateValue>;

  it.each([
    [{ months: 1 }, 'jeden miesiąc', 'jednego miesiąca'],
    [{ weeks: 2 }, 'dwa tygodnie', 'dwóch tygodni'],
    [{ months: 3 }, 'trzy miesiące', 'trzech miesięcy'],
    [{ days: 30 }, 'trzydzieści dni', 'trzydziestu dni'],
    [{ days: 21 }, 'dwadzieścia jeden dni', 'dwudziestu jeden dni'],
    [{ days: 14 }, 'czternaście dni', 'czternastu dni'],
    [{ months: 1, weeks: 2 }, 'jeden miesiąc i dwa tygodnie', 'jednego miesiąca i dwóch tygodni'],
  ] as const)('%o → „%s” / „z upływem %s”', (period, nominative, genitive) => {
    const contract = contractOf(withPeriod(period));
    expect(contract.noticePeriod).toBe(nominative);
    expect(contract.noticePeriodGenitive).toBe(genitive);
  });

  it('the notice writes „wynoszącego jeden miesiąc” and „z upływem jednego miesiąca”', () => {
    const client = withPeriod({ months: 1 });
    const vars = buildVariables({ client, offboarding: offboardingFor(client, { notice: undefined }), settings: settingsPl, today: TODAY, lang: 'pl' });
    const text = renderTemplate(one({ kind: 'termination-notice', lang: 'pl', variant: 'period' }), vars, { lang: 'pl' }).text;
    expect(text).toContain('z zachowaniem okresu wypowiedzenia wynoszącego jeden miesiąc');
    expect(text).toContain('z upływem jednego miesiąca od dnia doręczenia');
    expect(text).not.toMatch(/\b1 miesiąc/);
  });

  it('English keeps its own house style', () => {
    const client = { ...englishClient, contract: { ...englishClient.contract, noticePeriod: { days: 30 } } };
    const contract = buildVariables({ client, offboarding: offboardingFor(client), settings: settingsEn, today: TODAY, lang: 'en' }).contract as Record<string, TemplateValue>;
    expect(contract.noticePeriod).toBe('30 days');
  });
});

describe('the non-renewal notice (review11 PL B10, C7)', () => {
  const retainer = (nonRenewalNoticeDays: number, requiredForm: 'documentary' | 'written' = 'documentary'): Client => ({
    ...polishClient,
    contract: { ...polishClient.contract, noticePeriod: {}, fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays, renewalClause: '§ 3 ust. 2', requiredForm },
  });
  const render = (client: Client, tone: 'formal' | 'warm', today: string): string => {
    const vars = buildVariables({ client, offboarding: offboardingFor(client, { notice: undefined }), settings: settingsPl, today, lang: 'pl', tone });
    return renderTemplate(one({ kind: 'non-renewal', lang: 'pl', tone }), vars, { lang: 'pl' }).text;
  };

  it('warm: names the e-mail as the declaration the clause asks for, never "w rozumieniu"', () => {
    const text = render(retainer(30), 'warm', '2026-05-12');
    expect(text).toContain('Dla jasności: niniejszym składam oświadczenie, o którym mowa w § 3 ust. 2 umowy – nie wyrażam zgody na jej przedłużenie.');
    expect(text).not.toContain('w rozumieniu');
    // Under a written-form clause the declaration is the signed statement, not this e-mail.
    const written = render(retainer(30, 'written'), 'warm', '2026-05-12');
    expect(written).toContain('podpisane oświadczenie, które wysyłam, jest oświadczeniem, o którym mowa w § 3 ust. 2 umowy');
    expect(written).not.toContain('niniejszym składam');
  });

  it('formal: "z odpowiednim wyprzedzeniem" only at least two working days before the last day (Sunday 31 May 2026)', () => {
    expect(render(retainer(30), 'formal', '2026-05-12')).toContain('najpóźniej 31 maja 2026 r.; przesyłam je z odpowiednim wyprzedzeniem.');
    // Wednesday: Thursday and Friday are still ahead.
    expect(render(retainer(30), 'formal', '2026-05-27')).toContain('z odpowiednim wyprzedzeniem');
    // Thursday: only Friday is left before the Sunday; the text names the day instead.
    const late = render(retainer(30), 'formal', '2026-05-28');
    expect(late).toContain('najpóźniej 31 maja 2026 r. (niedziela).');
    expect(late).not.toContain('wyprzedzeniem');
  });

  it('formal: a late message to a working-day deadline states the date and nothing more', () => {
    // 33 days before 30 June 2026: Thursday 28 May.
    const late = render(retainer(33), 'formal', '2026-05-27');
    expect(late).toContain('najpóźniej 28 maja 2026 r.');
    expect(late).not.toMatch(/wyprzedzeniem|28 maja 2026 r\. \(/);
    expect(late).not.toContain('r..');
  });
});

describe('the reason given for a handover plan (review11 EN C9)', () => {
  it('names the handover, not the notice, after the client withdrew or gave notice', () => {
    const scenarios = readScenarios('tests/golden/scenarios.json');
    let checked = 0;
    for (const id of ['en-m-pan-first-name', 'pl-m-pan-first-name', 'en-m-unknown']) {
      const scenario = scenarios.find((candidate) => candidate.id === id);
      expect(scenario, id).toBeDefined();
      if (!scenario) continue;
      const suggestions = suggest({
        context: null,
        client: scenario.client ?? null,
        offboarding: scenario.offboarding ?? null,
        templates,
        today: scenario.today,
        settings: scenario.settings,
      });
      const plan = suggestions.find((suggestion) => suggestion.template.kind === 'handover-plan');
      expect(plan, id).toBeDefined();
      const words = (plan?.reasons ?? []).map((why) => describeReason(why, 'en'));
      expect(words.join(' | '), id).toMatch(/steps that follow: the handover|Next open step: the handover/);
      expect(words.join(' | '), id).not.toMatch(/: the notice|: prepare the documents/);
      checked += 1;
    }
    expect(checked).toBe(3);
  });
});
