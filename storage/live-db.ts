/**
 * Which database is the store (issue 19). An import writes into a fresh database of its own
 * (`<base>-import-<session>`, the same schema) and, once it is complete and checked, the store
 * switches to it: one write of a tiny pointer database (`<base>-live`) names the live database, then
 * the old one is deleted as a whole. So the data is written once, and all-or-nothing holds: until
 * the pointer is written the old database is the store, untouched; after, the new one is.
 * At start, any database of the family the pointer does not name (an import the worker did not live
 * to finish, an old store whose deletion was cut short) is removed.
 *
 * Where the browser has storage buckets (Chrome), the fresh database is made in a bucket of its own
 * (`<base>-import-<session>`), and the pointer names the bucket too. Chrome keeps all the databases of
 * one bucket in one LevelDB, so a fresh database beside a large store pays for the store's files on
 * every write: measured at 600 000 records, 60–71 s beside it against 50 s in a bucket of its own (the
 * store alone: 50 s). An old store in a bucket is deleted with its bucket. Without buckets (Firefox,
 * the unit tests' fake-indexeddb unless they pass one) everything stays in the default bucket.
 * The one owner is the background's Store; nothing else opens these databases.
 */
import { Dexie, type Table } from 'dexie';
import { DEFAULT_DB_NAME, OffboardDB, type OffboardDBDeps } from './db';

/** The pointer's one row: where the live database is. */
interface PointerRow extends Place {
  key: string;
}

/** The slice of the Storage Buckets API (navigator.storageBuckets) this needs. */
export interface StorageBuckets {
  open(name: string, options?: { persisted?: boolean }): Promise<{ indexedDB: IDBFactory }>;
  keys(): Promise<string[]>;
  delete(name: string): Promise<void>;
}

/** Where a database lives: its name, and its storage bucket when not the default one. */
interface Place {
  name: string;
  bucket?: string;
}

