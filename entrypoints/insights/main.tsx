import { render } from 'preact';
import { InsightsApp } from '../../components/insights/InsightsApp';
import '../../components/ui/theme.css';
import '../../components/insights/insights.css';
import { extensionStoreClient } from '../../messaging/extension';

const app = document.getElementById('app')!;
render(
  <InsightsApp
    store={extensionStoreClient()}
    onChartDrawn={() => {
      // Marks the bench reads (bench/insights.ts): when the first chart was drawn, and how often.
      const marks = document.documentElement.dataset;
      marks.firstChart ??= String(performance.now());
      marks.chartDraws = String(Number(marks.chartDraws ?? '0') + 1);
    }}
  />,
  app,
);
