/**
 * Issue 10, item 5: how long validating a long custom template takes (the options editor validates
 * on every change). Run: node --import tsx bench/template-locator.ts [path/to/templates/custom.ts]
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const modulePath = process.argv[2] ?? new URL('../templates/custom.ts', import.meta.url).pathname;
const { validateCustomTemplate } = (await import(pathToFileURL(modulePath).href)) as typeof import('../templates/custom');

function template(body: string) {
  return { id: 'x', kind: 'settlement', lang: 'pl', tone: 'formal', title: 'T', subject: 'S', when: '', variables: [], body, builtIn: false } as const;
}

const cases: Record<string, string> = {
  // Many "{{" inside a quoted choice text: the old per-variable regex rescanned from each of them.
  'choice text full of "{{" (48 KB)': `{{#sender m="${'{{'.repeat(24_000)}" f="a" we="b"}} {{nieznana.zmienna}}`,
  'many tags on one line (48 KB)': `${'{{client.name}} '.repeat(2_800)}{{nieznana.zmienna}}`,
  'ordinary 3 KB body': `Szanowni Państwo,\n\n${'Dziękuję za współpracę, {{client.name}}. '.repeat(70)}\n{{nieznana.zmienna}}`,
};
for (const [name, body] of Object.entries(cases)) {
  const times: number[] = [];
  let problems = 0;
  for (let i = 0; i < 5; i += 1) {
    const start = performance.now();
    problems = validateCustomTemplate(template(body) as never).length;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: median ${times[2]!.toFixed(1)} ms (${body.length} chars, ${problems} problem(s))`);
}