/** The browser's storage buckets where it has them (Chrome 122+), in a page or a worker. */
export function browserBuckets(): StorageBuckets | undefined {
  const candidate = (globalThis.navigator as { storageBuckets?: StorageBuckets } | undefined)?.storageBuckets;
  return candidate && typeof candidate.open === 'function' ? candidate : undefined;
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
  /** The bucket of each database this opened in one (the others are in the default bucket). */
  private readonly bucketOf = new WeakMap<OffboardDB, string>();
  /** Serialises the switch with the writes of this browser's own meta rows (see exclusive). */
  private queue: Promise<unknown> = Promise.resolve();
  /** Settles once the live database is known (the pointer read) and leftovers are removed. */
  readonly ready: Promise<void>;

  private constructor(
    readonly base: string,
    private readonly deps: OffboardDBDeps | undefined,
    known: OffboardDB | undefined,
    private readonly hooks: SwitchHooks = {},
    private readonly buckets: StorageBuckets | undefined = undefined,
  ) {
    this.pointers = new PointerDB(pointerDbName(base), deps);
    this.live = known;
    this.ready = known ? Promise.resolve() : this.resolve();
  }

  /** The background's: the live database is the one the pointer names (read asynchronously: see `ready`). */
  static open(base: string = DEFAULT_DB_NAME, deps?: OffboardDBDeps, hooks?: SwitchHooks, buckets?: StorageBuckets): LiveDatabase {
    return new LiveDatabase(base, deps, undefined, hooks, buckets);
  }

  /** The background's store in this browser: the default database family, in buckets where the browser has them. */
  static inBrowser(): LiveDatabase {
    return LiveDatabase.open(DEFAULT_DB_NAME, undefined, undefined, browserBuckets());
  }

  /** An already opened database taken as the live one (tests, tools); its name is the family's base. */
  static of(db: OffboardDB, hooks?: SwitchHooks, buckets?: StorageBuckets): LiveDatabase {
    return new LiveDatabase(db.name, db.deps, db, hooks, buckets);
  }

  /** The live database; only once `ready` has settled (the Store is gated on it: see repo.ts). */
  get current(): OffboardDB {
    if (!this.live) throw new Error('The store is not open yet');
    return this.live;
  }

  /** A new, empty database of the same schema for an import; nothing reads it until switchTo. */
  async createFresh(session: string): Promise<OffboardDB> {
    const name = importDbName(this.base, session);
    // A bucket the browser refuses (quota, a name it will not take) leaves the import in the default one.
    const inBucket = this.buckets ? await this.databaseAt({ name, bucket: name }).catch(() => undefined) : undefined;
    const fresh = inBucket ?? (await this.databaseAt({ name }));
    await fresh.open();
    return fresh;
  }

  /** Drops a fresh database that will not become the store (a refused or abandoned import). */
  async discard(fresh: OffboardDB): Promise<void> {
    if (fresh === this.live) return;
    fresh.close();
    await this.remove(this.placeOf(fresh));
  }

  /**
   * Runs `work` with no switch under way, and no switch starts until it settles. For the writes of
   * this browser's own meta rows, which the commit carries from the old store to the new one: a row
   * written between the copy and the switch would otherwise be lost with the old store.
   */
  exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.queue.then(work);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Makes `fresh` the store: the pointer is written in one transaction (the atomic step), then the
   * old database is closed and deleted. A failure before the pointer write leaves the old store
   * live (the caller discards `fresh`); a failure deleting the old one leaves it for the next start.
   */
  async switchTo(fresh: OffboardDB, carry?: (old: OffboardDB) => Promise<void>): Promise<void> {
    await this.exclusive(async () => {
      const old = this.current;
      await carry?.(old);
      await this.hooks.beforePointer?.();
      const place = this.placeOf(fresh);
      await this.pointers.pointer.put({ key: POINTER_KEY, ...place });
      this.live = fresh;
      try {
        await this.hooks.afterPointer?.();
        old.close();
        await this.remove(this.placeOf(old));
      } catch {
        // The new store is live; the old database is removed at the next start (removeLeftovers).
      }
    });
  }

  private async resolve(): Promise<void> {
    const row = await this.pointers.pointer.get(POINTER_KEY);
    const live: Place = row ? { name: row.name, ...(row.bucket === undefined ? {} : { bucket: row.bucket }) } : { name: this.base };
    this.live = await this.databaseAt(live);
    await this.removeLeftovers(live).catch(() => undefined);
  }

  /** Deletes every database and bucket of the family except the live one and the pointer. */
  private async removeLeftovers(live: Place): Promise<void> {
    // Dexie types its dependency loosely ({ open }); both the browser's and fake-indexeddb's are IDBFactory.
    const factory = (this.deps?.indexedDB ?? globalThis.indexedDB) as IDBFactory;
    const names = (await factory.databases()).flatMap((info) => (info.name === undefined ? [] : [info.name]));
    const family = (name: string) => name === this.base || name.startsWith(`${this.base}-import-`);
    const strayDatabases = names.filter((name) => family(name) && (live.bucket !== undefined || name !== live.name));
    const strayBuckets = this.buckets ? (await this.buckets.keys()).filter((bucket) => family(bucket) && bucket !== live.bucket) : [];
    await Promise.all([
      ...strayDatabases.map((name) => this.remove({ name })),
      ...strayBuckets.map((bucket) => this.remove({ name: bucket, bucket })),
    ]);
  }

  private placeOf(db: OffboardDB): Place {
    const bucket = this.bucketOf.get(db);
    return bucket === undefined ? { name: db.name } : { name: db.name, bucket };
  }

  /**
   * The database at `place` (not yet opened), in its bucket when it has one: the bucket is recorded,
   * so the database is removed with it. Buckets are `persisted`, as the store's origin is (unlimitedStorage).
   */
  private async databaseAt(place: Place): Promise<OffboardDB> {
    if (place.bucket === undefined) return new OffboardDB(place.name, this.deps);
    if (!this.buckets) throw new Error(`The store is in the storage bucket ${place.bucket}, which this browser cannot open`);
    const bucket = await this.buckets.open(place.bucket, { persisted: true });
    const db = new OffboardDB(place.name, { indexedDB: bucket.indexedDB, IDBKeyRange: this.deps?.IDBKeyRange ?? globalThis.IDBKeyRange });
    this.bucketOf.set(db, place.bucket);
    return db;
  }

  /** A database in a bucket goes with its bucket (nothing else is in it); one in the default bucket by name. */
  private async remove(place: Place): Promise<void> {
    if (place.bucket !== undefined && this.buckets) await this.buckets.delete(place.bucket);
    else await this.deleteNamed(place.name);
  }

  private async deleteNamed(name: string): Promise<void> {
    await new Dexie(name, this.deps ? { indexedDB: this.deps.indexedDB, IDBKeyRange: this.deps.IDBKeyRange } : undefined).delete();
  }
}
