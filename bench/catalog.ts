/**
 * Section "catalog": the reviewer's catalogue of the repository's scenario file
 * (tests/golden/scenarios.json), rendered in memory exactly as `npm run catalog:update` does
 * (validation, every template of every scenario, the pages), without writing files.
 */
import { join } from 'node:path';
import { buildCatalog, loadBuiltInLibrary } from '../catalog/command';
import { PROJECT_ROOT } from '../tests/e2e/harness';
import { figure, type Figure } from './report';
import { envInt, median } from './stats';

export const CATALOG_SCENARIOS = join(PROJECT_ROOT, 'tests/golden/scenarios.json');

export async function measureCatalog(): Promise<Figure[]> {
  const library = loadBuiltInLibrary();
  const runs = envInt('BENCH_RUNS', 5);
  buildCatalog(CATALOG_SCENARIOS, library); // warm-up: the JIT
  const samples: number[] = [];
  let messages = 0;
  let pages = 0;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    const catalog = buildCatalog(CATALOG_SCENARIOS, library);
    samples.push(performance.now() - start);
    pages = catalog.length;
    messages = catalog.reduce((sum, page) => sum + (page.markdown.match(/^#### /gm)?.length ?? 0), 0);
  }
  const whole = median(samples);
  const basis = `median of ${runs}`;
  return [
    figure(`catalogue of tests/golden/scenarios.json (${pages} scenarios, ${messages} messages)`, whole, 'ms', undefined, basis),
    // Informational: Node, not the browser the sidebar renders in (the same code, no DOM).
    figure('catalogue: time per rendered message (Node)', whole / messages, 'ms', undefined, basis),
  ];
}
