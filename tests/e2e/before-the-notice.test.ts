/**
 * Before the notice (issue 18), end to end in headless Chromium with the built extension on the
 * Polish Gmail fixture: write the analysis, decide the position, read the conversation plan, record
 * the call's outcome "mutual" — and the mutual agreement is the first suggestion. Checked in the UI
 * and again in the store.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, callStoreOk, launchWithExtension, type LaunchedExtension } from './harness';
import { GMAIL_PL_CASE, UI_TIMEOUT_MS, openStorePage, openWebmail, waitForStage } from './path-helpers';

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

describe('before the notice: analysis → plan → outcome', () => {
  it('walks from the analysis to a prepared call and an outcome "mutual", and the mutual agreement ranks first', async () => {
    const { sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
    await waitForStage(sidebar, 'preparation');
    const section = sidebar.getByTestId('preparation');
    await section.waitFor({ timeout: UI_TIMEOUT_MS });

    // The analysis: one problem with its date, one attempt with its result, the decision.
    const analysis = section.getByTestId('analysis-form');
    await analysis.getByTestId('add-fact').click();
    await analysis.getByTestId('fact-text').fill('Akceptacje materiałów spóźnione o dwa tygodnie');
    await analysis.getByTestId('fact-on').fill('2026-11-20');
    await analysis.getByTestId('add-attempt').click();
    await analysis.getByTestId('attempt-text').fill('Stały termin akceptacji w poniedziałki');
    await analysis.getByTestId('attempt-result').fill('bez zmian');
    await analysis.getByTestId('analysis-decision').fill('Kończymy współpracę z końcem roku');
    await analysis.getByTestId('save-analysis').click();
    // Saved and shown again from the record (the form starts from what was stored).
    await expect
      .poll(() => section.getByTestId('fact-text').inputValue({ timeout: UI_TIMEOUT_MS }), { timeout: UI_TIMEOUT_MS })
      .toBe('Akceptacje materiałów spóźnione o dwa tygodnie');
    expect(await section.getByTestId('analysis-contract').innerText()).toMatch(/okres wypowiedzenia|notice period|brak okresu|no notice period/);

    // The position, decided before the call: not open to staying, latest end 31 December.
    const position = section.getByTestId('position-form');
    await position.getByTestId('position-latest-end').fill('2026-12-31');
    await position.getByTestId('save-position').click();

    // The plan, in the client's language, rests on the analysis and the position.
    const plan = section.getByTestId('conversation-plan');
    await expect.poll(() => plan.innerText(), { timeout: UI_TIMEOUT_MS }).toMatch(/Nie zostajemy: decyzja jest ostateczna/);
    expect(await plan.getAttribute('lang')).toBe('pl');
    const reasons = await plan.locator('[data-section="reasons"]').innerText();
    expect(reasons.indexOf('Stały termin akceptacji')).toBeLessThan(reasons.indexOf('Akceptacje materiałów spóźnione'));
    expect(reasons.indexOf('Akceptacje materiałów spóźnione')).toBeLessThan(reasons.indexOf('Kończymy współpracę z końcem roku'));
    await plan.getByTestId('copy-plan').waitFor();
    await plan.getByTestId('print-plan').waitFor();

    // The call's outcome: an end by mutual agreement on 31 December.
    const outcome = section.getByTestId('outcome-form');
    await outcome.getByTestId('outcome-participants').fill('Anna Nowak');
    await outcome.getByTestId('outcome-agreed').selectOption('mutual');
    await outcome.getByTestId('outcome-end-on').fill('2026-12-31');
    await outcome.getByTestId('save-outcome').click();
    await sidebar.locator('[data-testid="outcome-summary"][data-agreed="mutual"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await sidebar.locator('[data-testid="checklist-item"][data-key="conversation"][data-done="true"]').waitFor({ timeout: UI_TIMEOUT_MS });

    // What was decided shapes what follows: the mutual agreement is the first suggestion.
    const first = sidebar.getByTestId('suggestion').first();
    await expect.poll(() => first.getAttribute('data-kind'), { timeout: UI_TIMEOUT_MS }).toBe('mutual-agreement');
    expect(await sidebar.getByTestId('suggestion').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')))).not.toContain('termination-notice');

    const store = await openStorePage(browser);
    const found = await callStoreOk(store, 'clients.match', { emails: [GMAIL_PL_CASE.otherParty.email] });
    expect(found?.offboarding?.analysis?.facts).toEqual([
      expect.objectContaining({ text: 'Akceptacje materiałów spóźnione o dwa tygodnie', on: '2026-11-20' }),
    ]);
    expect(found?.offboarding?.position).toEqual({ openToStay: false, latestEndOn: '2026-12-31' });
    expect(found?.offboarding?.outcome).toMatchObject({ agreed: 'mutual', endOn: '2026-12-31', participants: 'Anna Nowak' });
    expect(found?.offboarding?.initiator).toBe('mutual');
  });
});
