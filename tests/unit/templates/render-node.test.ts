import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../templates/render';

describe('rendering without a DOM', () => {
  it('renders in plain Node: no window, no document', () => {
    expect((globalThis as { document?: unknown }).document).toBeUndefined();
    const draft = renderTemplate({ body: 'Hi **{{name}}**\n\n- a\n- b', subject: 'y' }, { name: '<b>Ann</b>' }, { lang: 'pl' });
    expect(draft.html).toBe('<p>Hi <strong>&lt;b&gt;Ann&lt;/b&gt;</strong></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>');
    expect(draft.text).toBe('Hi <b>Ann</b>\n\n- a\n- b');
  });
});
