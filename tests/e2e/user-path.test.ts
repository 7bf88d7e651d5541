/**
 * The whole user path in headless Chromium with the built extension: open a conversation, start the
 * offboarding from the sidebar, pick the top suggestion in the thread's language, insert it into the
 * reply above the signature, tick the step it belongs to, and find the client in the popup. Then one
 * client goes through serving the notice to the feedback request. Every step is checked in the UI
 * and again in the store.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepCompletedBy } from '../../templates/kinds';
import type { TemplateKind } from '../../templates/types';
import { CHECKLIST_KEYS, type ChecklistKey } from '../../offboarding/types';
import { GMAIL_THREAD_URL, OUTLOOK_THREAD_URL, callStoreOk, launchWithExtension, type LaunchedExtension } from './harness';
import {
  GMAIL_PL_CASE,
  OUTLOOK_EN_CASE,
  UI_TIMEOUT_MS,
  checklistItem,
  closedSteps,
  doneItem,
  draftLines,
  openStorePage,
  openWebmail,
  positionsInEditor,
  serveNoticeInSidebar,
  tickStep,
  waitForStage,
  type WebmailCase,
} from './path-helpers';

const CASES: WebmailCase[] = [
  { ...GMAIL_PL_CASE, url: GMAIL_THREAD_URL },
  { ...OUTLOOK_EN_CASE, url: OUTLOOK_THREAD_URL },
];

const byChecklistOrder = (a: string, b: string) =>
  CHECKLIST_KEYS.indexOf(a as ChecklistKey) - CHECKLIST_KEYS.indexOf(b as ChecklistKey);

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

/** From "not a client yet" to a started offboarding with the details confirmed in the form. */
async function startFromConversation(sidebar: FrameLocator, testCase: WebmailCase): Promise<void> {
  const party = sidebar.getByTestId('other-party');
  await party.waitFor({ timeout: UI_TIMEOUT_MS });
  expect(await party.innerText()).toContain(testCase.otherParty.name);
  expect(await party.innerText()).toContain(testCase.otherParty.email);
  await sidebar.getByTestId('start-offboarding').click();

  await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe(testCase.otherParty.name);
  await waitForStage(sidebar, 'preparation');
  // The details form opens right after starting: confirm the form of address and save.
  const form = sidebar.getByTestId('client-form');
  await form.waitFor({ timeout: UI_TIMEOUT_MS });
  await form.getByRole('radio', { name: testCase.addressFormLabel }).check();
  // Labels in either UI language: the browser's language decides which one the sidebar shows.
  await form.getByRole('textbox', { name: /^(First name|Imię)$/ }).fill(testCase.firstName);
  await form.getByTestId('save-client').click();
  await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

async function suggestionsOf(sidebar: FrameLocator): Promise<Array<{ kind: string; lang: string }>> {
  const list = sidebar.getByTestId('suggestion');
  await list.first().waitFor({ timeout: UI_TIMEOUT_MS });
  return list.evaluateAll((items) =>
    items.map((item) => ({ kind: item.getAttribute('data-kind') ?? '', lang: item.getAttribute('data-lang') ?? '' })),
  );
}

async function findClient(storePage: Page, email: string) {
  const found = await callStoreOk(storePage, 'clients.match', { emails: [email] });
  if (!found) throw new Error(`No client matches ${email}`);
  return found;
}

describe('the user path, end to end', () => {
  for (const testCase of CASES) {
    it(`${testCase.label}: start, suggest in ${testCase.lang}, insert above the signature, tick the step, see it in the popup`, async () => {
      const { page, sidebar } = await openWebmail(browser, testCase.url, { fixture: testCase.fixture });
      await startFromConversation(sidebar, testCase);

      // Ranked suggestions, all in the thread's language, one per kind.
      const suggestions = await suggestionsOf(sidebar);
      expect(suggestions.length).toBeGreaterThan(1);
      expect(suggestions.every((s) => s.lang === testCase.lang)).toBe(true);
      expect(new Set(suggestions.map((s) => s.kind)).size).toBe(suggestions.length);
      // The first suggestion whose message completes a checklist step (an acknowledgement, say,
      // completes none); it must be near the top.
      const index = suggestions.findIndex((s) => stepCompletedBy(s.kind as TemplateKind) !== null);
      expect(index).toBeGreaterThanOrEqual(0);
      expect(index).toBeLessThan(3);
      const kind = suggestions[index]!.kind as TemplateKind;
      const step = stepCompletedBy(kind) as ChecklistKey;

      // Select it: the preview shows the rendered message, addressed as the thread's language wants.
      const chosen = sidebar.getByTestId('suggestion').nth(index);
      await chosen.getByTestId('select-suggestion').click();
      const preview = chosen.getByTestId('draft-preview');
      await preview.waitFor({ timeout: UI_TIMEOUT_MS });
      const lines = await draftLines(preview, 2);
      expect(lines.length).toBe(2);
      expect(lines[0]).toBe(testCase.salutation);

      // Insert it: the text lands in the reply editor, above the signature.
      const closedBefore = await closedSteps(sidebar);
      expect(closedBefore).not.toContain(step);
      await chosen.getByTestId('insert-draft').click();
      await expect
        .poll(async () => (await positionsInEditor(page, testCase.editorSelector, lines[1]!, testCase.signatureText)).text, {
          timeout: UI_TIMEOUT_MS,
        })
        .toBeGreaterThanOrEqual(0);
      for (const line of lines) {
        const at = await positionsInEditor(page, testCase.editorSelector, line, testCase.signatureText);
        expect(at.text, `"${line}" in the editor: ${at.editorText}`).toBeGreaterThanOrEqual(0);
        expect(at.signature).toBeGreaterThan(at.text);
      }

      // The sidebar offers the checklist step that message belongs to; accepting ticks it.
      const offer = sidebar.getByTestId('tick-offer');
      await offer.waitFor({ timeout: UI_TIMEOUT_MS });
      await offer.getByTestId('accept-offer').click();
      await doneItem(sidebar, step).waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await closedSteps(sidebar)).toEqual([...closedBefore, step].sort(byChecklistOrder));
      // The analysis step is still open, so the client is still in preparation.
      const stage = 'preparation';
      await waitForStage(sidebar, stage);

      // The popup lists the client in its stage; the store agrees.
      const popup = await openStorePage(browser);
      const row = popup.getByTestId('overview-row').filter({ hasText: testCase.otherParty.name });
      await row.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await row.getAttribute('data-stage')).toBe(stage);

      const found = await findClient(popup, testCase.otherParty.email);
      expect(found.client.name).toBe(testCase.otherParty.name);
      expect(found.client.language).toBe(testCase.lang);
      expect(found.stage).toBe(stage);
      expect(found.offboarding?.checklist[step].doneAt).toEqual(expect.any(String));
      expect(found.offboarding?.thread?.provider).toBe(testCase.url.includes('google') ? 'gmail' : 'outlook');
      const events = await callStoreOk(popup, 'events.list', { clientId: found.client.id });
      const inserted = events.filter((e) => e.type === 'draft-inserted');
      expect(inserted).toHaveLength(1);
      expect(inserted[0]?.data).toEqual({ kind, lang: testCase.lang, fingerprint: expect.any(String) });
      expect(inserted[0]?.offboardingId).toBe(found.offboarding?.id);
    });
  }

  it('Gmail, Polish thread: one client from starting through serving the notice to the feedback request', async () => {
    const testCase: WebmailCase = { ...GMAIL_PL_CASE, url: GMAIL_THREAD_URL };
    const { sidebar } = await openWebmail(browser, testCase.url, { fixture: testCase.fixture });
    await startFromConversation(sidebar, testCase);
    // Before the notice: no feedback request yet.
    expect((await suggestionsOf(sidebar)).map((s) => s.kind)).not.toContain('feedback-request');

    for (const key of ['analysis', 'conversation', 'documents'] as const) await tickStep(sidebar, key);
    await waitForStage(sidebar, 'notice');

    await serveNoticeInSidebar(sidebar, '2024-03-05');
    await waitForStage(sidebar, 'handover');
    // The served date is shown in the UI language's format.
    expect(await checklistItem(sidebar, 'notice').getByTestId('notice').innerText()).toMatch(/5 Mar 2024|05\.03\.2024/);

    for (const key of ['handover', 'assets-access', 'personal-data'] as const) await tickStep(sidebar, key);
    await waitForStage(sidebar, 'settlement');
    await tickStep(sidebar, 'settlement');
    await waitForStage(sidebar, 'closing');
    await tickStep(sidebar, 'closing-message');
    await waitForStage(sidebar, 'follow-up');

    // Follow-up: the feedback request is suggested, in the thread's language.
    await expect
      .poll(async () => (await suggestionsOf(sidebar)).filter((s) => s.kind === 'feedback-request').map((s) => s.lang), {
        timeout: UI_TIMEOUT_MS,
      })
      .toContain('pl');

    const storePage = await openStorePage(browser);
    const found = await findClient(storePage, testCase.otherParty.email);
    expect(found.stage).toBe('follow-up');
    expect(found.offboarding?.notice).toMatchObject({ servedOn: '2024-03-05', channel: 'email', acknowledgementRequested: true });
    const events = await callStoreOk(storePage, 'events.list', { clientId: found.client.id });
    expect(events.filter((e) => e.type === 'notice-served')).toHaveLength(1);
    const stages = events.filter((e) => e.type === 'stage-changed').map((e) => e.data.to);
    expect(stages).toEqual(expect.arrayContaining(['notice', 'handover', 'settlement', 'closing', 'follow-up']));
    const row = storePage.getByTestId('overview-row').filter({ hasText: testCase.otherParty.name });
    await row.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await row.getAttribute('data-stage')).toBe('follow-up');
  });
});
