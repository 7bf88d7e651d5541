import { describe, expect, it } from 'vitest';
import { analysisFromForm, outcomeFromForm, positionFromForm } from '../../../components/sidebar/preparation-form';
import { sidebarMessages } from '../../../components/sidebar/messages';

const form = { facts: [{ text: 'Spóźnione raporty', on: '2026-02-10', messageId: 'm2' }, { text: '   ', on: '', messageId: '' }], attempts: [], decision: '', reasonNote: '' };

describe('the forms of issue 18 as store changes, with errors in the UI’s words', () => {
  it('drops blank rows and links a fact to the thread’s message', () => {
    const result = analysisFromForm(form, { reason: 'fit' }, 'thread-1');
    expect(result).toEqual({ ok: true, analysis: { facts: [{ text: 'Spóźnione raporty', on: '2026-02-10', message: { threadId: 'thread-1', messageId: 'm2' } }], attempts: [] } });
  });

  it('asks for the reason in words when the reason is "other", and refuses a text over the limit', () => {
    const other = analysisFromForm(form, { reason: 'other' }, 'thread-1');
    expect(other).toEqual({ ok: false, error: { key: 'analysisReasonNoteRequired' } });
    expect(sidebarMessages.analysisReasonNoteRequired.pl).toMatch(/własnymi słowami/);
    const long = analysisFromForm({ ...form, decision: 'x'.repeat(2_001) }, { reason: 'fit' }, undefined);
    expect(long).toEqual({ ok: false, error: { key: 'textTooLong', params: { count: 2_001 } } });
  });

  it('keeps conditions only when open to staying', () => {
    const base = { scope: 'dwa kanały', price: '', timing: '', latestEndOn: '2026-04-30', notAccepted: '' };
    expect(positionFromForm({ ...base, openToStay: false })).toEqual({ ok: true, position: { openToStay: false, latestEndOn: '2026-04-30' } });
    expect(positionFromForm({ ...base, openToStay: true })).toEqual({
      ok: true,
      position: { openToStay: true, conditions: { scope: 'dwa kanały' }, latestEndOn: '2026-04-30' },
    });
  });

  it('refuses an outcome without its end date, before the call or before the start, with a message key each', () => {
    const ob = { startedOn: '2026-03-01' };
    const base = { on: '2026-03-05', participants: '', nextStep: '' };
    expect(outcomeFromForm({ ...base, agreed: 'end-date', endOn: '' }, ob)).toEqual({ ok: false, error: { key: 'outcomeEndRequired' } });
    expect(outcomeFromForm({ ...base, agreed: 'mutual', endOn: '2026-03-01' }, ob)).toEqual({ ok: false, error: { key: 'outcomeEndBeforeCall' } });
    expect(outcomeFromForm({ ...base, on: '2026-02-01', agreed: 'nothing-yet', endOn: '' }, ob)).toEqual({
      ok: false,
      error: { key: 'outcomeBeforeStart', params: { date: '2026-03-01' } },
    });
    // A date typed for "kept" is not an agreed end: it is left out.
    expect(outcomeFromForm({ ...base, agreed: 'kept', endOn: '2026-04-30' }, ob)).toEqual({ ok: true, outcome: { on: '2026-03-05', agreed: 'kept' } });
  });
});
