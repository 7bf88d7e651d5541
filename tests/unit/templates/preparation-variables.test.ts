// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { preparationVariables } from '../../../templates/preparation-variables';
import { renderTemplate } from '../../../templates/render';
import { buildVariables } from '../../../templates/variables';
import { defaultSettings } from '../../../storage/schemas';
import { loadBuiltInTemplates } from './suggest/library';
import { makeClient, makeOffboarding } from './suggest/helpers';

const settings = { ...defaultSettings(), profile: { ...defaultSettings().profile, name: 'Anna Nowak', senderForm: 'f' as const } };

describe('the retention reply follows the position decided before the call (issue 18)', () => {
  it('has the position and the outcome as variables, only as the user wrote them', () => {
    const ob = { ...makeOffboarding({ initiator: 'we' }), position: { openToStay: true, conditions: { price: 'stawka +15%', timing: 'od lipca' }, latestEndOn: '2026-06-30' } };
    expect(preparationVariables(ob, 'pl')).toEqual({
      position: { open: true, conditions: 'stawka +15%; od lipca', latestEnd: '30 czerwca 2026 r.' },
      outcome: { kept: false },
    });
    expect(preparationVariables(makeOffboarding({ initiator: 'we' }), 'en')).toEqual({
      position: { open: false, conditions: undefined, latestEnd: undefined },
      outcome: { kept: false },
    });
  });

  it('declines without a position, sets out the conditions when open, and confirms them when the call kept us', async () => {
    const templates = (await loadBuiltInTemplates()) ?? [];
    const render = (id: string, ob: ReturnType<typeof makeOffboarding>, lang: 'pl' | 'en') => {
      const template = templates.find((t) => t.id === id)!;
      const client = makeClient({ lang });
      const vars = buildVariables({ client, offboarding: ob, settings, today: '2026-05-09', lang });
      return renderTemplate(template, vars, { lang }).text;
    };
    const base = makeOffboarding({ initiator: 'we', startedOn: '2026-05-01' });
    const open = { ...base, position: { openToStay: true, conditions: { price: 'stawka wyższa o 15%' }, latestEndOn: '2026-06-30' } };
    const kept = { ...open, outcome: { on: '2026-05-08', agreed: 'kept' as const } };

    expect(render('retention-reply-pl-formal', base, 'pl')).toMatch(/podtrzymuję jednak swoją decyzję/);
    const offer = render('retention-reply-pl-formal', open, 'pl');
    expect(offer).toMatch(/Jestem gotowa kontynuować współpracę na następujących warunkach: stawka wyższa o 15%\. Jeśli je Pan akceptuje/);
    expect(offer).toMatch(/najpóźniej 30 czerwca 2026 r\./);
    expect(offer).not.toMatch(/podtrzymuję jednak/);
    expect(render('retention-reply-pl-warm', kept, 'pl')).toMatch(/Potwierdzam ustalenia z naszej rozmowy/);
    const enOpen = { ...open, position: { ...open.position, conditions: { price: 'a 15% higher rate' } } };
    expect(render('retention-reply-en-formal', enOpen, 'en')).toMatch(/I would be glad to continue on the following terms: a 15% higher rate\./);
    expect(render('retention-reply-en-warm', { ...enOpen, outcome: kept.outcome }, 'en')).toMatch(/As agreed in our call, I am glad to continue/);
  });
});
