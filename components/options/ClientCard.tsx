/** The client the popup pointed at (options.html#client=<id>) when it has no conversation link. */
import { useEffect, useState } from 'preact/hooks';
import { safeThreadUrl } from '../../common/thread-target';
import type { ClientWithOffboarding } from '../../storage/protocol';
import { Alert, Button, Section } from '../ui/controls';
import type { StoreClient } from '../../storage/protocol';
import type { Navigator } from '../../common/navigator';
import { userErrorText } from '../../common/user-errors';
import type { Lang } from '../../offboarding/types';
import type { OptionsTranslate } from './messages';

interface ClientCardProps {
  t: OptionsTranslate;
  store: StoreClient;
  nav: Navigator;
  clientId: string;
  uiLang: Lang;
}

export function ClientCard({ t, store, nav, clientId, uiLang }: ClientCardProps) {
  const [state, setState] = useState<{ found: ClientWithOffboarding | null; granted: string[] } | { error: string } | null>(null);

  useEffect(() => {
    let live = true;
    const granted = nav.grantedOrigins?.().catch(() => []) ?? Promise.resolve([]);
    Promise.all([store.call('clients.get', { id: clientId }), granted]).then(
      ([found, origins]) => live && setState({ found, granted: origins }),
      (error: unknown) => live && setState({ error: userErrorText(error, uiLang) }),
    );
    return () => {
      live = false;
    };
  }, [store, nav, clientId, uiLang]);

  if (state === null) return null;
  if ('error' in state) return <Alert tone="error">{state.error}</Alert>;
  const { found } = state;
  if (!found) {
    return (
      <Section title={t('clientTitle')} testId="client-card">
        <p>{t('clientNotFound')}</p>
      </Section>
    );
  }
  const threadUrl = safeThreadUrl(found.offboarding?.thread, state.granted);
  const { client } = found;
  return (
    <Section title={`${t('clientTitle')}: ${client.name}`} testId="client-card">
      {client.company && <p>{client.company}</p>}
      <p>{found.stage ? t('clientStage', { stage: t(`stage.${found.stage}`) }) : t('clientNoOffboarding')}</p>
      {client.emails.length > 0 && <p>{t('clientEmails', { list: client.emails.join(', ') })}</p>}
      {threadUrl ? <Button onClick={() => nav.openUrl(threadUrl)}>{t('clientOpenThread')}</Button> : <p class="options-muted">{t('clientNoThread')}</p>}
    </Section>
  );
}
