/** The "What the client said" section, shown when there is a reply to keep or something kept. */
import type { Offboarding } from '../../offboarding/types';
import type { ConversationContext } from '../../webmail/types';
import { Section } from '../ui/controls';
import { AfterCapture } from './AfterCapture';
import { useAfterT } from './after-fields';
import { replyToKeep } from './capture-source';

export function AfterCaptureSection({ offboarding, context }: { offboarding: Offboarding; context: ConversationContext | null }) {
  const t = useAfterT();
  const kept = (offboarding.feedback?.length ?? 0) + (offboarding.testimonials?.length ?? 0) + (offboarding.referrals?.length ?? 0);
  if (kept === 0 && !replyToKeep(context)) return null;
  return (
    <Section title={t('captureTitle')} testId="after-section">
      <AfterCapture offboarding={offboarding} context={context} />
    </Section>
  );
}
