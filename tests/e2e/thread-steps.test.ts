/**
 * Starting from a thread that is already under way (issue 20): the sidebar offers the steps the
 * thread shows as done, quoting the e-mail, and ticks only what the user confirms. Headless
 * Chromium with the built extension on the Polish Gmail fixture, in which the client said they
 * will not renew and we answered.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, callStoreOk, launchWithExtension, type LaunchedExtension } from './harness';
import { GMAIL_PL_CASE, UI_TIMEOUT_MS, closedSteps, openStorePage, openWebmail, waitForStage } from './path-helpers';

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

describe('starting from a thread under way', () => {
  it('offers the steps the thread shows, with its words, and records the confirmed ones', async () => {
    const { sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
    await waitForStage(sidebar, 'preparation');

    const offer = sidebar.getByTestId('thread-steps');
    await offer.waitFor({ timeout: UI_TIMEOUT_MS });
    const steps = await offer.getByTestId('thread-step').evaluateAll((items) => items.map((item) => item.getAttribute('data-step')));
    // The client ended it: the talk before our own decision is not part of this offboarding (skipped at start).
    expect(steps).toEqual(['analysis', 'documents', 'notice']);
    const notice = offer.locator('[data-testid="thread-step"][data-step="notice"] [data-testid="thread-step-words"]');
    // The client's own words, quoted.
    expect(await notice.innerText()).toMatch(/nie przedłużymy umowy/);
    // Nothing is recorded before the user confirms.
    const before = await closedSteps(sidebar);
    expect(before).not.toContain('analysis');
    expect(before).not.toContain('notice');

    await offer.getByTestId('confirm-thread-steps').click();
    await offer.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    await waitForStage(sidebar, 'handover');
    expect(await closedSteps(sidebar)).toEqual(expect.arrayContaining(['analysis', 'documents', 'notice', ...before]));

    const store = await openStorePage(browser);
    const found = await callStoreOk(store, 'clients.match', { emails: [GMAIL_PL_CASE.otherParty.email] });
    expect(found?.offboarding?.initiator).toBe('client');
    expect(found?.offboarding?.notice).toMatchObject({ servedOn: '2024-03-04', channel: 'email', servedBy: 'client' });
  });
});
