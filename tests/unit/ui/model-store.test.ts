import { describe, expect, it } from 'vitest';
import { createModelStore } from '../../../components/ui/model-store';

describe('createModelStore', () => {
  it('merges changes into a new object and tells every listener until it stops', () => {
    const store = createModelStore({ a: 1, b: 'x' });
    const before = store.getState();
    const seen: number[] = [];
    const stop = store.subscribe((s) => seen.push(s.a));
    store.setState({ a: 2 });
    expect(store.getState()).toEqual({ a: 2, b: 'x' });
    expect(store.getState()).not.toBe(before);
    stop();
    store.setState({ a: 3 });
    expect(seen).toEqual([2]);
  });

  it('derives fields after each change, before the listeners run', () => {
    const store = createModelStore({ n: 1, double: 2 }, (next, changes) => (changes.n === undefined ? next : { ...next, double: next.n * 2 }));
    let heard = 0;
    store.subscribe((s) => (heard = s.double));
    store.setState({ n: 5 });
    expect(heard).toBe(10);
    store.setState({ double: 7 });
    expect(store.getState().double).toBe(7);
  });

  it('clear drops every listener', () => {
    const store = createModelStore({ n: 0 });
    let calls = 0;
    store.subscribe(() => (calls += 1));
    store.clear();
    store.setState({ n: 1 });
    expect(calls).toBe(0);
  });
});
