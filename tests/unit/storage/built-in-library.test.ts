/**
 * templates.builtIn: the background answers the built-in library, so the sidebar does not ship it
 * (components/sidebar/adapters.ts asks once per start, before the first render).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import { Store } from '../../../storage/repo';
import { requestSchemas } from '../../../storage/schemas';
import { builtInTemplates } from '../../../templates/library';
import { openTestDb, testClock } from './helpers';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function setup() {
  const db = openTestDb();
  opened.push(db);
  return new Store(db, { now: testClock().now, builtInTemplates: builtInTemplates() });
}

describe('templates.builtIn', () => {
  it('answers the whole library, each call a copy the caller cannot change the library through', async () => {
    const store = setup();
    const first = await store.templatesBuiltIn();
    expect(first).toEqual(builtInTemplates());
    first[0]!.variables.push('changed');
    first[0]!.body = 'changed';
    expect(await store.templatesBuiltIn()).toEqual(builtInTemplates());
  });

  it("takes the built-in ids from the library: a stored template cannot take one's id", async () => {
    const store = setup();
    const builtIn = builtInTemplates()[0]!;
    await expect(store.templatesPut({ template: { ...builtIn, builtIn: false } })).rejects.toThrow();
  });

  it('accepts only an empty request', () => {
    expect(requestSchemas['templates.builtIn'].safeParse({}).success).toBe(true);
    expect(requestSchemas['templates.builtIn'].safeParse({ lang: 'pl' }).success).toBe(false);
  });
});
