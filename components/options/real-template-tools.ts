/** The template tools backed by templates/: the shipped library, the validator and the renderer. */
import { newId } from '../../offboarding/ids';
import { copyBuiltIn, KNOWN_VARIABLES, validateCustomTemplate } from '../../templates/custom';
import { builtInTemplates } from '../../templates/library';
import { renderTemplate } from '../../templates/render';
import { variableLabel } from '../../templates/variable-labels';
import type { TemplateTools } from './template-tools';

export const realTemplateTools: TemplateTools = {
  builtIns: builtInTemplates,
  validate: (template) => validateCustomTemplate(template, KNOWN_VARIABLES),
  copy: copyBuiltIn,
  render: (template, vars, lang) => renderTemplate(template, vars, { lang }),
  variables: (lang) => KNOWN_VARIABLES.map((path) => ({ path, label: variableLabel(path, lang) })),
  newId,
};
