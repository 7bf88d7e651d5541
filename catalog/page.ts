/**
 * The reviewer's catalogue: every template of the library rendered for one scenario, as one
 * readable Markdown page. Rendering is the sidebar's own (buildVariables → renderTemplate, as
 * components/sidebar/drafts.ts renderDraft does); nothing here reads a clock, so a page depends
 * only on its scenario and the library.
 */
import type { AddressForm, Client, ContractType, HandoverItem, Initiator, Lang, Offboarding, SenderForm, Settings, SettlementItem } from '../offboarding/types';
import { formatMoney } from '../offboarding/settlement';
import { formatNoticePeriod } from '../templates/format';
import { renderTemplate } from '../templates/render';
import { templateNotOfferedFor, type NotOffered } from '../templates/contract-types';
import { TEMPLATE_KINDS, type RenderedDraft, type Template } from '../templates/types';
import { buildVariables } from '../templates/variables';
import { variableLabel } from '../templates/variable-labels';
import { suggest } from '../templates/suggest';
import { describeReason } from '../templates/reasons';
import { proposedValues, type ProposedValue } from '../templates/thread-facts';
import type { Scenario } from './scenarios';

export interface CatalogEntry {
  template: Template;
  draft: RenderedDraft;
  /** Values the sidebar offers for missing ones from the record (never used until confirmed). */
  proposals?: ProposedValue[];
}

/** A template the sidebar would not offer for the scenario's contract: listed, never rendered. */
export interface NotOfferedEntry {
  template: Template;
  why: NotOffered;
}

export interface CatalogSection {
  lang: Lang;
  entries: CatalogEntry[];
  notOffered: NotOfferedEntry[];
}

export interface RenderedScenario {
  scenario: Scenario;
  sections: CatalogSection[];
  /** What the sidebar would suggest first for the record alone (no conversation open), best first. */
  suggested: Array<{ templateId: string; reasons: string[] }>;
}

/** How many suggestions the page lists: the sidebar shows three at a time. */
const SUGGESTIONS_SHOWN = 3;

export interface CatalogPage {
  /** `<scenario id>.md` */
  fileName: string;
  markdown: string;
}

/** The library's templates in catalogue order: kind (process order), variant, tone, id. */
export function catalogOrder(templates: readonly Template[]): Template[] {
  const kindIndex = (template: Template): number => TEMPLATE_KINDS.indexOf(template.kind);
  const tones = ['formal', 'warm'];
  return [...templates].sort(
    (a, b) =>
      kindIndex(a) - kindIndex(b) ||
      compareText(a.variant ?? '', b.variant ?? '') ||
      tones.indexOf(a.tone) - tones.indexOf(b.tone) ||
      compareText(a.id, b.id),
  );
}

/** Code-point order: the same on every machine and locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Renders every template of each of the scenario's languages exactly as the sidebar would. */
export function renderScenario(scenario: Scenario, templates: readonly Template[]): RenderedScenario {
  const ordered = catalogOrder(templates);
  const sections = scenario.languages.map((lang) => {
    // Per template, as the sidebar renders it: the salutation follows the template's tone.
    const inLang = ordered.filter((template) => template.lang === lang);
    const situation = { today: scenario.today, offboarding: scenario.offboarding ?? null };
    // The same table as the suggestion ranking (templates/contract-types.ts).
    const notOffered = inLang.flatMap((template) => {
      const why = templateNotOfferedFor(template, scenario.client, situation);
      return why ? [{ template, why }] : [];
    });
    const entries = inLang
      .filter((template) => templateNotOfferedFor(template, scenario.client, situation) === undefined)
      .map((template) => {
        const vars = buildVariables({
          ...(scenario.client ? { client: scenario.client } : {}),
          ...(scenario.offboarding ? { offboarding: scenario.offboarding } : {}),
          ...(scenario.context ? { context: scenario.context } : {}),
          settings: scenario.settings,
          today: scenario.today,
          lang,
          tone: template.tone,
          ...(scenario.values ? { overrides: scenario.values } : {}),
        });
        const draft = renderTemplate(template, vars, { lang });
        // What the sidebar offers from the record (the scenario holds no thread to read dates from).
        const offboarding = scenario.offboarding;
        const proposals = proposedValues(draft.missing, null, offboarding?.outcome ?? null, offboarding ? { reason: offboarding.reason, ...(offboarding.reasonNote ? { reasonNote: offboarding.reasonNote } : {}), lang } : null, scenario.today);
        return { template, draft, ...(proposals.length > 0 ? { proposals } : {}) };
      });
    return { lang, entries, notOffered };
  });
  // The ranking sees what the sidebar sees with the client picked by hand: the record, not a thread.
  const suggested = suggest({
    context: null,
    client: scenario.client ?? null,
    offboarding: scenario.offboarding ?? null,
    templates,
    today: scenario.today,
    settings: scenario.settings,
  })
    .slice(0, SUGGESTIONS_SHOWN)
    .map((suggestion) => ({ templateId: suggestion.template.id, reasons: suggestion.reasons.map((reason) => describeReason(reason, 'en')) }));
  return { scenario, sections, suggested };
}

