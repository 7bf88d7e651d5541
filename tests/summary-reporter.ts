import type { Reporter, TestModule } from 'vitest/node';
import { availability, notRunLine, OPTIONAL_DATA } from './support/optional-data';

/**
 * Prints one plain closing line ("Tests: N passed, N failed, N skipped") that any CI can read, and
 * before it one line for each suite that did not run because data beside the project is absent.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      if (module.state() === 'failed' && [...module.children.allTests()].length === 0) failed++;
    }
    const ran = (suite: string) => testModules.some((module) => module.moduleId.replaceAll('\\', '/').endsWith(suite));
    for (const data of OPTIONAL_DATA) {
      const status = availability(data);
      if (status.state === 'absent' && data.suites.some(ran)) process.stdout.write(`\n${notRunLine(data, status.reason)}`);
    }
    process.stdout.write(`\nTests: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}
