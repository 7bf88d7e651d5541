import { render } from 'preact';
import { InsightsApp } from '../../components/insights/InsightsApp';
import '../../components/ui/theme.css';
import '../../components/insights/insights.css';
import { extensionStoreClient } from '../../messaging/extension';

const app = document.getElementById('app')!;
render(
  <InsightsApp
    store={extensionStoreClient()}
    onFirstChart={() => {
      // A mark the bench reads: the first chart is on screen.
      if (!document.documentElement.dataset.firstChart) document.documentElement.dataset.firstChart = String(performance.now());
    }}
  />,
  app,
);
