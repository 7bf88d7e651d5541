import { describe, expect, it } from 'vitest';
import { RUNTIME_GUARD_KEY, runtimeIsRunning, startOncePerDocument } from '../../../webmail/start-once';

/** A chrome.runtime whose id goes when the extension is reloaded under the page. */
function extension() {
  let id: string | undefined = 'abc';
  return {
    get id() {
      return id;
    },
    orphan() {
      id = undefined;
    },
  };
}

describe('one runtime per document', () => {
  it('starts once however often the background injects it', () => {
    const world = {};
    const ext = extension();
    let started = 0;
    const start = () => {
      started += 1;
      return { stop() {} };
    };
    expect(startOncePerDocument(world, ext, start)).toBe(true);
    expect(startOncePerDocument(world, ext, start)).toBe(false);
    expect(startOncePerDocument(world, ext, start)).toBe(false);
    expect(started).toBe(1);
  });

  it('a fresh world (a reload, another document) starts its own', () => {
    const ext = extension();
    let started = 0;
    const start = () => {
      started += 1;
      return { stop() {} };
    };
    startOncePerDocument({}, ext, start);
    startOncePerDocument({}, ext, start);
    expect(started).toBe(2);
  });

  it('replaces a runtime an earlier instance of the extension left behind, stopping it first', () => {
    const world = {};
    const old = extension();
    const events: string[] = [];
    startOncePerDocument(world, old, () => ({ stop: () => events.push('old stopped') }));
    old.orphan();
    expect(startOncePerDocument(world, extension(), () => {
      events.push('new started');
      return { stop() {} };
    })).toBe(true);
    expect(events).toEqual(['old stopped', 'new started']);
  });

  it('the probe the background runs tells a live runtime from none or an orphan', () => {
    const ext = extension();
    const scope = globalThis as unknown as Record<symbol, unknown>;
    const key = Symbol.for(RUNTIME_GUARD_KEY);
    try {
      expect(runtimeIsRunning(RUNTIME_GUARD_KEY)).toBe(false);
      startOncePerDocument(globalThis, ext, () => ({ stop() {} }));
      expect(runtimeIsRunning(RUNTIME_GUARD_KEY)).toBe(true);
      ext.orphan();
      expect(runtimeIsRunning(RUNTIME_GUARD_KEY)).toBe(false);
      // The probe is serialised on its own: it names nothing from outside its body.
      expect(String(runtimeIsRunning)).not.toMatch(/RUNTIME_GUARD_KEY|startOncePerDocument|import/);
    } finally {
      delete scope[key];
    }
  });
});
