/**
 * A value a view reads from the store, loaded on mount and again after every store change (the
 * options page's backup reminder and automatic backup). Each load gets a number, so an older answer
 * never replaces a newer one, and nothing is set once the view is gone.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorText } from '../../common/errors';

export interface StoreChanges {
  /** Calls `listener` after every committed change; returns a function that stops listening. */
  onChanged(listener: () => void): () => void;
}

export interface StoreValue<T> {
  /** null until the first load has answered. */
  value: T | null;
  /** The last failure (a load's, or one the view set); null once cleared. */
  error: string | null;
  /** For a value the view got from its own call (a save answers with the new state). */
  setValue(value: T): void;
  setError(error: string | null): void;
}

export function useStoreValue<T>(store: StoreChanges, load: () => Promise<T>): StoreValue<T> {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The latest `load` without reloading when the view passes a new arrow on each render.
  const loader = useRef(load);
  loader.current = load;

  useEffect(() => {
    let live = true;
    let latest = 0;
    const reload = () => {
      const ticket = ++latest;
      loader.current().then(
        (next) => {
          if (live && ticket === latest) setValue(() => next);
        },
        (caught: unknown) => {
          if (live && ticket === latest) setError(errorText(caught));
        },
      );
    };
    reload();
    const stop = store.onChanged(reload);
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  return { value, error, setValue: (next: T) => setValue(() => next), setError };
}
