/** The real built-in library when templates/library.ts exists and exports builtInTemplates(). */
import type { Template } from '../../../../templates/types';

export async function loadBuiltInTemplates(): Promise<Template[] | null> {
  // A variable path keeps the import optional while the library is being written.
  const path = '../../../../templates/library';
  try {
    const mod: unknown = await import(/* @vite-ignore */ path);
    if (mod !== null && typeof mod === 'object' && 'builtInTemplates' in mod && typeof mod.builtInTemplates === 'function') {
      const templates: unknown = mod.builtInTemplates();
      return Array.isArray(templates) ? (templates as Template[]) : null;
    }
    return null;
  } catch {
    return null;
  }
}
