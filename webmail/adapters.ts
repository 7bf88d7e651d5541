/**
 * The adapters with the sidebar's analysis applied to what they read (webmail/analysis.ts): what a
 * test of an adapter or a tool reading fixtures compares. The content scripts run the page side
 * alone (gmailPage, outlookPage); the sidebar analyses what they send.
 */
import { withAnalysis } from './analysis';
import { gmailPage } from './gmail';
import { outlookPage } from './outlook';

export const gmailAdapter = withAnalysis(gmailPage);
export const outlookAdapter = withAnalysis(outlookPage);
