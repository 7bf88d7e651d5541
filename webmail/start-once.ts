/**
 * One runtime per document. The background injects the runtime into a webmail tab each time a page
 * of it finishes loading, at its own start and after an install or update (background/page-injection.ts),
 * so the same document can be offered it twice (a same-document navigation, a worker restart).
 * The guard lives in the content scripts' isolated world — the page cannot see or set it — and a
 * reload or a navigation to another document starts with a fresh world, so a fresh runtime.
 *
 * A runtime left behind by an earlier instance of the extension (reloaded or updated under the open
 * page) does not count: it is stopped, its frame removed, and the new one starts.
 */

/** The key (Symbol.for) of the running runtime in the isolated world; the background's probe reads it too. */
export const RUNTIME_GUARD_KEY = 'offboard:page-runtime';

/** What the guard keeps of a running runtime. */
export interface RunningRuntime {
  /** True while this runtime runs and its extension instance is still the installed one. */
  alive(): boolean;
  stop(): void;
}

/** The part of chrome.runtime that tells a live extension from an orphaned script: its id. */
export interface ExtensionLiveness {
  readonly id?: string;
}

function isLive(extension: ExtensionLiveness): boolean {
  try {
    return Boolean(extension.id);
  } catch {
    return false;
  }
}

/**
 * Starts the runtime unless a live one already runs in this world (`scope` is its globalThis).
 * Returns whether it started one.
 */
export function startOncePerDocument(scope: object, extension: ExtensionLiveness, start: () => { stop(): void }): boolean {
  const slot = scope as Record<symbol, RunningRuntime | undefined>;
  const key = Symbol.for(RUNTIME_GUARD_KEY);
  const previous = slot[key];
  if (previous) {
    let alive = false;
    try {
      alive = previous.alive();
    } catch {
      alive = false;
    }
    if (alive) return false;
    try {
      previous.stop();
    } catch {
      // an orphan's cleanup must not keep the new runtime from starting
    }
  }
  let stopped = false;
  const runtime = start();
  slot[key] = {
    alive: () => !stopped && isLive(extension),
    stop: () => {
      stopped = true;
      runtime.stop();
    },
  };
  return true;
}

/**
 * The background's probe, run in the same isolated world by `scripting.executeScript({ func })`:
 * serialised on its own, so it names nothing outside its body.
 */
export function runtimeIsRunning(key: string): boolean {
  const running = (globalThis as unknown as Record<symbol, { alive?: () => boolean } | undefined>)[Symbol.for(key)];
  try {
    return running?.alive?.() === true;
  } catch {
    return false;
  }
}
