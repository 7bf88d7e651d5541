// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../webmail/context';
import { analyseConversation, languageFromTag } from '../../../webmail/analysis';
import { gmailAdapter } from '../../../webmail/adapters';
import { outlookAdapter } from '../../../webmail/adapters';
import { loadFixture } from './helpers';

describe('language of a new message without a thread', () => {
  it.each([
    ['gmail-compose-en.html', 'https://mail.google.com/mail/u/0/#inbox?compose=new', 'en'],
    ['gmail-compose-pl.html', 'https://mail.google.com/mail/u/0/#inbox?compose=new', 'pl'],
  ] as const)('takes the Gmail UI language (%s)', (fixture, url, language) => {
    const { window } = loadFixture(fixture, url);
    expect(gmailAdapter.readContext(window.document).language).toBe(language);
  });

  it.each([
    ['outlook-compose-en.html', 'en'],
    ['outlook-compose-pl.html', 'pl'],
  ] as const)('takes the Outlook UI language (%s)', (fixture, language) => {
    const { window } = loadFixture(fixture, 'https://outlook.office.com/mail/deeplink/compose');
    expect(outlookAdapter.readContext(window.document).language).toBe(language);
  });

  it('never overrides what a thread says, and ignores languages we do not write in', () => {
    const base = { provider: 'gmail' as const, url: 'https://mail.google.com/', messages: [] };
    expect(analyseConversation(buildContext({ ...base, compose: { open: true, kind: 'new' }, uiLanguage: 'de' })).language).toBe('other');
    expect(analyseConversation(buildContext({ ...base, compose: { open: true, kind: 'new' } })).language).toBe('other');
    // A reply's language comes from its thread, never from the UI.
    expect(analyseConversation(buildContext({ ...base, compose: { open: true, kind: 'reply' }, uiLanguage: 'pl' })).language).toBe('other');
    expect(analyseConversation(buildContext({ ...base, subject: 'Final invoice and thank you', compose: { open: true, kind: 'new' }, uiLanguage: 'pl' })).language).toBe('en');
  });

  it('reads language tags by their primary subtag', () => {
    expect(languageFromTag('pl-PL')).toBe('pl');
    expect(languageFromTag('EN_gb')).toBe('en');
    expect(languageFromTag(' en ')).toBe('en');
    expect(languageFromTag('plx')).toBe('other');
    expect(languageFromTag('')).toBe('other');
    expect(languageFromTag(undefined)).toBe('other');
  });
});
