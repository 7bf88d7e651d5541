/** The UI words of the handover inventory's kinds and states, and its timeline entries. */
import type { HandoverItemKind, HandoverState, OffboardEvent } from '../../offboarding/types';
import { HANDOVER_ITEM_KINDS, HANDOVER_STATES } from '../../offboarding/types';
import type { SidebarMessageKey } from './messages';

export const KIND_LABEL: Record<HandoverItemKind, SidebarMessageKey> = {
  deliverable: 'kindDeliverable',
  'source-code': 'kindSourceCode',
  files: 'kindFiles',
  domain: 'kindDomain',
  hosting: 'kindHosting',
  account: 'kindAccount',
  credential: 'kindCredential',
  'personal-data': 'kindPersonalData',
  equipment: 'kindEquipment',
  other: 'kindOther',
};

const STATE_LABEL: Record<HandoverState, SidebarMessageKey> = {
  'to-hand-over': 'stateToHandOver',
  'handed-over': 'stateHandedOver',
  revoked: 'stateRevoked',
  deleted: 'stateDeleted',
  'not-applicable': 'stateNotApplicable',
};

/** Personal data is returned or deleted, never "handed over" (GDPR art. 28(3)(g)). */
export function stateLabel(state: HandoverState, kind: HandoverItemKind): SidebarMessageKey {
  if (kind === 'personal-data' && state === 'to-hand-over') return 'stateToReturn';
  if (kind === 'personal-data' && state === 'handed-over') return 'stateReturned';
  return STATE_LABEL[state];
}

/** The states a kind can be in: deletion is for personal data; access is revoked from the rest. */
export function statesFor(kind: HandoverItemKind): HandoverState[] {
  return HANDOVER_STATES.filter((state) => (state === 'deleted' ? kind === 'personal-data' : state === 'revoked' ? kind !== 'personal-data' : true));
}

function isKind(value: unknown): value is HandoverItemKind {
  return typeof value === 'string' && (HANDOVER_ITEM_KINDS as readonly string[]).includes(value);
}
function isState(value: unknown): value is HandoverState {
  return typeof value === 'string' && (HANDOVER_STATES as readonly string[]).includes(value);
}

/** "Domena acme.pl: przekazane" — the item's name and what happened to it. */
export function inventoryEventDetail(data: OffboardEvent['data'], t: (key: SidebarMessageKey) => string): string {
  const name = typeof data.name === 'string' ? data.name : '';
  if (data.action === 'added') return `${name}: ${t('inventoryEventAdded')}`;
  if (data.action === 'removed') return `${name}: ${t('inventoryEventRemoved')}`;
  // After the colon the state goes on in lower case, as the other changes do ("Pliki: przekazane").
  if (isState(data.state) && isKind(data.kind) && data.action === 'state') return `${name}: ${lowerFirst(t(stateLabel(data.state, data.kind)))}`;
  return `${name}: ${t('inventoryEventEdited')}`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase() + text.slice(1);
}
