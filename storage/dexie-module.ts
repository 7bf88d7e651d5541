/**
 * Which of Dexie's files the store runs on, for the extension's build (wxt.config.ts) and the
 * tests (vitest.config.ts) alike, so that the tests check the code the extension ships.
 * Dexie's own ES2018 module build, not the ES5 UMD file that its import wrapper re-exports: the
 * same version, 1.8 KB less in the store zip. The wrapper only guards against two copies of Dexie
 * in one page; with every `dexie` import sent to this one file there is one.
 */
export const DEXIE_MODULE_ALIAS = { find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' };
