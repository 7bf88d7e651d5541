/** Bench results: figures with targets, sections that may be "not available", a printed table. */

export type Verdict = 'PASS' | 'FAIL' | 'INFO';

export interface Target {
  /** Figure must be `<=` or `<` the limit. */
  op: '<=' | '<';
  limit: number;
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target?: Target;
  verdict: Verdict;
  /** How the figure was obtained (e.g. "median of 7", "p95 of 200"). */
  basis?: string;
}

export interface SectionResult {
  section: string;
  status: 'measured' | 'not available' | 'error';
  reason?: string;
  figures: Figure[];
  durationMs: number;
}

/** Thrown when a precondition (a fixture, a UI element, a store operation) is not there yet. */
export class NotAvailable extends Error {}

export function figure(name: string, value: number, unit: string, target?: Target, basis?: string): Figure {
  const verdict: Verdict = !target ? 'INFO' : meets(value, target) ? 'PASS' : 'FAIL';
  return { name, value, unit, verdict, ...(target ? { target } : {}), ...(basis ? { basis } : {}) };
}

function meets(value: number, { op, limit }: Target): boolean {
  return op === '<=' ? value <= limit : value < limit;
}

export function failed(results: readonly SectionResult[]): boolean {
  return results.some((r) => r.status === 'error' || r.figures.some((f) => f.verdict === 'FAIL'));
}

function formatValue(value: number, unit: string): string {
  if (unit === 'B') return value >= 1024 ? `${(value / 1024).toFixed(1)} KB` : `${value} B`;
  if (unit === 'ms') return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
  if (unit === 'x') return `${value.toFixed(3)}x`;
  return `${Number.isInteger(value) ? value : value.toFixed(2)} ${unit}`;
}

export function formatTable(results: readonly SectionResult[]): string {
  const rows: string[][] = [['section', 'figure', 'value', 'target', 'verdict', 'basis']];
  for (const result of results) {
    if (result.status !== 'measured') {
      rows.push([result.section, `${result.status}: ${result.reason ?? ''}`, '', '', result.status === 'error' ? 'FAIL' : '-', '']);
    }
    for (const f of result.figures) {
      const target = f.target ? `${f.target.op} ${formatValue(f.target.limit, f.unit)}` : '';
      rows.push([result.section, f.name, formatValue(f.value, f.unit), target, f.verdict, f.basis ?? '']);
    }
  }
  const widths = rows[0]!.map((_, col) => Math.max(...rows.map((row) => (row[col] ?? '').length)));
  return rows
    .map((row, i) => {
      const line = row.map((cell, col) => cell.padEnd(widths[col]!)).join('  ').trimEnd();
      return i === 0 ? `${line}\n${widths.map((w) => '-'.repeat(w)).join('  ')}` : line;
    })
    .join('\n');
}
