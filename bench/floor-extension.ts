/**
 * The floor of what any extension with a content script costs the webmail: an extension whose only
 * content script is empty, injected at `document_start` on the same pages. Chrome still creates the
 * extension's isolated world and bindings in the page and sets up its extension system there, so the
 * difference between Offboard and this floor is what Offboard's own code adds.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function writeFloorExtension(matches: readonly string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'offboard-floor-'));
  const manifest = {
    manifest_version: 3,
    name: 'Empty content script (benchmark floor)',
    version: '1.0.0',
    content_scripts: [{ matches, js: ['empty.js'], run_at: 'document_start' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'empty.js'), '"use strict";\n');
  return dir;
}
