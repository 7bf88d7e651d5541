/** A client, offboarding and conversation whose every free-text field carries one hostile value. */
import type { Client, Lang } from '../../../offboarding/types';
import type { Template, TemplateVariables } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { englishClient, offboardingFor, settingsEn, settingsPl, TODAY } from '../templates/fixtures';

export function hostileClient(value: string, fields: Partial<Record<'name' | 'company' | 'notes', string>> = {}): Client {
  return {
    ...englishClient,
    name: fields.name ?? value,
    company: fields.company ?? value,
    notes: fields.notes ?? value,
    recipient: { ...englishClient.recipient, firstName: value, lastName: value, title: value },
    contract: { ...englishClient.contract, title: value, clause: value },
  };
}

export interface HostileFields {
  name: string;
  company: string;
  notes: string;
  subject: string;
}

export function hostileVariablesFrom(fields: HostileFields, lang: Lang): TemplateVariables {
  const client = hostileClient(fields.name, fields);
  const offboarding = offboardingFor(client, {
    reasonNote: fields.notes,
    settlement: [
      { id: 'h1', direction: 'receivable', description: fields.notes, amountMinor: 12345, currency: 'EUR', paid: false, invoiceNo: fields.company.slice(0, 100) },
      { id: 'h2', direction: 'liability', description: fields.name, amountMinor: 500, currency: 'EUR', paid: false },
    ],
  });
  return buildVariables({
    client,
    offboarding,
    settings: lang === 'pl' ? settingsPl : settingsEn,
    context: { subject: fields.subject, userEmail: 'jan@nowak.studio', messages: [{ from: { name: fields.name, email: 'x@example.com' } }] },
    today: TODAY,
    lang,
  });
}

export function hostileVariables(value: string, lang: Lang): TemplateVariables {
  return hostileVariablesFrom({ name: value, company: value, notes: value, subject: value }, lang);
}

/** Places each value in a paragraph, a table cell, a link text and the subject. */
export const probeTemplate: Template = {
  id: 'probe',
  kind: 'closing-thanks',
  lang: 'en',
  tone: 'formal',
  title: 'probe',
  subject: 'Re: {{conversation.subject}}',
  when: 'tests',
  variables: [],
  builtIn: false,
  body: [
    'Name: {{client.name}}',
    '',
    'Company: {{client.company}}',
    '',
    '| Item | Amount |',
    '|---|---|',
    '{{#each settlement.receivables}}',
    '| {{this.description}} | {{this.amount}} |',
    '{{/each}}',
    '',
    'Why: {{offboarding.reasonNote}}',
    '',
    '- {{conversation.latestSenderName}}',
    '',
    '[{{client.displayName}}](https://example.com/ok)',
  ].join('\n'),
};

export { TODAY };
