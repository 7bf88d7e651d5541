/** What every sidebar view needs: the translator, the UI language, the model and the deps. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Lang } from '../../offboarding/types';
import type { Translate } from '../../common/i18n';
import type { sidebarMessages } from './messages';
import type { SidebarDeps } from './ports';
import type { SidebarModel } from './state';

export interface SidebarEnv {
  t: Translate<typeof sidebarMessages>;
  lang: Lang;
  model: SidebarModel;
  deps: SidebarDeps;
}

export const SidebarContext = createContext<SidebarEnv | null>(null);

export function useSidebar(): SidebarEnv {
  const env = useContext(SidebarContext);
  if (!env) throw new Error('useSidebar: the view is not inside <SidebarApp>');
  return env;
}
