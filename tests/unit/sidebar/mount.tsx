/**
 * The whole sidebar over fakes, started as main.tsx starts it, and taken down when the test ends:
 * the block every sidebar test file needs, in one place.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { onTestFinished } from 'vitest';
import { SidebarApp } from '../../../components/sidebar/App';
import type { SidebarDeps } from '../../../components/sidebar/ports';
import { createSidebarModel } from '../../../components/sidebar/state';
import { settle } from './fakes';

export async function mountSidebar(deps: SidebarDeps): Promise<{ model: ReturnType<typeof createSidebarModel>; container: HTMLElement }> {
  const model = createSidebarModel(deps);
  const container = document.createElement('div');
  document.body.append(container);
  onTestFinished(() => {
    render(null, container);
    container.remove();
  });
  await act(async () => {
    render(<SidebarApp model={model} deps={deps} />, container);
    await model.start();
  });
  await act(() => settle());
  return { model, container };
}
