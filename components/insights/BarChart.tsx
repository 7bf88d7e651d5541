/**
 * A bar chart drawn with uPlot (canvas), stacked when there are several series, with its numbers
 * in a table beneath: the canvas is a picture for the eye, the table is what a screen reader reads.
 * Colours come from the page's theme (insights.css), so light and dark both work.
 */
import { useEffect, useRef } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ChartSeries {
  label: string;
  values: number[];
}

export interface BarChartProps {
  caption: string;
  /** The x axis's heading in the table ("Month", "Score"). */
  categoryLabel: string;
  categories: string[];
  series: ChartSeries[];
  totalLabel?: string;
  testId: string;
  /** Called after the canvas is drawn (the bench measures first paint with it). */
  onDrawn?: () => void;
}

const PALETTE_SIZE = 8;

function themeColour(index: number): string {
  const style = getComputedStyle(document.documentElement);
  return style.getPropertyValue(`--ins-series-${(index % PALETTE_SIZE) + 1}`).trim() || '#1f5fbf';
}

/** Cumulative sums, top of the stack first: drawn in that order, each bar shows through the next. */
export function stackedTops(series: readonly ChartSeries[], length: number): number[][] {
  const tops: number[][] = [];
  let running = new Array<number>(length).fill(0);
  for (const s of series) {
    running = running.map((sum, i) => sum + (s.values[i] ?? 0));
    tops.push(running);
  }
  return tops.reverse();
}

export function BarChart({ caption, categoryLabel, categories, series, totalLabel, testId, onDrawn }: BarChartProps) {
  const holder = useRef<HTMLDivElement>(null);
  const shown = series.filter((s) => s.values.some((v) => v > 0));
  useEffect(() => {
    const element = holder.current;
    // No 2D canvas (a test's jsdom): the table alone carries the numbers.
    if (!element || categories.length === 0 || !document.createElement('canvas').getContext('2d')) return;
    const x = categories.map((_, i) => i);
    const tops = stackedTops(shown, categories.length);
    const colours = shown.map((_, i) => themeColour(i)).reverse();
    const text = getComputedStyle(document.documentElement).getPropertyValue('--ui-muted').trim() || '#555';
    const grid = getComputedStyle(document.documentElement).getPropertyValue('--ui-border').trim() || '#ddd';
    const bars = uPlot.paths.bars!({ size: [0.7, 60] });
    const plot = new uPlot(
      {
        width: Math.max(280, element.clientWidth || 640),
        height: 220,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false, range: [-0.5, categories.length - 0.5] }, y: { range: (_u, _min, max) => [0, Math.max(1, max)] } },
        axes: [
          { stroke: text, grid: { show: false }, ticks: { stroke: grid }, splits: () => x, values: (_u, splits) => splits.map((i) => categories[i] ?? '') },
          { stroke: text, grid: { stroke: grid }, ticks: { stroke: grid } },
        ],
        series: [{}, ...tops.map((_, i) => ({ label: shown[shown.length - 1 - i]?.label ?? '', fill: colours[i], stroke: colours[i], width: 0, paths: bars, points: { show: false } }))],
      },
      [x, ...tops],
      element,
    );
    onDrawn?.();
    return () => plot.destroy();
  }, [categories, series]);

  const totals = categories.map((_, i) => shown.reduce((sum, s) => sum + (s.values[i] ?? 0), 0));
  return (
    <figure class="ins-chart" data-testid={testId}>
      <figcaption class="ins-chart__caption">{caption}</figcaption>
      {shown.length > 1 ? (
        <ul class="ins-legend" aria-hidden="true">
          {shown.map((s, i) => (
            <li key={s.label}><span class="ins-swatch" style={{ background: `var(--ins-series-${(i % PALETTE_SIZE) + 1})` }} />{s.label}</li>
          ))}
        </ul>
      ) : null}
      <div ref={holder} class="ins-chart__canvas" aria-hidden="true" />
      <table class="ins-table" data-testid={`${testId}-table`}>
        <caption class="ins-visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            {shown.map((s) => <th key={s.label} scope="col">{s.label}</th>)}
            {totalLabel && shown.length > 1 ? <th scope="col">{totalLabel}</th> : null}
          </tr>
        </thead>
        <tbody>
          {categories.map((category, i) => (
            <tr key={category}>
              <th scope="row">{category}</th>
              {shown.map((s) => <td key={s.label}>{s.values[i] ?? 0}</td>)}
              {totalLabel && shown.length > 1 ? <td>{totals[i]}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
