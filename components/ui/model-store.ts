/**
 * The one state pattern of the extension's pages (sidebar, popup, options): a plain state object in
 * a small store with getState, subscribe and setState; the actions that change it live beside it in
 * a model. No Preact in here, so a whole model runs in tests without a DOM.
 */
export interface ModelStore<S> {
  getState(): S;
  /** Calls the listener after every change; returns a function that stops it. */
  subscribe(listener: (state: S) => void): () => void;
  /** Merges the changes into a new state object and tells every listener. */
  setState(changes: Partial<S>): void;
  /** Drops every listener (the model is disposed). */
  clear(): void;
}

/** `derive` recomputes fields that follow from others, after each change and before listeners run. */
export function createModelStore<S extends object>(initial: S, derive?: (next: S, changes: Partial<S>) => S): ModelStore<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setState(changes) {
      const next = { ...state, ...changes };
      state = derive ? derive(next, changes) : next;
      for (const listener of listeners) listener(state);
    },
    clear() {
      listeners.clear();
    },
  };
}
