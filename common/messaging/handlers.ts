/**
 * The receiving side's handlers: a handler made with `checked` refuses any sender but the kinds it
 * names (senders.ts) and any request its schema rejects, before it runs. Apart from messenger.ts
 * because only the contexts that answer requests (the background, the webmail runtimes) need it:
 * the pages that only ask do not load it (issue 16).
 */
import { describeFirstIssue, firstIssueParams, type ValidationIssue } from '../validation-issues';
import type { RequestHandler, ReplyError } from './messenger';
import { describeValue, senderRefusal, type ExtensionIdentity, type MessageSender, type SenderKind } from './senders';

/** A schema as zod and zod/mini both offer it. */
export interface RequestSchema<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false; error: { issues: ReadonlyArray<ValidationIssue> } };
}

/** A coded refusal a handler throws; the code and parameters reach the caller. */
export class Refusal extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'Refusal';
  }
}

/**
 * The one way to write a handler: the sender must be of a kind named in `from` (the one guard),
 * the request must pass `schema`; only then does `run` see it, typed. Refusals throw at once, so
 * a caller within the same context sees them synchronously.
 */
export function checked<Req, Res>(spec: {
  op: string;
  extension: ExtensionIdentity;
  from: readonly SenderKind[];
  /** A further check of the sender's right, after the guard and before the schema (throws a refusal). */
  authorize?: (data: unknown, sender: MessageSender) => void;
  schema: RequestSchema<Req>;
  run: (req: Req, sender: MessageSender) => Res | Promise<Res>;
}): RequestHandler<unknown, Res> {
  return ({ data, sender }) => {
    const refusal = senderRefusal(sender, spec.extension, spec.from, `"${spec.op}"`);
    if (refusal) throw new Refusal('forbidden', refusal);
    spec.authorize?.(data, sender);
    const parsed = spec.schema.safeParse(data);
    if (!parsed.success) {
      const issue = describeFirstIssue(parsed.error);
      // The message is for developers; the parameters let a view word it (common/user-errors.ts).
      throw new Refusal('invalid-request', `Invalid request for "${spec.op}" at ${issue.path}: ${issue.message}`, firstIssueParams(parsed.error));
    }
    return spec.run(parsed.data, sender);
  };
}

export function unknownOperationError(op: unknown, what: string): ReplyError {
  return { message: `Unknown operation ${describeValue(op)}: ${what}`, code: 'unknown-operation' };
}
