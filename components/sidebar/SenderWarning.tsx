/**
 * Shown above the client's record when the latest message came from someone who is not one of the
 * client's addresses or company domains (someone who CC'd the client, say): a reply would go to them.
 */
import type { Client } from '../../offboarding/types';
import type { ConversationContext } from '../../webmail/types';
import type { Bilingual } from '../../common/i18n';
import { Alert } from '../ui/controls';
import { useSidebar } from './context';
import { latestSenderOutsideClient } from './conversation';

export const SENDER_OUTSIDE_CLIENT: Bilingual = {
  pl: 'Ostatnią wiadomość wysłano z adresu {email}, który nie należy do tego klienta. Odpowiedź trafi na ten adres — sprawdź odbiorców, zanim wstawisz szkic.',
  en: 'The latest message came from {email}, which is not one of this client’s addresses. A reply goes to that sender — check the recipients before you insert a draft.',
};

export function SenderWarning({ client, context }: { client: Pick<Client, 'emails' | 'domains'>; context: ConversationContext | null }) {
  const { lang } = useSidebar();
  const outsider = latestSenderOutsideClient(client, context);
  if (!outsider) return null;
  return (
    <Alert tone="warn" testId="sender-outside-client">
      <p>{SENDER_OUTSIDE_CLIENT[lang].split('{email}').join(outsider)}</p>
    </Alert>
  );
}
