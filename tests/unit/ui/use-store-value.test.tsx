// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useStoreValue, type StoreChanges } from '../../../components/ui/use-store-value';
import { flush } from '../popup/fake-store';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

/** A store whose changes the test emits, and loads the test answers one by one, in any order. */
function controlledStore() {
  const listeners = new Set<() => void>();
  const pending: Array<{ resolve: (value: string) => void; reject: (error: Error) => void }> = [];
  const store: StoreChanges = {
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const load = () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject }));
  const emit = async () => {
    await act(async () => listeners.forEach((listener) => listener()));
    await flush();
  };
  return { store, load, pending, listeners, emit };
}

function View({ store, load }: { store: StoreChanges; load: () => Promise<string> }) {
  const { value, error } = useStoreValue(store, load);
  return <p data-testid="out">{`${value ?? 'none'}|${error ?? 'ok'}`}</p>;
}

const out = () => container.querySelector('[data-testid="out"]')!.textContent;

async function answer(settle: () => void) {
  await act(async () => settle());
  await flush();
}

describe('useStoreValue (a view reading the store, reloaded on every change)', () => {
  it('loads on mount and again after each store change', async () => {
    const env = controlledStore();
    await act(async () => render(<View store={env.store} load={env.load} />, container));
    await flush();
    expect(env.pending).toHaveLength(1);
    expect(out()).toBe('none|ok');
    await answer(() => env.pending[0]!.resolve('first'));
    expect(out()).toBe('first|ok');
    await env.emit();
    expect(env.pending).toHaveLength(2);
    await answer(() => env.pending[1]!.resolve('second'));
    expect(out()).toBe('second|ok');
  });

  it('never lets an older answer replace a newer one', async () => {
    const env = controlledStore();
    await act(async () => render(<View store={env.store} load={env.load} />, container));
    await flush();
    await env.emit();
    expect(env.pending).toHaveLength(2);
    await answer(() => env.pending[1]!.resolve('newer'));
    await answer(() => env.pending[0]!.resolve('older'));
    expect(out()).toBe('newer|ok');
    await answer(() => env.pending[0]!.reject(new Error('late failure')));
    expect(out()).toBe('newer|ok');
  });

  it('says what went wrong when a load fails', async () => {
    const env = controlledStore();
    await act(async () => render(<View store={env.store} load={env.load} />, container));
    await flush();
    await answer(() => env.pending[0]!.reject(new Error('store unavailable')));
    expect(out()).toBe('none|store unavailable');
  });

  it('stops listening and sets nothing once the view is gone', async () => {
    const env = controlledStore();
    await act(async () => render(<View store={env.store} load={env.load} />, container));
    await flush();
    expect(env.listeners.size).toBe(1);
    await act(async () => render(null, container));
    expect(env.listeners.size).toBe(0);
    await answer(() => env.pending[0]!.resolve('too late'));
    expect(container.textContent).toBe('');
  });
});
