/**
 * The slice of the extension runtime API the store's messaging uses. Kept structural so the
 * background and page sides can be exercised in tests with a fake runtime.
 */
import type { MessageSender } from './wire';

export type MessageListener = (
  message: unknown,
  sender: MessageSender,
  sendResponse: (response: unknown) => void,
) => boolean | void;

export interface RuntimePort {
  readonly id: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: MessageListener): void;
    removeListener(listener: MessageListener): void;
  };
}
