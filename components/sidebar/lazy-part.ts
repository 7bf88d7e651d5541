/**
 * A component whose code is fetched on first use (a dynamic import). Until it arrives the part
 * renders nothing; once fetched it renders at once on every later mount, so preloading at start
 * (sidebar-parts.ts) means the user never sees it appear. State lives in the model, so nothing is
 * lost while a part loads.
 */
import { h, type ComponentType, type VNode } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export interface LazyPart<P> {
  (props: P): VNode | null;
  /** Fetches the code; resolves when the part can render. A failed fetch is retried on next call. */
  load(): Promise<void>;
}

export function lazyPart<P extends object>(fetchPart: () => Promise<ComponentType<P>>): LazyPart<P> {
  let component: ComponentType<P> | undefined;
  let pending: Promise<void> | undefined;
  const load = (): Promise<void> => {
    pending ??= fetchPart().then(
      (fetched) => {
        component = fetched;
      },
      (error: unknown) => {
        pending = undefined;
        throw error;
      },
    );
    return pending;
  };
  function Part(props: P): VNode | null {
    const [loaded, setLoaded] = useState(component !== undefined);
    useEffect(() => {
      // The code may have arrived (a preload) between this render and this effect: render it now.
      if (component) {
        if (!loaded) setLoaded(true);
        return;
      }
      let live = true;
      load().then(
        () => live && setLoaded(true),
        // An extension's own chunk failing to load is a broken install; the rest of the sidebar works.
        (error: unknown) => console.error('Offboard: a sidebar part failed to load', error),
      );
      return () => {
        live = false;
      };
    }, []);
    return component ? (h(component, props) as VNode) : null;
  }
  return Object.assign(Part, { load });
}
