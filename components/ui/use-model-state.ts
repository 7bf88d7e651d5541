/** A model's state in a Preact view, re-rendering on every change (components/ui/model-store.ts). */
import { useEffect, useState } from 'preact/hooks';

export function useModelState<S>(model: { getState(): S; subscribe(listener: (state: S) => void): () => void }): S {
  const [state, setState] = useState(model.getState());
  useEffect(() => {
    setState(model.getState());
    return model.subscribe(setState);
  }, [model]);
  return state;
}
