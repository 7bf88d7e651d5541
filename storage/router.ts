/**
 * The background side of the store's message API, free of browser globals so it can be tested.
 * Everything that arrives is untrusted until proven otherwise: the sender must be one of our own
 * extension pages (never a content script, whose sender URL is the webmail page), the operation
 * must exist, and the request must pass its zod schema. Only then does the store see it.
 */
import type { StoreChanged, StoreOperation } from './protocol';
import { methodName, StoreError, type StoreMethods } from './repo';
import { describeFirstIssue, requestSchemas } from './schemas';
import { ImportError } from './transfer';
import {
  isStoreEnvelope,
  STORE_CHANGED_TYPE,
  STORE_MESSAGE_TYPE,
  type MessageSender,
  type StoreReply,
  type StoreReplyError,
} from './wire';

export * from './wire';

/** Which tables each mutation may change; reads are absent. */
const MUTATIONS: Partial<Record<StoreOperation, StoreChanged['tables']>> = {
  'clients.update': ['clients'],
  'clients.delete': ['clients', 'offboardings', 'events'],
  'offboarding.start': ['clients', 'offboardings', 'events'],
  'offboarding.patch': ['offboardings', 'events'],
  'events.append': ['events'],
  'templates.put': ['templates'],
  'templates.delete': ['templates'],
  'settings.put': ['settings'],
  'data.import': ['clients', 'offboardings', 'events', 'templates', 'settings'],
  'data.deleteAll': ['clients', 'offboardings', 'events', 'templates', 'settings'],
};

export function isStoreOperation(op: unknown): op is StoreOperation {
  return typeof op === 'string' && Object.prototype.hasOwnProperty.call(requestSchemas, op);
}

export interface StoreRouterOptions {
  /** Tells extension pages that data changed; failures are ignored (no page may be open). */
  broadcast: (message: StoreChanged) => void | Promise<void>;
}

export interface StoreRouter {
  handle(message: unknown, sender: MessageSender, extensionId: string, extensionOrigin: string): Promise<StoreReply>;
}

export function createStoreRouter(store: StoreMethods, { broadcast }: StoreRouterOptions): StoreRouter {
  return {
    async handle(message, sender, extensionId, extensionOrigin) {
      const refusal = senderRefusal(sender, extensionId, extensionOrigin);
      if (refusal) return { err: { message: refusal, code: 'forbidden' } };

      if (!isStoreEnvelope(message)) {
        return {
          err: {
            message: `Not a store message: expected { type: "${STORE_MESSAGE_TYPE}", op, req }`,
            code: 'invalid-request',
          },
        };
      }
      const { op, req } = message as { op?: unknown; req?: unknown };
      if (!isStoreOperation(op)) {
        return {
          err: { message: `Unknown store operation ${describeValue(op)}`, code: 'unknown-operation' },
        };
      }
      const parsed = requestSchemas[op].safeParse(req);
      if (!parsed.success) {
        const issue = describeFirstIssue(parsed.error);
        return {
          err: { message: `Invalid request for "${op}" at ${issue.path}: ${issue.message}`, code: 'invalid-request' },
        };
      }

      let res: unknown;
      try {
        res = await run(store, op, parsed.data);
      } catch (error) {
        return { err: replyError(op, error) };
      }
      const tables = MUTATIONS[op];
      if (tables) {
        try {
          await broadcast({ type: STORE_CHANGED_TYPE, tables });
        } catch {
          // The change is committed; a page that missed it refreshes on its next read.
        }
      }
      return { res };
    },
  };
}

/** Calls the store method of an operation; the request has been validated against its schema. */
function run(store: StoreMethods, op: StoreOperation, req: unknown): Promise<unknown> {
  const method = store[methodName(op)] as (req: unknown) => Promise<unknown>;
  return method.call(store, req);
}

/** Why a sender may not use the store, or null when it may. */
export function senderRefusal(sender: MessageSender, extensionId: string, extensionOrigin: string): string | null {
  if (!extensionId || sender?.id !== extensionId) {
    return `Refused store request from another extension or a web page (sender id ${describeValue(sender?.id)}); only Offboard's own pages may use the store`;
  }
  const origin = extensionOrigin.replace(/\/+$/, '');
  const url = sender.url;
  if (!origin || typeof url !== 'string' || !(url === origin || url.startsWith(`${origin}/`))) {
    return `Refused store request from ${describeValue(url)}: content scripts and web pages cannot use the store, only Offboard's extension pages`;
  }
  return null;
}

function replyError(op: StoreOperation, error: unknown): StoreReplyError {
  if (error instanceof ImportError) {
    const params: Record<string, string | number> = {};
    for (const [key, value] of Object.entries(error.params)) {
      if (typeof value === 'string' || typeof value === 'number') params[key] = value;
    }
    return { message: error.message, code: error.code, params };
  }
  if (error instanceof StoreError) return { message: error.message, code: error.code };
  const message = error instanceof Error ? error.message : String(error);
  return { message: `"${op}" failed: ${message}` };
}

function describeValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return typeof value;
}
