/** Which UI string names each domain value (stage, step, kind, channel…). */
import type { AddressForm, ChecklistKey, ContractType, EndReason, Initiator, NoticeChannel, Stage, Tone } from '../../offboarding/types';
import type { SidebarMessageKey } from './messages';

export const STAGE_LABEL: Record<Stage, SidebarMessageKey> = {
  preparation: 'stagePreparation',
  notice: 'stageNotice',
  handover: 'stageHandover',
  settlement: 'stageSettlement',
  closing: 'stageClosing',
  'follow-up': 'stageFollowUp',
  closed: 'stageClosed',
  kept: 'stageKept',
};

export const CHECKLIST_LABEL: Record<ChecklistKey, SidebarMessageKey> = {
  analysis: 'checkAnalysis',
  conversation: 'checkConversation',
  documents: 'checkDocuments',
  notice: 'checkNotice',
  handover: 'checkHandover',
  'assets-access': 'checkAssetsAccess',
  'personal-data': 'checkPersonalData',
  settlement: 'checkSettlement',
  'closing-message': 'checkClosingMessage',
  feedback: 'checkFeedback',
  testimonial: 'checkTestimonial',
  referral: 'checkReferral',
  lessons: 'checkLessons',
};

export const CHANNEL_LABEL: Record<NoticeChannel, SidebarMessageKey> = {
  email: 'channelEmail',
  letter: 'channelLetter',
  courier: 'channelCourier',
  qes: 'channelQes',
  'in-person': 'channelInPerson',
  other: 'channelOther',
};

export const ADDRESS_FORM_LABEL: Record<AddressForm, SidebarMessageKey> = {
  pan: 'addressPan',
  pani: 'addressPani',
  panstwo: 'addressPanstwo',
};

export const CONTRACT_TYPE_LABEL: Record<ContractType, SidebarMessageKey> = {
  service: 'contractService',
  zlecenie: 'contractZlecenie',
  dzielo: 'contractDzielo',
  other: 'contractOther',
};

export const INITIATOR_LABEL: Record<Initiator, SidebarMessageKey> = {
  we: 'initiatorWe',
  client: 'initiatorClient',
  mutual: 'initiatorMutual',
};

export const REASON_LABEL: Record<EndReason, SidebarMessageKey> = {
  'non-payment': 'reasonNonPayment',
  breach: 'reasonBreach',
  fit: 'reasonFit',
  capacity: 'reasonCapacity',
  'scope-change': 'reasonScopeChange',
  'client-decision': 'reasonClientDecision',
  'project-complete': 'reasonProjectComplete',
  other: 'reasonOther',
};

export const TONE_LABEL: Record<Tone, SidebarMessageKey> = { formal: 'toneFormal', warm: 'toneWarm' };

/** Options for a select from a label table, in the table's order. */
export function optionsOf<T extends string>(table: Record<T, SidebarMessageKey>, t: (key: SidebarMessageKey) => string) {
  return (Object.keys(table) as T[]).map((value) => ({ value, label: t(table[value]) }));
}
