/**
 * Requests and answers between Offboard's contexts, over the browser's one-off messages: one
 * envelope, one listener per context, one handler per operation, typed by a protocol map. The
 * receiving side decides nothing on trust: its handlers are made with `checked` (handlers.ts).
 */
import { errorText } from '../errors';
import type { ExtensionIdentity, MessageSender } from './senders';

/** request → response for each operation of a protocol. */
export type OperationMap<M> = { [Op in keyof M]: { req: unknown; res: unknown } };

export const REQUEST_TYPE = 'offboard:request';

/** A request: `{ type: 'offboard:request', op, req }`. */
export interface RequestEnvelope<M extends OperationMap<M>, Op extends keyof M & string = keyof M & string> {
  type: typeof REQUEST_TYPE;
  op: Op;
  req: M[Op]['req'];
}

/** An answer: exactly one of res and err. */
export type Reply = { res: unknown; err?: undefined } | { err: ReplyError; res?: undefined };

export interface ReplyError {
  message: string;
  /** 'forbidden' | 'unknown-operation' | 'invalid-request' | 'unavailable' | a handler's own code. */
  code?: string;
  /** Parameters of a coded error, so a view can word it in the user's language. */
  params?: Record<string, string | number>;
}

/** A refusal or failure reported by the receiving side, with its code and parameters. */
export class RequestError extends Error {
  constructor(
    message: string,
    readonly op: string,
    readonly code?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'RequestError';
  }
}

export type RequestHandler<Req, Res> = (message: { data: Req; sender: MessageSender }) => Res | Promise<Res>;

export type MessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean | void;

/** The slice of the browser's runtime API the messenger uses (a fake in tests). */
export interface RuntimeApi extends ExtensionIdentity {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: { addListener(listener: MessageListener): void; removeListener(listener: MessageListener): void };
}

export interface TabsApi {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}

/** Where a request goes: the background (no target) or one frame of a tab's content script. */
export interface TabTarget {
  tabId: number;
  frameId?: number;
}

export interface Messenger<M extends OperationMap<M>> {
  sendMessage<Op extends keyof M & string>(op: Op, req: M[Op]['req'], target?: TabTarget): Promise<M[Op]['res']>;
  /** The one handler of `op` in this context; returns a function that removes it. */
  onMessage<Op extends keyof M & string>(op: Op, handler: RequestHandler<M[Op]['req'], M[Op]['res']>): () => void;
  /** Answers an envelope as the listener would (tests, diagnostics); null when it is not for this context. */
  dispatch(message: unknown, sender: MessageSender): Promise<Reply> | null;
}

export interface MessengerOptions {
  /**
   * Answers an operation this context has no handler for (the background owns every runtime
   * request, so it refuses unknown ones by name); without it such a request is left to others.
   */
  unknownOperation?: (op: unknown, sender: MessageSender) => ReplyError;
}

export function isRequestEnvelope(message: unknown): message is { type: typeof REQUEST_TYPE; op?: unknown; req?: unknown } {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === REQUEST_TYPE;
}

export function createMessenger<M extends OperationMap<M>>(
  api: { runtime: RuntimeApi; tabs?: TabsApi },
  options: MessengerOptions = {},
): Messenger<M> {
  const handlers = new Map<string, RequestHandler<unknown, unknown>>();
  let installed = false;

  const dispatch = (message: unknown, sender: MessageSender): Promise<Reply> | null => {
    if (!isRequestEnvelope(message)) return null;
    const handler = typeof message.op === 'string' ? handlers.get(message.op) : undefined;
    if (!handler) {
      return options.unknownOperation ? Promise.resolve({ err: options.unknownOperation(message.op, sender) }) : null;
    }
    try {
      return Promise.resolve(handler({ data: message.req, sender })).then(
        (res): Reply => ({ res }),
        (error: unknown): Reply => ({ err: replyError(message.op as string, error) }),
      );
    } catch (error) {
      return Promise.resolve({ err: replyError(message.op as string, error) });
    }
  };

  const listener: MessageListener = (message, sender, sendResponse) => {
    const reply = dispatch(message, sender);
    if (reply === null) return false; // not ours to answer: another listener may
    reply.then(sendResponse, (error: unknown) => sendResponse({ err: { message: `Failure: ${errorText(error)}` } }));
    return true; // the answer comes asynchronously
  };

  return {
    async sendMessage(op, req, target) {
      const envelope: RequestEnvelope<M> = { type: REQUEST_TYPE, op, req };
      let reply: unknown;
      try {
        if (target) {
          if (!api.tabs) throw new Error('this context cannot reach a tab');
          reply = await api.tabs.sendMessage(target.tabId, envelope, target.frameId === undefined ? undefined : { frameId: target.frameId });
        } else {
          reply = await api.runtime.sendMessage(envelope);
        }
      } catch (error) {
        throw new RequestError(`Nobody answered "${op}": ${errorText(error)}`, op, 'unavailable');
      }
      if (reply === null || typeof reply !== 'object') throw new RequestError(`No answer to "${op}"`, op, 'unavailable');
      const { res, err } = reply as Reply;
      if (err) throw new RequestError(err.message, op, err.code, err.params);
      return res as M[typeof op]['res'];
    },
    onMessage(op, handler) {
      if (handlers.has(op)) throw new Error(`"${op}" already has a handler in this context`);
      handlers.set(op, handler as RequestHandler<unknown, unknown>);
      if (!installed) {
        api.runtime.onMessage.addListener(listener);
        installed = true;
      }
      return () => {
        handlers.delete(op);
        if (handlers.size === 0 && installed) {
          api.runtime.onMessage.removeListener(listener);
          installed = false;
        }
      };
    },
    dispatch,
  };
}

function replyError(op: string, error: unknown): ReplyError {
  if (error instanceof Error) {
    const { code, params } = error as { code?: unknown; params?: unknown };
    const reply: ReplyError = { message: error.message };
    if (typeof code === 'string') reply.code = code;
    const plain = plainParams(params);
    if (plain) reply.params = plain;
    return reply;
  }
  return { message: `"${op}" failed: ${String(error)}` };
}

function plainParams(params: unknown): Record<string, string | number> | undefined {
  if (typeof params !== 'object' || params === null) return undefined;
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(params)) {
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
  }
  return out;
}
