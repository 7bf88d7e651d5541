/**
 * What the popup and options page need from the background's message API (storage/api.ts).
 * The views receive it as a prop so that tests can hand in an in-memory fake.
 */
import type { StoreChanged, StoreOperation, StoreOperations } from '../../storage/protocol';

export interface StoreClient {
  call<K extends StoreOperation>(op: K, req: StoreOperations[K]['req']): Promise<StoreOperations[K]['res']>;
  /** Returns a function that stops listening. */
  onChanged(listener: (change: StoreChanged) => void): () => void;
}

/** Opening tabs and pages: chrome.tabs / runtime in the extension, a recorder in tests. */
export interface Navigator {
  openUrl(url: string): void;
  optionsPageUrl(): string;
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
