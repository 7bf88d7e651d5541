/**
 * Vite plugin: compiles templates/library/*.md into the module `virtual:offboard-library` at build
 * time. A broken file fails the build with the file's name and the line, never at run time.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parseLibrary } from './library-file';

const VIRTUAL_ID = 'virtual:offboard-library';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
export const LIBRARY_DIR = join(dirname(fileURLToPath(import.meta.url)), 'library');

export function readLibraryFiles(dir: string = LIBRARY_DIR): Record<string, string> {
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.md')).sort()) {
    files[`./library/${name}`] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

export function offboardLibraryPlugin(): Plugin {
  return {
    name: 'offboard-library',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readLibraryFiles();
      for (const name of Object.keys(files)) this.addWatchFile(join(LIBRARY_DIR, name.replace('./library/', '')));
      return `export default ${JSON.stringify(parseLibrary(files))};`;
    },
  };
}
