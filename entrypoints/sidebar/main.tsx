import { render } from 'preact';
import '../../components/ui/theme.css';
import '../../components/sidebar/sidebar.css';
import { SidebarApp } from '../../components/sidebar/App';
import { realDeps } from '../../components/sidebar/adapters';
import { currentEmbedding, isAllowedEmbedding } from '../../components/sidebar/embedding';
import { createSidebarModel } from '../../components/sidebar/state';

if (isAllowedEmbedding(currentEmbedding(window))) {
  const deps = realDeps();
  const model = createSidebarModel(deps);
  render(<SidebarApp model={model} deps={deps} />, document.getElementById('app')!);
  void model.start();
}
