/**
 * Which database is the store (issue 19). An import writes into a fresh database of its own
 * (`<base>-import-<session>`, the same schema) and, once it is complete and checked, the store
 * switches to it: one write of a tiny pointer database (`<base>-live`) names the live database, then
 * the old one is deleted as a whole. So the data is written once, and all-or-nothing holds: until
 * the pointer is written the old database is the store, untouched; after, the new one is.
 * At start, any database of the family the pointer does not name (an import the worker did not live
 * to finish, an old store whose deletion was cut short) is removed.
 * The one owner is the background's Store; nothing else opens these databases.
 */
import { Dexie, type Table } from 'dexie';
import { DEFAULT_DB_NAME, OffboardDB, type OffboardDBDeps } from './db';

interface PointerRow {
  key: string;
  name: string;
}

const POINTER_KEY = 'live';

/** The pointer database: one row naming the live database; absent means `<base>` itself. */
class PointerDB extends Dexie {
  pointer!: Table<PointerRow, string>;

  constructor(name: string, deps?: OffboardDBDeps) {
    super(name, deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : undefined);
    this.version(1).stores({ pointer: 'key' });
  }
}

export const pointerDbName = (base: string) => `${base}-live`;
export const importDbName = (base: string, session: string) => `${base}-import-${session}`;

/** The points where a switch can fail, for tests: each is a real step, not a simulation. */
export interface SwitchHooks {
  /** Runs after the fresh database is complete, just before the pointer is written. */
  beforePointer?: () => Promise<void> | void;
  /** Runs after the pointer names the fresh database, before the old one is deleted. */
  afterPointer?: () => Promise<void> | void;
}

export class LiveDatabase {
  private live: OffboardDB | undefined;
  private readonly pointers: PointerDB;
  /** Settles once the live database is known (the pointer read) and leftovers are removed. */
  readonly ready: Promise<void>;

  private constructor(
    readonly base: string,
    private readonly deps: OffboardDBDeps | undefined,
    known: OffboardDB | undefined,
    private readonly hooks: SwitchHooks = {},
  ) {
    this.pointers = new PointerDB(pointerDbName(base), deps);
    this.live = known;
    this.ready = known ? Promise.resolve() : this.resolve();
  }

  /** The background's: the live database is the one the pointer names (read asynchronously: see `ready`). */
  static open(base: string = DEFAULT_DB_NAME, deps?: OffboardDBDeps, hooks?: SwitchHooks): LiveDatabase {
    return new LiveDatabase(base, deps, undefined, hooks);
  }

  /** An already opened database taken as the live one (tests, tools); its name is the family's base. */
  static of(db: OffboardDB, hooks?: SwitchHooks): LiveDatabase {
    return new LiveDatabase(db.name, db.deps, db, hooks);
  }

  /** The live database; only once `ready` has settled (the Store is gated on it: see repo.ts). */
  get current(): OffboardDB {
    if (!this.live) throw new Error('The store is not open yet');
    return this.live;
  }

  /** A new, empty database of the same schema for an import; nothing reads it until switchTo. */
  async createFresh(session: string): Promise<OffboardDB> {
    const fresh = new OffboardDB(importDbName(this.base, session), this.deps);
    await fresh.open();
    return fresh;
  }

  /** Drops a fresh database that will not become the store (a refused or abandoned import). */
  async discard(fresh: OffboardDB): Promise<void> {
    if (fresh === this.live) return;
    fresh.close();
    await this.deleteNamed(fresh.name);
  }

  /**
   * Makes `fresh` the store: the pointer is written in one transaction (the atomic step), then the
   * old database is closed and deleted. A failure before the pointer write leaves the old store
   * live (the caller discards `fresh`); a failure deleting the old one leaves it for the next start.
   */
  async switchTo(fresh: OffboardDB): Promise<void> {
    const old = this.current;
    await this.hooks.beforePointer?.();
    await this.pointers.pointer.put({ key: POINTER_KEY, name: fresh.name });
    this.live = fresh;
    try {
      await this.hooks.afterPointer?.();
      old.close();
      await this.deleteNamed(old.name);
    } catch {
      // The new store is live; the old database is removed at the next start (removeLeftovers).
    }
  }

  private async resolve(): Promise<void> {
    const row = await this.pointers.pointer.get(POINTER_KEY);
    const name = row?.name ?? this.base;
    this.live = new OffboardDB(name, this.deps);
    await this.removeLeftovers(name).catch(() => undefined);
  }

  /** Deletes every database of the family except the live one and the pointer. */
  private async removeLeftovers(live: string): Promise<void> {
    // Dexie types its dependency loosely ({ open }); both the browser's and fake-indexeddb's are IDBFactory.
    const factory = (this.deps?.indexedDB ?? globalThis.indexedDB) as IDBFactory;
    const names = (await factory.databases()).flatMap((info) => (info.name === undefined ? [] : [info.name]));
    const family = (name: string) => name === this.base || name.startsWith(`${this.base}-import-`);
    await Promise.all(names.filter((name) => family(name) && name !== live).map((name) => this.deleteNamed(name)));
  }

  private async deleteNamed(name: string): Promise<void> {
    await new Dexie(name, this.deps ? { indexedDB: this.deps.indexedDB, IDBKeyRange: this.deps.IDBKeyRange } : undefined).delete();
  }
}