/** The whole catalogue: one page per scenario, in the file's order. */
export function renderCatalog(scenarios: readonly Scenario[], templates: readonly Template[], source: string): CatalogPage[] {
  return scenarios.map((scenario) => ({
    fileName: `${scenario.id}.md`,
    markdown: formatScenarioPage(renderScenario(scenario, templates), source),
  }));
}

// ——— the page ———

const LANGUAGE_NAMES: Record<Lang, string> = { pl: 'Polish', en: 'English' };

const NOT_OFFERED_WORDS: Record<NotOffered, string> = {
  'contract-type': 'not offered for this contract type',
  'type-unknown': 'not offered: the contract type is not recorded, and this text is for an umowa o dzieło alone — enter the type to have it offered',
  'no-fixed-term': 'not offered: the record holds no fixed term',
  'end-of-month-rule': "not offered: the contract's end-of-month rule (or its absence) calls for the other notice variant",
  'no-written-form': 'not offered: the contract does not require written form, so there is no signed statement to cover',
  'form-unknown': "not offered: the contract's form is not known yet — choose it in the notice",
  'nothing-overdue': 'not offered today: nothing recorded is overdue yet',
  'notice-served': 'not offered: the record says the sender has already served notice',
  'client-ended': 'not offered: the record says the client has already ended the contract',
  acknowledged: "not offered: the record says the client's notice was already acknowledged",
  'offboarding-closed': 'not offered: the record says the offboarding is closed',
  'nothing-open': 'not offered: the record holds no unpaid amount the client owes',
  'not-yet-requested': 'not offered: the unpaid amount has no due date and no request for payment was sent yet — send the settlement or a payment request first (it falls due on demand, art. 455 k.c.)',
  'money-overdue': 'not offered: an amount the client owes is overdue — thanks or a favour asked now would read as pressure',
  'nothing-owed': 'not offered: no unpaid amount is recorded, and a demand before legal action needs one that is overdue or due on demand',
  'no-due-date': 'not offered: the unpaid amount has no recorded due date (it falls due on demand, art. 455 k.c.)',
  'no-client-withdrawal': "not offered: the record says the sender is ending the contract and holds no withdrawal of the client's",
  'debt-protocol': 'not offered: the client is an individual or sole trader in England and Wales, so the demand is the Letter of Claim under the Pre-Action Protocol for Debt Claims',
  'not-debt-protocol': 'not offered: the Letter of Claim is for an individual or sole trader in England and Wales under a law other than Polish',
  'payment-timing': 'not offered today: the recorded due date calls for another of the before / on / after reminders',
};

/** The repository's own scenario file, whose pages `npm run catalog:update` keeps in tests/golden/catalog/. */
export const GOLDEN_SCENARIOS = 'tests/golden/scenarios.json';

/** Which command made the page from which file: the golden pages' line, or the file the reviewer gave. */
export function generatedNote(source: string): string {
  const file = source.replace(/\\/g, '/').replace(/-->/g, '-- >');
  return source === GOLDEN_SCENARIOS
    ? `<!-- Generated by \`npm run catalog:update\` from ${GOLDEN_SCENARIOS}; do not edit by hand. -->`
    : `<!-- Generated by \`npm run catalog\` from ${file}; do not edit by hand. -->`;
}

