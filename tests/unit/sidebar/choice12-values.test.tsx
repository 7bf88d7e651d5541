// @vitest-environment jsdom
/**
 * A missing value with two answers is chosen, not typed (task choice12): the notice's form with no
 * contract recorded, in the sidebar with the real engine, and the documents' yes-or-no question
 * in the shared missing-values form. The canonical word is what the choice stores.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { TemplateEngine } from '../../../components/sidebar/ports';
import { MissingValues } from '../../../components/sidebar/MissingValues';
import { SidebarContext } from '../../../components/sidebar/context';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { variableLabel } from '../../../templates/variable-labels';
import { renderDraftForRecord } from '../../../templates/draft-render';
import { describeReason } from '../../../templates/reasons';
import { YES_NO_ANSWERS } from '../../../templates/value-answers';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, settle } from './fakes';

const notice = findTemplates(builtInTemplates(), { kind: 'termination-notice', lang: 'pl', variant: 'period' })[0]!;
/** The real engine, ranking the Polish period notice alone: no client is recorded. */
const engine: TemplateEngine = {
  builtInTemplates,
  renderDraft: async (template, input) => renderDraftForRecord(template, input),
  describeReason,
  variableLabel,
  suggest: () => [{ template: notice, kind: 'termination-notice', lang: 'pl', tone: 'formal', score: 1, reasons: [] }],
};

describe('the notice form with no contract recorded', () => {
  it('is two radio buttons, labelled in the interface language; choosing one fills the draft', async () => {
    const { container } = await mountSidebar({ ...deps({ store: new FakeStore(), page: new FakePage() }), templates: engine });
    await act(() => (container.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    const choice = container.querySelector('[data-testid="missing-contract.requiredForm"]') as HTMLFieldSetElement;
    expect(choice.tagName).toBe('FIELDSET');
    expect(container.querySelector('input[type="text"][data-testid="missing-contract.requiredForm"]')).toBeNull();
    const radios = [...choice.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.value)).toEqual(['documentary', 'written']);
    expect(radios.every((radio) => !radio.checked)).toBe(true);
    expect(choice.textContent).toContain('documentary');
    const preview = () => container.querySelector('[data-testid="draft-preview"]')?.textContent ?? '';
    expect(preview()).toContain('⟨niniejszym wypowiadam / informuję, że odrębnie przesyłam podpisane oświadczenie');

    await act(() => radios[1]!.click());
    await act(() => settle());
    expect(preview()).toContain('odrębnie przesyłam podpisane oświadczenie');
    expect(preview()).not.toContain('⟨niniejszym wypowiadam');
    expect(container.querySelector<HTMLInputElement>('[data-testid="missing-contract.requiredForm"] input[value="written"]')?.checked).toBe(true);

    await act(() => container.querySelector<HTMLInputElement>('[data-testid="missing-contract.requiredForm"] input[value="documentary"]')!.click());
    await act(() => settle());
    expect(preview()).toContain('niniejszym wypowiadam');
    expect(preview()).not.toContain('podpisane oświadczenie');
  });
});

describe('the chosen form reaches the ranking', () => {
  it('with no contract recorded, the form chosen in the notice is what the suggestions are ranked with (the cover follows it)', async () => {
    const inputs: Array<Parameters<TemplateEngine['suggest']>[0]> = [];
    const spying: TemplateEngine = { ...engine, suggest: (input) => (inputs.push(input), engine.suggest(input)) };
    const { container } = await mountSidebar({ ...deps({ store: new FakeStore(), page: new FakePage() }), templates: spying });
    expect(inputs.at(-1)?.resolvedForm).toBeUndefined();
    await act(() => (container.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    await act(() => container.querySelector<HTMLInputElement>('[data-testid="missing-contract.requiredForm"] input[value="documentary"]')!.click());
    await act(() => settle());
    expect(inputs.at(-1)?.resolvedForm).toBe('documentary');
    await act(() => container.querySelector<HTMLInputElement>('[data-testid="missing-contract.requiredForm"] input[value="written"]')!.click());
    await act(() => settle());
    expect(inputs.at(-1)?.resolvedForm).toBe('written');
  });
});

describe("the documents' yes-or-no question", () => {
  function mountForm(values: Record<string, string>, uiLang: 'pl' | 'en') {
    const used: Array<[string, string]> = [];
    const container = document.createElement('div');
    document.body.append(container);
    const t = (key: string) => key;
    render(
      <SidebarContext.Provider value={{ t, lang: uiLang } as never}>
        <MissingValues
          fields={[{ path: 'agreement.feesSettled', label: 'fees settled?', isDate: false, answers: YES_NO_ANSWERS }]}
          values={values}
          onInput={() => undefined}
          onUse={(path, value) => used.push([path, value])}
          testIdPrefix="document-"
        />
      </SidebarContext.Provider>,
      container,
    );
    return { container, used };
  }

  it('stores the canonical answer, shows a word typed before as its answer, and speaks the interface language', async () => {
    const { container, used } = mountForm({ 'agreement.feesSettled': 'tak' }, 'pl');
    const radios = [...container.querySelectorAll<HTMLInputElement>('[data-testid="document-missing-agreement.feesSettled"] input[type="radio"]')];
    expect(radios.map((radio) => radio.checked)).toEqual([true, false]);
    expect(container.textContent).toContain('tak');
    expect(container.textContent).toContain('nie');
    await act(() => radios[1]!.click());
    await act(() => settle());
    expect(used).toEqual([['agreement.feesSettled', 'no']]);
    render(null, container);
    container.remove();

    const english = mountForm({}, 'en');
    expect(english.container.textContent).toMatch(/yes.*no/);
    render(null, english.container);
    english.container.remove();
  });
});
