/**
 * The sidebar's model: settings, the open conversation, the client it belongs to and its events,
 * loaded through the injected ports and kept in one plain state object (model/types.ts). Each
 * slice in model/ has one job; this composes them into the API the views use. No Preact in here,
 * so the whole flow runs in tests with fake ports.
 */
import type { SidebarDeps } from './ports';
import { createSession } from './model/session';
import { pageSlice } from './model/page-slice';
import { clientSlice } from './model/client-slice';
import { checklistSlice } from './model/checklist-slice';
import { noticeSlice } from './model/notice-slice';
import { settlementSlice } from './model/settlement-slice';
import { preparationSlice } from './model/preparation-slice';
import { draftSlice } from './model/draft-slice';
import { uiSlice } from './model/ui-slice';
import { afterSlice } from './model/after-slice';
import { inventorySlice } from './model/inventory-slice';
import { documentsSlice } from './model/documents-slice';
import { lifecycle } from './model/lifecycle';
import type { SidebarState } from './model/types';

export type SidebarModel = ReturnType<typeof createSidebarModel>;

export function createSidebarModel(deps: SidebarDeps) {
  const session = createSession(deps);
  const page = pageSlice(session);
  const clients = clientSlice(session);
  return {
    getState: (): SidebarState => session.store.getState(),
    subscribe: (listener: (state: SidebarState) => void): (() => void) => session.store.subscribe(listener),
    ...lifecycle(session, { readPage: page.readPage, onContextChanged: page.onContextChanged, loadClients: clients.loadClients }),
    closeSidebar: page.closeSidebar,
    ...clients,
    ...checklistSlice(session),
    ...noticeSlice(session),
    ...settlementSlice(session),
    ...preparationSlice(session),
    ...draftSlice(session),
    ...uiSlice(session),
    ...afterSlice(session),
    ...inventorySlice(session),
    ...documentsSlice(session),
  };
}
