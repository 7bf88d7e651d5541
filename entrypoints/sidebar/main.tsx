import { render } from 'preact';
import '../../components/ui/theme.css';
import '../../components/sidebar/sidebar.css';
import { SidebarApp } from '../../components/sidebar/App';
import { pairedPage, pairedShortcut, realDeps, realPairingTransport, unpairedPage } from '../../components/sidebar/adapters';
import { useModelState } from '../../components/ui/use-model-state';
import { currentEmbedding, isAllowedEmbedding } from '../../components/sidebar/embedding';
import { pairWithContentScript, type Pairing, type PairingTransport } from '../../components/sidebar/pairing';
import { createSidebarModel, type SidebarModel } from '../../components/sidebar/state';
import { VisibilityGate } from '../../components/sidebar/VisibilityGate';
import { preloadSidebarParts } from '../../components/sidebar/sidebar-parts';
import type { SidebarDeps } from '../../components/sidebar/ports';
import { grantedWebmailPatterns, originOfPattern } from '../../common/custom-webmail';

function Framed({ model, deps }: { model: SidebarModel; deps: SidebarDeps }) {
  const state = useModelState(model);
  return (
    <VisibilityGate lang={state.uiLang}>
      <SidebarApp model={model} deps={deps} />
    </VisibilityGate>
  );
}

function start(pairing: Pairing | null): void {
  const deps = pairing ? realDeps(pairedPage(pairing.tabId, pairing.token), pairedShortcut(pairing.tabId, pairing.token)) : realDeps(unpairedPage);
  const model = createSidebarModel(deps);
  // The later parts' code comes in while the store is read, so they render with the record.
  void preloadSidebarParts().catch(() => undefined);
  const root = document.getElementById('app')!;
  if (pairing === null) render(<SidebarApp model={model} deps={deps} />, root);
  else render(<Framed model={model} deps={deps} />, root);
  void model.start();
}

const embedding = currentEmbedding(window);
if (embedding.isTop) {
  // Opened as the extension's own tab: nothing can be laid over it.
  start(null);
} else {
  // A company's own Outlook address counts once the user granted it (options page).
  const allowed = grantedOrigins().then((granted) => isAllowedEmbedding(embedding, granted));
  // Framed into a webmail: only the frame our content script created gets its token; any other
  // (one the page made itself) shows nothing and does nothing — nothing is sent before the check.
  // Listening starts now, in this first task: the token is posted once, at the frame's load, which
  // on a busy machine can come before the browser answers the check; a token posted before the
  // listener would be lost, and the sidebar would stay empty.
  const checkedTransport: PairingTransport = {
    async whoami() {
      if (!(await allowed)) throw new Error('Not framed by a webmail.');
      return realPairingTransport.whoami();
    },
    pair: (tabId, token) => realPairingTransport.pair(tabId, token),
  };
  const pairing = pairWithContentScript(window, checkedTransport);
  void allowed.then((ok) => {
    if (ok) void pairing.then((paired) => start(paired));
  });
}

async function grantedOrigins(): Promise<string[]> {
  try {
    return grantedWebmailPatterns((await chrome.permissions.getAll()).origins).map(originOfPattern);
  } catch {
    return [];
  }
}
