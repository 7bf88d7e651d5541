import { describe, expect, it } from 'vitest';
import { draftForCompose } from '../../../templates/compose';

const rendered = { html: '<p>Dzień dobry</p>', text: 'Dzień dobry', subject: 'Wypowiedzenie umowy' };

describe('draftForCompose', () => {
  it('gives a new message its subject', () => {
    expect(draftForCompose(rendered, 'new')).toEqual(rendered);
  });
  it('never sets a subject on a reply, nor when the compose kind is unknown', () => {
    expect(draftForCompose(rendered, 'reply')).toEqual({ html: rendered.html, text: rendered.text });
    expect(draftForCompose(rendered, undefined)).not.toHaveProperty('subject');
  });
  it('leaves an empty subject out of a new message', () => {
    expect(draftForCompose({ ...rendered, subject: '' }, 'new')).not.toHaveProperty('subject');
  });
});