/** One scenario's page; `source` is the scenario file as the command names it (relative to the repository when inside it). */
export function formatScenarioPage(rendered: RenderedScenario, source: string): string {
  const { scenario, sections } = rendered;
  const lines: string[] = [
    `# Scenario \`${scenario.id}\``,
    '',
    literal(scenario.description),
    '',
    generatedNote(source),
    '',
    '## The scenario in words',
    '',
    ...describeScenario(scenario).map((line) => `- ${line}`),
    '',
    '## What the sidebar suggests first',
    '',
    'For the record alone, with no conversation open (a conversation adds its own cues):',
    '',
    ...(rendered.suggested.length === 0
      ? ['- nothing']
      : rendered.suggested.map(({ templateId, reasons }, index) => `${index + 1}. \`${templateId}\`${reasons.length ? ` — ${reasons.map(literal).join('; ')}` : ''}`)),
  ];
  for (const section of sections) {
    lines.push('', `## Messages in ${LANGUAGE_NAMES[section.lang]}`);
    let kind = '';
    for (const entry of section.entries) {
      if (entry.template.kind !== kind) {
        kind = entry.template.kind;
        lines.push('', `### ${kind}`);
      }
      lines.push('', ...formatEntry(entry, section.lang));
    }
    if (section.notOffered.length > 0) {
      lines.push('', '### Not offered for this contract', '');
      for (const { template, why } of section.notOffered) lines.push(`- \`${template.id}\` — ${NOT_OFFERED_WORDS[why]}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

function formatEntry({ template, draft, proposals = [] }: CatalogEntry, lang: Lang): string[] {
  const traits = [template.tone, ...(template.variant ? [`variant ${template.variant}`] : [])].join(', ');
  const fence = fenceFor(draft.text);
  const offered = (path: string): string => {
    const proposal = proposals.find((entry) => entry.path === path);
    if (!proposal) return '';
    const from = proposal.source === 'reply-period' ? `proposed ${proposal.days ?? '?'} days from today` : 'offered from the record';
    return ` — ${from}, for the user to confirm: ${literal(proposal.value)}`;
  };
  const missing =
    draft.missing.length === 0
      ? ['**Missing values:** none.']
      : ['**Missing values:**', '', ...draft.missing.map((path) => `- ${variableLabel(path, lang)} (\`${path}\`)${offered(path)}`)];
  return [
    `#### \`${template.id}\` — ${literal(template.title)}`,
    '',
    `*${traits}* · when: ${literal(template.when)}`,
    '',
    `**Subject:** ${literal(draft.subject)}`,
    '',
    `${fence}text`,
    draft.text,
    fence,
    '',
    ...missing,
  ];
}

/** A code fence longer than any run of backticks in the text, so no text can close it. */
function fenceFor(text: string): string {
  const longest = Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  return '`'.repeat(Math.max(3, longest + 1));
}

// ——— the scenario in words ———

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const weekday = new Date(Date.UTC(year ?? 0, (month ?? 1) - 1, day ?? 1)).getUTCDay();
  return `${iso} (${WEEKDAYS[weekday]})`;
}

function quoted(value: string | undefined): string {
  return value === undefined || value.trim() === '' ? 'not recorded' : `“${literal(value)}”`;
}

/** A value on one line of the page: no line break, and no "<" that a Markdown viewer could take for HTML. */
function literal(value: string): string {
  return value.replace(/\s*[\r\n]+\s*/g, ' ').replace(/</g, '&lt;');
}

export function describeScenario(scenario: Scenario): string[] {
  const lines = [
    `Today: ${dayInWords(scenario.today)}.`,
    `Message language: ${scenario.languages.map((lang) => LANGUAGE_NAMES[lang]).join(', then ')}${scenario.languages.length > 1 ? ' (the scenario names none, so both are rendered)' : ''}.`,
    ...describeSettings(scenario.settings),
    ...(scenario.client ? describeClient(scenario.client) : ['Client: none — no client record.']),
    ...(scenario.offboarding ? describeOffboarding(scenario.offboarding) : ['Offboarding: none recorded.']),
  ];
  const context = scenario.context;
  if (!context) {
    lines.push('Conversation: none open.');
  } else {
    const senders = (context.messages ?? []).map((message) => [message.from.name && literal(message.from.name), message.from.email && `(${literal(message.from.email)})`].filter(Boolean).join(' ') || 'unknown sender');
    lines.push(
      `Conversation: subject ${quoted(context.subject)}; the user's address ${quoted(context.userEmail)}; ${senders.length} message(s)${senders.length ? ` from ${senders.join(', ')}` : ''}.`,
    );
  }
  lines.push(
    ...undescribed('settings', scenario.settings, DESCRIBED_SETTINGS),
    ...(scenario.client ? undescribed('client', scenario.client, DESCRIBED_CLIENT) : []),
    ...(scenario.offboarding ? undescribed('offboarding', scenario.offboarding, DESCRIBED_OFFBOARDING) : []),
  );
  return lines;
}

/*
 * Words for the store's enumerations. Partial on purpose: a value added to the store later (a new
 * contract type, say) shows as itself until it gets words here, instead of breaking the catalogue.
 */
function words<T extends string>(map: Partial<Record<T, string>>, value: T): string {
  return map[value] ?? value;
}

const SENDER_FORMS: Partial<Record<SenderForm, string>> = { m: 'masculine singular (podjąłem)', f: 'feminine singular (podjęłam)', we: 'plural, the firm’s “we” (podjęliśmy)' };

function describeSettings(settings: Settings): string[] {
  const profile = settings.profile;
  return [
    `Sender: name ${quoted(profile.name)}; company ${quoted(profile.company)}; role ${quoted(profile.role)}; e-mail ${quoted(profile.email)}; phone ${quoted(profile.phone)}.`,
    `Sender's form: ${profile.senderForm ? words(SENDER_FORMS, profile.senderForm) : 'not given yet (a missing value)'}; signature: ${profile.signature === 'template' ? 'the message signs with the name' : 'left to the webmail’s own signature'}.`,
    `Defaults: tone ${settings.defaultTone}, language ${LANGUAGE_NAMES[settings.defaultLanguage]}, notice period ${formatNoticePeriod(settings.defaultNoticePeriod, 'en') ?? 'none'} (defaults steer suggestions, not the texts below).`,
  ];
}

const RECIPIENT_FORMS: Partial<Record<AddressForm, string>> = { pan: 'Pan (a man)', pani: 'Pani (a woman)', panstwo: 'Państwo (a company or several people)' };
const CONTRACT_TYPES: Partial<Record<ContractType, string>> = { service: 'services agreement (umowa o świadczenie usług)', zlecenie: 'mandate (umowa zlecenia)', dzielo: 'contract for specific work (umowa o dzieło)', other: 'other' };

function describeClient(client: Client): string[] {
  const { recipient, contract } = client;
  return [
    `Client: name ${quoted(client.name)}; company ${quoted(client.company)}; e-mail ${client.emails.length ? literal(client.emails.join(', ')) : 'not recorded'}; language ${LANGUAGE_NAMES[client.language]}.`,
    `Recipient: ${words(RECIPIENT_FORMS, recipient.form)}; first name ${quoted(recipient.firstName)}; last name ${quoted(recipient.lastName)}; title ${quoted(recipient.title)}; ${recipient.warm ? 'warm first-name salutation chosen' : 'formal salutation'}.`,
    `Contract: ${contract.type === undefined ? 'type not recorded' : words(CONTRACT_TYPES, contract.type)}; title ${quoted(contract.title)}; signed ${contract.signedOn ?? 'on a date not recorded'}; clause ${quoted(contract.clause)}; clause for termination for breach ${quoted(contract.breachClause)}.`,
    `Notice terms: period ${formatNoticePeriod(contract.noticePeriod, 'en') ?? 'none recorded'}${contract.endOfMonth ? ', effective at the end of a calendar month' : ''}; ${contract.requiredForm === 'written' ? 'written form on pain of invalidity (a signed letter or a qualified e-signature)' : contract.requiredForm === 'documentary' ? 'documentary form (an e-mail suffices)' : 'the form the notice needs not recorded'}.`,
    `Governing law: ${contract.governingLaw === 'pl' ? 'Polish law' : contract.governingLaw === 'other' ? 'another law (not Polish)' : 'not recorded (Polish statutes are cited only in Polish messages)'}.`,
  ];
}

const INITIATORS: Partial<Record<Initiator, string>> = { we: 'the user', client: 'the client', mutual: 'both, by agreement' };

function describeOffboarding(offboarding: Offboarding): string[] {
  const notice = offboarding.notice;
  const lines = [
    `Offboarding: started ${offboarding.startedOn} by ${words(INITIATORS, offboarding.initiator)}; reason ${offboarding.reason}${offboarding.reasonNote ? ` (${quoted(offboarding.reasonNote)})` : ''}${offboarding.closedOn ? `; closed ${offboarding.closedOn}` : ''}.`,
    notice
      ? `Notice: served ${notice.servedOn} by ${notice.servedBy === 'we' ? 'the user' : 'the client'} via ${notice.channel}; acknowledgement ${notice.acknowledgementRequested ? 'requested' : 'not requested'}${notice.acknowledgedOn ? `, acknowledged ${notice.acknowledgedOn}` : ''}.`
      : 'Notice: not served yet.',
  ];
  if (offboarding.settlement.length === 0) {
    lines.push('Settlement: no items.');
  } else {
    lines.push(`Settlement: ${offboarding.settlement.length} item(s): ${offboarding.settlement.map(describeItem).join('; ')}.`);
  }
  // Shown only where a scenario records one: older scenario files have none.
  const inventory = offboarding.inventory ?? [];
  if (inventory.length > 0) lines.push(`Handover inventory: ${inventory.length} item(s): ${inventory.map(describeHandoverItem).join('; ')}.`);
  return lines;
}

function describeHandoverItem(item: HandoverItem): string {
  const parts = [`${item.kind} ${quoted(item.name)}`, `${item.state}${item.on ? ` ${item.on}` : ''}`];
  if (item.recipient) parts.push(`recipient ${quoted(item.recipient)}`);
  if (item.note) parts.push(`note ${quoted(item.note)}`);
  return parts.join(', ');
}

function describeItem(item: SettlementItem): string {
  const who = item.direction === 'receivable' ? 'the client owes' : 'the user owes';
  return `${who} ${formatMoney(item.amountMinor, item.currency, 'en')} for ${quoted(item.description)}, invoice ${quoted(item.invoiceNo)}, due ${item.dueOn ?? 'on a date not recorded'}, ${item.paid ? 'paid' : 'unpaid'}`;
}

// ——— fields the words above do not cover ———

/*
 * A field added to the store's records later (or one these words leave out) is still shown, as
 * "path: value", so a scenario's page never hides a fact its messages may use. Listed paths cover
 * everything below them; `[]` stands for every item of a list.
 */
const DESCRIBED_SETTINGS = ['profile.name', 'profile.company', 'profile.role', 'profile.email', 'profile.phone', 'profile.senderForm', 'profile.signature', 'defaultTone', 'defaultLanguage', 'defaultNoticePeriod', 'uiLanguage', 'sidebarOpen'];
const DESCRIBED_CLIENT = ['id', 'createdAt', 'updatedAt', 'notes', 'domains', 'name', 'company', 'emails', 'language', 'recipient.form', 'recipient.firstName', 'recipient.lastName', 'recipient.title', 'recipient.warm', 'contract.type', 'contract.title', 'contract.signedOn', 'contract.clause', 'contract.breachClause', 'contract.noticePeriod', 'contract.endOfMonth', 'contract.requiredForm', 'contract.governingLaw'];
const DESCRIBED_OFFBOARDING = ['id', 'clientId', 'createdAt', 'updatedAt', 'checklist', 'thread', 'initiator', 'reason', 'reasonNote', 'startedOn', 'closedOn', 'notice.servedOn', 'notice.servedBy', 'notice.channel', 'notice.acknowledgementRequested', 'notice.acknowledgedOn', 'settlement[].id', 'settlement[].direction', 'settlement[].description', 'settlement[].amountMinor', 'settlement[].currency', 'settlement[].paid', 'settlement[].dueOn', 'settlement[].invoiceNo', 'inventory'];

function undescribed(name: string, record: object, described: readonly string[]): string[] {
  const covered = (path: string): boolean => described.some((known) => path === known || path.startsWith(`${known}.`) || path.startsWith(`${known}[]`));
  const lines: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (path !== '' && covered(path)) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        const itemPath = `${path}[]`;
        if (item !== null && typeof item === 'object') walkObject(item, itemPath, `${path}[${index}]`);
        else if (!covered(itemPath)) lines.push(`${name}.${path}[${index}]: ${literal(JSON.stringify(item))}`);
      });
      return;
    }
    if (value !== null && typeof value === 'object') {
      walkObject(value, path, path);
      return;
    }
    if (value !== undefined) lines.push(`${name}.${path}: ${literal(JSON.stringify(value))}`);
  };
  const walkObject = (value: object, path: string, shownPath: string): void => {
    for (const [key, child] of Object.entries(value)) {
      const childPath = path ? `${path}.${key}` : key;
      if (covered(childPath)) continue;
      if (child !== null && typeof child === 'object') walk(child, childPath);
      else if (child !== undefined) lines.push(`${name}.${shownPath ? `${shownPath}.` : ''}${key}: ${literal(JSON.stringify(child))}`);
    }
  };
  walk(record, '');
  return lines.map((line) => `Also recorded: ${line}.`);
}
