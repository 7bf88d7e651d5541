/**
 * Template tools for the options tests: the real engine, renderer and variable list; the validator
 * is a stand-in (syntax errors and unknown variables) until templates/custom.ts is wired.
 */
import { problemFromError } from '../../../components/options/templateTools';
import type { TemplateTools } from '../../../components/options/templateTools';
import { listVariables, parseTemplate } from '../../../templates/engine';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { KNOWN_VARIABLES, variableLabel } from '../../../templates/variables';

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

export function testTools(): TemplateTools & { ids: string[] } {
  let counter = 0;
  const ids: string[] = [];
  const known = new Set<string>(KNOWN_VARIABLES);
  return {
    ids,
    builtIns: () => [BUILT_IN],
    validate(template) {
      try {
        const unknown = listVariables(parseTemplate(template.body)).filter((path) => !known.has(path));
        return unknown.map((path) => ({ message: `Unknown variable "${path}"` }));
      } catch (error) {
        return [problemFromError(error)];
      }
    },
    copy: (template, newId) => ({ ...template, id: newId, builtIn: false, basedOn: template.id }),
    render: (template, vars, lang) => renderTemplate(template, vars, { lang }),
    variables: (lang) => KNOWN_VARIABLES.map((path) => ({ path, label: variableLabel(path, lang) })),
    newId: () => {
      counter += 1;
      const id = `new-${counter}`;
      ids.push(id);
      return id;
    },
  };
}
