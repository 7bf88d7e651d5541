import { defineConfig } from 'wxt';
import { offboardLibraryPlugin } from './templates/library-plugin';
import { DEXIE_MODULE_ALIAS } from './storage/dexie-module';
import { CUSTOM_WEBMAIL_OPTIONAL_ORIGINS, SIDEBAR_FRAME_MATCHES, WEBMAIL_MATCHES } from './common/webmail-origins';

export default defineConfig({
  // Explicit imports everywhere: a reader sees where every name comes from.
  imports: false,
  // Lets parallel builds (benchmarks, several developers) use their own folder.
  outDir: process.env.OFFBOARD_OUT_DIR || '.output',
  // MV3 on Firefox too: its web_accessible_resources can be limited to the webmail origins.
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` (no install warning) injects the runtimes into webmail tabs once their pages have
    // loaded (background/page-injection.ts): the manifest declares no content script.
    // `offscreen` (Chrome; no install warning) writes the automatic backup's file: its worker cannot make blob URLs.
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'notifications', 'clipboardWrite', 'scripting', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Asked only when the user turns the automatic backup on (options page), so nothing new at install.
    optional_permissions: ['downloads'],
    // Outlook on the web at a company's own address: nothing is held until the user types one on the
    // options page and grants that one exact https origin (background/webmail-access.ts).
    optional_host_permissions: CUSTOM_WEBMAIL_OPTIONAL_ORIGINS,
    // The four webmails, where the background injects the runtimes: the same sites (and the same
    // install warning) as the content scripts' matches that granted them before (issue 16).
    host_permissions: WEBMAIL_MATCHES,
    web_accessible_resources: [
      {
        // The runtimes are injected by the background, not imported by the page: only the frame is exposed.
        resources: ['sidebar.html'],
        // Any https page, because a granted company address must be able to load the frame and this
        // list cannot change at run time; what keeps other pages out is in README › Security.
        matches: SIDEBAR_FRAME_MATCHES,
        // Chrome: the page reaches the sidebar only at a per-session URL it cannot guess, so it can
        // neither frame one of its own nor probe whether Offboard is installed. Firefox's
        // moz-extension host is already a random per-install id and it has no such key.
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandToggleSidebar__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'offboard@offboard.app',
              strict_min_version: '140.0',
              // Nothing leaves the browser: Firefox shows "no data collected" at install.
              data_collection_permissions: { required: ['none'] },
            },
            // The first Firefox for Android that reads data_collection_permissions.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  zip: {
    // Store zips: the built extension only (the build writes no source maps; this is the guard).
    exclude: ['**/*.map'],
    // The sources zip AMO asks for: what builds the extension, not its tests, benchmarks or pictures.
    excludeSources: ['tests/**', 'bench/**', 'test-results/**', 'vitest.config.ts', '**/*.map'],
  },
  vite: () => ({
    plugins: [offboardLibraryPlugin()],
    resolve: { alias: [DEXIE_MODULE_ALIAS] },
    esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
    build: {
      sourcemap: process.env.OFFBOARD_SOURCEMAP === "1",
      // Vite's polyfill for <link rel="modulepreload">, dead code here: every browser we support
      // preloads modules natively (Chrome 66+, Firefox 115+; the manifest asks for Firefox 140).
      modulePreload: { polyfill: false },
      // Terser, two passes: about 2 KB less gzip in the sidebar and 8 KB less in the store zip than
      // esbuild's minifier (bench size). ASCII output as WXT asks of esbuild: Chrome refuses a content
      // script whose bytes it does not take for UTF-8 (wxt-dev/wxt#353). Property names are never mangled.
      minify: 'terser',
      terserOptions: { compress: { passes: 2 }, format: { ascii_only: true } },
    },
  }),
});
