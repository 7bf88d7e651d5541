/** Message keys for the domain's values on the insights page. */
import type { EndReason, Initiator, TestimonialPlacement } from '../../offboarding/types';
import type { InsightsMessageKey } from './messages';

export const REASON_KEY: Record<EndReason, InsightsMessageKey> = {
  'non-payment': 'reasonNonPayment',
  breach: 'reasonBreach',
  fit: 'reasonFit',
  capacity: 'reasonCapacity',
  'scope-change': 'reasonScopeChange',
  'client-decision': 'reasonClientDecision',
  'project-complete': 'reasonProjectComplete',
  other: 'reasonOther',
};

export const INITIATOR_KEY: Record<Initiator, InsightsMessageKey> = { we: 'initiatorWe', client: 'initiatorClient', mutual: 'initiatorMutual' };

export const PLACEMENT_KEY: Record<TestimonialPlacement, InsightsMessageKey> = {
  website: 'placementWebsite',
  'case-study': 'placementCaseStudy',
  social: 'placementSocial',
  proposals: 'placementProposals',
};
