/** The sidebar's state: one plain object, changed only by the model's slices (components/sidebar/state.ts). */
import type { ChecklistKey, Client, Lang, NoticeChannel, OffboardEvent, Settings } from '../../../offboarding/types';
import type { ClientWithOffboarding } from '../../../storage/protocol';
import type { ConversationContext } from '../../../webmail/types';
import type { Template, TemplateKind } from '../../../templates/types';
import { resolveUiLang } from '../../../common/i18n';
import type { SidebarMessageKey } from '../messages';
import { conversationStatus } from '../conversation';
import type { ConversationStatus } from '../conversation';

export interface Flash {
  tone: 'ok' | 'warn' | 'error';
  key: SidebarMessageKey;
  params?: Record<string, string | number>;
  /** Technical detail for an error, shown small under the message. */
  detail?: string;
  /**
   * Where the action happened (a suggestion card, the notice): the message is shown there, next to
   * what the user acted on, instead of at the top of the sidebar.
   */
  anchor?: string;
}

export interface SidebarState {
  /** 'starting' until settings are known: the view renders nothing, so no wrong-language flash. */
  phase: 'starting' | 'ready' | 'error';
  errorDetail?: string;
  settings: Settings | null;
  uiLang: Lang;
  tabId: number | null;
  /** False when the content script could not be reached. */
  pageReachable: boolean;
  context: ConversationContext | null;
  conversation: ConversationStatus;
  record: ClientWithOffboarding | null;
  /** True while the first look-up for this conversation runs (reloads keep the old record). */
  loadingRecord: boolean;
  events: OffboardEvent[];
  storedTemplates: Template[];
  /** Client picked by hand or just created; wins over matching until the conversation changes. */
  pinnedClientId: string | null;
  /** The edit form is open (right after starting, or on request). */
  editing: boolean;
  /** All clients, loaded when the manual picker opens. */
  clients: Client[] | null;
  busy: boolean;
  flash: Flash | null;
  /** After an insertion: the checklist step the message belongs to, offered for ticking. */
  offer: { kind: TemplateKind; key: ChecklistKey; anchor?: string } | null;
  /** A block asked for a message of this kind to open first among the suggestions (the notice's cover message). */
  pickRequest: { kind: TemplateKind; seq: number } | null;
}

export interface NoticeInput {
  servedOn: string;
  channel: NoticeChannel;
  acknowledgementRequested: boolean;
  deliveredOn?: string;
  expectedDeliveryOn?: string;
  acknowledgedOn?: string;
}

export interface NoticeDeliveryInput {
  deliveredOn?: string;
  expectedDeliveryOn?: string;
}

export function initialState(languages: readonly string[]): SidebarState {
  return {
    phase: 'starting',
    settings: null,
    uiLang: resolveUiLang('auto', languages),
    tabId: null,
    pageReachable: true,
    context: null,
    conversation: 'none',
    record: null,
    loadingRecord: false,
    events: [],
    storedTemplates: [],
    pinnedClientId: null,
    editing: false,
    clients: null,
    busy: false,
    flash: null,
    offer: null,
    pickRequest: null,
  };
}

/** The conversation's status follows the context and whether the page answered. */
export function deriveConversation(next: SidebarState, changes: Partial<SidebarState>): SidebarState {
  if (changes.context === undefined && changes.pageReachable === undefined) return next;
  return { ...next, conversation: next.pageReachable ? conversationStatus(next.context) : 'unreadable' };
}
