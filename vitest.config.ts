import { defineConfig } from 'vitest/config';
import { offboardLibraryPlugin } from './templates/library-plugin';
import { DEXIE_MODULE_ALIAS } from './storage/dexie-module';

export default defineConfig({
  plugins: [offboardLibraryPlugin()],
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: [DEXIE_MODULE_ALIAS] },
  test: {
    reporters: ['default', './tests/summary-reporter.ts'],
    setupFiles: ['./tests/support/fast-check-seed.ts', './tests/support/jsdom-teardown.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          // A guard against hangs, not a speed check (speed is npm run bench's): a property that
          // renders hundreds of drafts in jsdom takes 3 s on a quiet 2-core machine and 15 s on a busy one.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // What the stores receive: the zips of npm run zip and Mozilla's linter on the Firefox build.
          name: 'package',
          include: ['tests/package/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
