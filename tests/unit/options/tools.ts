import { realTemplateTools } from '../../../components/options/real-template-tools';
import type { TemplateTools } from '../../../components/options/template-tools';
import type { Template } from '../../../templates/types';

/** A built-in-shaped template for the pure list tests. */
export const BUILT_IN: Template = {
  id: 'builtin-closing-thanks-pl',
  kind: 'closing-thanks',
  lang: 'pl',
  tone: 'formal',
  title: 'Podziękowanie za współpracę',
  subject: 'Dziękuję za współpracę',
  when: 'Na zakończenie',
  variables: ['salutation'],
  body: '{{salutation}}\n\ndziękuję za współpracę.\n\nZ poważaniem\n{{sender.name}}',
  builtIn: true,
};

/** The real template tools with predictable ids. */
export function testTools(): TemplateTools & { ids: string[] } {
  let counter = 0;
  const ids: string[] = [];
  return {
    ...realTemplateTools,
    ids,
    newId: () => {
      counter += 1;
      const id = `new-${counter}`;
      ids.push(id);
      return id;
    },
  };
}
