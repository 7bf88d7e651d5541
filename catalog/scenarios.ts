/**
 * The reviewer's catalogue's scenario file: JSON, validated with the store's own schemas
 * (storage/schemas.ts) so a scenario holds exactly what the store holds. Only bookkeeping that no
 * message uses (ids, timestamps, notes, the checklist) may be left out; it is filled in here.
 */
import { describeJsonError, describeScenarioIssues } from './scenario-issues';
import * as z from 'zod/mini';
import { CHECKLIST_KEYS } from '../offboarding/types';
import type { ChecklistEntry, ChecklistKey, Client, Lang, Offboarding, Settings } from '../offboarding/types';
import {
  clientSchema,
  defaultSettings,
  isoDate,
  langSchema,
  offboardingSchema,
  settingsSchema,
} from '../storage/schemas';
import type { ConversationFacts } from '../templates/variables';

/** Lower-case words joined by hyphens: safe as a file name on every system. */
const SCENARIO_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SCENARIOS = 500;

/** Names Windows reserves for devices, whatever the extension ("con.md" cannot be created). */
const RESERVED_NAMES = /^(?:con|prn|aux|nul|com[0-9]|lpt[0-9])$/;

const scenarioIdSchema = z
  .string()
  .check(
    z.maxLength(80, 'Expected an id of at most 80 characters'),
    z.regex(SCENARIO_ID, 'Expected lower-case letters and digits joined by single hyphens (it names the output file)'),
    z.refine((id) => !RESERVED_NAMES.test(id), { message: 'Expected an id that is not a device name reserved by Windows (con, nul, com1…)' }),
  );

const scenarioClientSchema = z.partial(clientSchema, { id: true, notes: true, createdAt: true, updatedAt: true });
const scenarioOffboardingSchema = z.partial(offboardingSchema, {
  id: true,
  clientId: true,
  checklist: true,
  createdAt: true,
  updatedAt: true,
});

/** What the webmail adapter read, as templates/variables.ts uses it (ConversationFacts). */
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const conversationFactsSchema = z.strictObject({
  subject: optionalText(1_000),
  userEmail: optionalText(254),
  messages: z.optional(
    z.array(z.strictObject({ from: z.strictObject({ name: optionalText(200), email: optionalText(254) }) })).check(z.maxLength(50)),
  ),
}) satisfies z.ZodMiniType<ConversationFacts>;

const scenarioSchema = z.strictObject({
  id: scenarioIdSchema,
  description: z.string().check(z.trim(), z.minLength(1, 'Expected a description in words'), z.maxLength(2_000)),
  today: isoDate,
  /** The message language; absent renders both, Polish first. */
  language: z.optional(langSchema),
  client: z.optional(scenarioClientSchema),
  offboarding: z.optional(scenarioOffboardingSchema),
  settings: z.optional(settingsSchema),
  context: z.optional(conversationFactsSchema),
  /** Values the user typed in the missing-values form, by path ("agreement.endDate": "2026-04-30"). */
  values: z.optional(
    z.record(
      z.string().check(
        z.maxLength(100),
        z.regex(/^[A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)+$/, 'Expected a value path such as "agreement.endDate"'),
      ),
      z.string().check(z.maxLength(2_000)),
    ),
  ),
});

const scenarioFileSchema = z.strictObject({
  description: optionalText(20_000),
  scenarios: z.array(z.unknown()).check(z.minLength(1, 'Expected at least one scenario'), z.maxLength(MAX_SCENARIOS)),
});

export interface Scenario {
  id: string;
  description: string;
  today: string;
  /** The languages rendered, in order. */
  languages: Lang[];
  client?: Client;
  offboarding?: Offboarding;
  settings: Settings;
  context?: ConversationFacts;
  /** Typed values by path, as the missing-values form saves them. */
  values?: Record<string, string>;
}

export interface ScenarioFile {
  description?: string;
  scenarios: Scenario[];
}

/** Every problem of a scenario file, one line each, naming the scenario and the field. */
export class ScenarioFileError extends Error {
  readonly problems: string[];
  constructor(source: string, problems: string[]) {
    super(`${source}: ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}; nothing was written.\n${problems.map((line) => `  - ${line}`).join('\n')}`);
    this.name = 'ScenarioFileError';
    this.problems = problems;
  }
}

