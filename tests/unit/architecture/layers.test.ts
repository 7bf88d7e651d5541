/**
 * The house's floors: a folder imports only from its own folder and the floors below it, and the
 * two rooms on one floor (background and UI) never import each other. Type imports count too: a
 * type imported from above is a dependency on that floor all the same.
 */
import { describe, expect, it } from 'vitest';
import { importsByFolder, layerViolations, LAYERS, sourceFolders } from './imports';

describe('layers', () => {
  it('every folder of the source is on a floor', () => {
    const folders = sourceFolders();
    expect(folders).toContain('offboarding');
    const placed = new Set(LAYERS.flat());
    expect(folders.filter((folder) => !placed.has(folder))).toEqual([]);
  });

  it('no folder imports from a folder above it or beside it', () => {
    expect(layerViolations(importsByFolder())).toEqual([]);
  });

  it('the check sees an upward import', () => {
    const imports = new Map([['offboarding', [{ file: 'offboarding/x.ts', target: 'components' }]]]);
    expect(layerViolations(imports)).toEqual(['offboarding/x.ts imports components (floor 6 over floor 0)']);
    const sideways = new Map([['background', [{ file: 'background/a.ts', target: 'components' }]]]);
    expect(layerViolations(sideways)).toEqual(['background/a.ts imports components (beside it on floor 6)']);
  });
});
