/**
 * The store's wire format, shared by the background router and the page-side client. Kept free of
 * the database and validation code so extension pages stay small.
 */
import type { StoreOperation, StoreOperations } from './protocol';

export const STORE_MESSAGE_TYPE = 'offboard:store';
export const STORE_CHANGED_TYPE = 'offboard:store-changed';

/** A request: `{ type: 'offboard:store', op, req }`. */
export interface StoreRequestMessage<Op extends StoreOperation = StoreOperation> {
  type: typeof STORE_MESSAGE_TYPE;
  op: Op;
  req: StoreOperations[Op]['req'];
}

/** An answer: exactly one of res and err. */
export interface StoreReply {
  res?: unknown;
  err?: StoreReplyError;
}

export interface StoreReplyError {
  message: string;
  /** 'forbidden' | 'unknown-operation' | 'invalid-request' | a StoreError or ImportError code. */
  code?: string;
  /** ImportError parameters, so a view can word the refusal in the user's language. */
  params?: Record<string, string | number>;
}

/** What the runtime tells about a message's sender (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

/** True for anything addressed to the store (valid or not); other messages belong to other listeners. */
export function isStoreEnvelope(message: unknown): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === STORE_MESSAGE_TYPE;
}