const LANGUAGES: readonly Lang[] = ['pl', 'en'];

/** Parses and validates a scenario file's text; throws ScenarioFileError listing every problem. */
export function parseScenarioFile(text: string, source: string): ScenarioFile {
  let data: unknown;
  const json = text.replace(/^\uFEFF/, '');
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ScenarioFileError(source, [describeJsonError(json, error)]);
  }
  const file = scenarioFileSchema.safeParse(data);
  if (!file.success) {
    throw new ScenarioFileError(source, describeScenarioIssues(file.error.issues, data));
  }

  const problems: string[] = [];
  const scenarios: Scenario[] = [];
  const seen = new Map<string, number>();
  file.data.scenarios.forEach((raw, index) => {
    const name = scenarioName(raw, index);
    const result = scenarioSchema.safeParse(raw);
    if (!result.success) {
      for (const line of describeScenarioIssues(result.error.issues, raw)) problems.push(`${name}: ${line}`);
      return;
    }
    const parsed = result.data;
    const earlier = seen.get(parsed.id);
    if (earlier !== undefined) {
      problems.push(`${name}: id: "${parsed.id}" is also the id of scenarios[${earlier}]; each id names one output file`);
      return;
    }
    seen.set(parsed.id, index);
    if (parsed.offboarding && !parsed.client) {
      problems.push(`${name}: offboarding: an offboarding needs its client (add "client"), as in the store`);
      return;
    }
    const client = parsed.client ? completeClient(parsed.client, parsed.id, parsed.today) : undefined;
    if (parsed.offboarding?.clientId !== undefined && client && parsed.offboarding.clientId !== client.id) {
      problems.push(`${name}: offboarding.clientId: "${parsed.offboarding.clientId}" is not the client's id "${client.id}"`);
      return;
    }
    const scenario: Scenario = {
      id: parsed.id,
      description: parsed.description,
      today: parsed.today,
      languages: parsed.language ? [parsed.language] : [...LANGUAGES],
      settings: parsed.settings ?? defaultSettings(),
    };
    if (client) scenario.client = client;
    if (parsed.offboarding && client) scenario.offboarding = completeOffboarding(parsed.offboarding, client, parsed.today);
    if (parsed.context) scenario.context = parsed.context;
    if (parsed.values) scenario.values = parsed.values;
    scenarios.push(scenario);
  });
  if (problems.length > 0) throw new ScenarioFileError(source, problems);
  return { ...(file.data.description !== undefined ? { description: file.data.description } : {}), scenarios };
}

/** `scenario "pl-m-pan" (scenarios[3])`, or only the index when the id is unusable. */
function scenarioName(raw: unknown, index: number): string {
  const id = raw !== null && typeof raw === 'object' && 'id' in raw ? (raw as { id: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 80 ? `scenario "${id}" (scenarios[${index}])` : `scenarios[${index}]`;
}

/** Bookkeeping instants for records the file leaves them out of: the scenario's morning, no clock. */
function instantOf(today: string): string {
  return `${today}T09:00:00.000Z`;
}

function completeClient(client: z.output<typeof scenarioClientSchema>, scenarioId: string, today: string): Client {
  return {
    ...client,
    id: client.id ?? `${scenarioId}-client`,
    notes: client.notes ?? '',
    createdAt: client.createdAt ?? instantOf(today),
    updatedAt: client.updatedAt ?? instantOf(today),
  };
}

function completeOffboarding(offboarding: z.output<typeof scenarioOffboardingSchema>, client: Client, today: string): Offboarding {
  const openChecklist = Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, {}])) as Record<ChecklistKey, ChecklistEntry>;
  return {
    ...offboarding,
    id: offboarding.id ?? `${client.id}-offboarding`,
    clientId: client.id,
    checklist: offboarding.checklist ?? openChecklist,
    createdAt: offboarding.createdAt ?? instantOf(today),
    updatedAt: offboarding.updatedAt ?? instantOf(today),
  };
}
