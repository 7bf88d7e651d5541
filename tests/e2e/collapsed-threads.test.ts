import { afterEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, OUTLOOK_THREAD_URL, launchWithExtension, type LaunchedExtension } from './harness';
import { openWebmail, UI_TIMEOUT_MS } from './path-helpers';

/**
 * Threads as the real apps show them: earlier messages collapsed (header only), the newest one the
 * user's own. The client is recognised from an earlier sender's header, in every UI language.
 */
const CASES = [
  { fixture: 'gmail-thread-collapsed-en.html', url: `${GMAIL_THREAD_URL}c1`, client: 'Mark Davies' },
  { fixture: 'gmail-thread-collapsed-pl.html', url: `${GMAIL_THREAD_URL}c2`, client: 'Anna Nowak' },
  { fixture: 'gmail-thread-collapsed-ru.html', url: `${GMAIL_THREAD_URL}c3`, client: 'Иван Петров' },
  { fixture: 'outlook-thread-collapsed-en.html', url: OUTLOOK_THREAD_URL, client: 'Mark Davies' },
] as const;

describe('threads whose earlier messages are collapsed', () => {
  // A browser each: a client started in one case must not be the known client of the next.
  let browser: LaunchedExtension | undefined;
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  for (const testCase of CASES) {
    it(`${testCase.fixture}: the sidebar starts the offboarding for the earlier sender, not the user`, async () => {
      browser = await launchWithExtension();
      const { sidebar } = await openWebmail(browser, testCase.url, { fixture: testCase.fixture });
      await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
      await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe(testCase.client);
    });
  }
});
