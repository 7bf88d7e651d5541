/**
 * After the end, in the built extension: from the client's reply open in Gmail, keep it as feedback
 * (with a score) and as a testimonial the client allows to publish anonymously; then the insights
 * page shows the score, the NPS and the testimonial ready to export.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, callStoreOk, launchWithExtension, openExtensionPage, type LaunchedExtension } from './harness';
import { GMAIL_PL_CASE, UI_TIMEOUT_MS, openStorePage, openWebmail } from './path-helpers';

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

describe('capture from the thread → insights', () => {
  it('keeps feedback and a testimonial from the open reply and shows them on the insights page', async () => {
    const { sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    await sidebar.getByTestId('start-offboarding').click();
    const form = sidebar.getByTestId('client-form');
    await form.waitFor({ timeout: UI_TIMEOUT_MS });
    await form.getByTestId('save-client').click();
    await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });

    // Feedback: one click opens the form filled from the reply, the user gives the score, one click keeps it.
    await sidebar.getByTestId('keep-feedback').click();
    await sidebar.getByTestId('feedback-score').fill('9');
    await sidebar.getByTestId('save-feedback').click();
    await sidebar.getByTestId('kept-feedback').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await sidebar.getByTestId('kept-feedback').getAttribute('data-score')).toBe('9');

    await sidebar.getByTestId('keep-testimonial').click();
    await sidebar.getByTestId('testimonial-form').getByRole('radio', { name: /^(Only anonymously|Tylko anonimowo)$/ }).check();
    await sidebar.getByTestId('placement-website').check();
    await sidebar.getByTestId('save-testimonial').click();
    await sidebar.getByTestId('kept-testimonial').waitFor({ timeout: UI_TIMEOUT_MS });

    // The store has both, linked to the Gmail thread they came from.
    const storePage = await openStorePage(browser);
    const found = await callStoreOk(storePage, 'clients.match', { emails: [GMAIL_PL_CASE.otherParty.email] });
    const offboarding = found?.offboarding;
    expect(offboarding?.feedback?.[0]).toMatchObject({ score: 9, source: { provider: 'gmail' } });
    expect(offboarding?.feedback?.[0]?.quote.length).toBeGreaterThan(0);
    expect(offboarding?.testimonials?.[0]).toMatchObject({ consent: 'anonymous', placements: ['website'] });
    const events = await callStoreOk(storePage, 'events.list', { clientId: found!.client.id });
    expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(['feedback-captured', 'testimonial-captured']));

    const insights = await openExtensionPage(browser.context, browser.extensionId, 'insights.html');
    const nps = insights.getByTestId('insights-nps');
    await nps.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await nps.getAttribute('data-nps')).toBe('100');
    expect(await insights.getByTestId('insights-summary').getAttribute('data-total')).toBe('1');
    const scoreRows = await insights.getByTestId('chart-scores-table').locator('tbody tr').allInnerTexts();
    expect(scoreRows[9]?.replace(/\s+/g, ' ')).toBe('9 1');
    expect(await insights.getByTestId('export-testimonials-md').isEnabled()).toBe(true);
    // The chart is drawn on a canvas next to its table.
    expect(await insights.getByTestId('chart-scores').locator('canvas').count()).toBeGreaterThan(0);
  });
});
