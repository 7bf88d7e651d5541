import type { Lang, Tone } from '../offboarding/types';

/** Exactly the kinds the product drafts (DOMAIN.md's list). */
export const TEMPLATE_KINDS = [
  'conversation-request',
  'termination-ack',
  'retention-reply',
  'termination-notice',
  'mutual-agreement',
  'handover-plan',
  'handover-complete',
  'settlement',
  'payment-reminder',
  'access-revocation',
  'data-return',
  'closing-thanks',
  'feedback-request',
  'testimonial-request',
  'referral-request',
  'check-in',
  'provider-recommendation',
  // Notices and agreements done right (issue 12):
  'signed-notice-cover',
  'dzielo-withdrawal',
  'dzielo-withdrawal-reply',
  'breach-remedy',
  'non-renewal',
  'mutual-agreement-confirmation',
  'payment-demand',
  'prepayment-refund',
  'rights-transfer',
  'termination-dispute',
] as const;
export type TemplateKind = (typeof TEMPLATE_KINDS)[number];

export interface TemplateMeta {
  id: string;
  kind: TemplateKind;
  lang: Lang;
  tone: Tone;
  /** Optional variant within a kind, e.g. termination-notice: 'period' | 'end-of-month' | 'immediate'. */
  variant?: string;
  title: string;
  /** Subject line template (used only for a new message). */
  subject: string;
  /** When the message fits, in words (shown to the user). */
  when: string;
  /** Variables the body needs. */
  variables: string[];
}

export interface Template extends TemplateMeta {
  /** Markdown body with {{variables}}, {{#if}}, {{#each}}. */
  body: string;
  builtIn: boolean;
  /** For a custom copy: the built-in it came from. */
  basedOn?: string;
}

export interface RenderedDraft {
  subject: string;
  /** Sanitized HTML, safe for an editor. */
  html: string;
  text: string;
  /** Variables with no value: listed, never rendered as blanks or braces. */
  missing: string[];
}

/** Values a template can use; nested objects are addressed with dots ({{client.name}}). */
export type TemplateValue = string | number | boolean | null | undefined | TemplateValue[] | { [key: string]: TemplateValue };
export type TemplateVariables = { [key: string]: TemplateValue };

/** Why a suggestion fits, as a code with parameters; words come from describeReason(reason, uiLang). */
export interface SuggestionReason {
  code: string;
  params?: Record<string, string | number>;
}

export interface Suggestion {
  template: Template;
  kind: TemplateKind;
  lang: Lang;
  tone: Tone;
  score: number;
  reasons: SuggestionReason[];
}
