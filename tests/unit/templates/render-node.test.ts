import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../templates/render';

describe('rendering without a DOM', () => {
  it('asks for a window instead of failing obscurely', () => {
    expect(() => renderTemplate({ body: 'x', subject: 'y' }, {}, { lang: 'pl' })).toThrow(/configureSanitizer/);
  });
});
