/**
 * Outlook on the web at a company's own address: the user types the address, the browser asks for
 * access to that one https site, and the granted sites are listed with a way to take each back.
 * Nothing is asked for until the user clicks (least privilege), and the typed text stays in the
 * field whatever goes wrong.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Alert, Button, Section, TextField } from '../ui/controls';
import { translator } from '../../common/i18n';
import { hostOfPattern, parseWebmailAddress, WEBMAIL_ADDRESS_MAX_LENGTH } from '../../common/custom-webmail';
import { userErrorText } from '../../common/user-errors';
import type { Lang } from '../../offboarding/types';
import { problemKey, webmailAccessMessages } from './webmail-access-messages';
import type { WebmailPermissions } from './webmail-permissions';

type Status = { tone: 'ok' | 'warn' | 'error'; text: string } | null;

export function WebmailAccessSection({ permissions, uiLang }: { permissions: WebmailPermissions; uiLang: Lang }) {
  const t = useMemo(() => translator(webmailAccessMessages, uiLang), [uiLang]);
  const [granted, setGranted] = useState<string[] | null>(null);
  const [typed, setTyped] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);

  const reload = () =>
    permissions.granted().then(setGranted, (error: unknown) => setStatus({ tone: 'error', text: t('loadFailed', { error: userErrorText(error, uiLang) }) }));

  useEffect(() => {
    void reload();
    return permissions.onChanged(() => void reload());
  }, [permissions]);

  const finish = async (work: Promise<Status>) => {
    setBusy(true);
    try {
      setStatus(await work);
    } catch (error) {
      setStatus({ tone: 'error', text: t('failed', { error: userErrorText(error, uiLang) }) });
    } finally {
      setBusy(false);
      await reload();
    }
  };

  const add = (event: Event) => {
    event.preventDefault();
    setStatus(null);
    const parsed = parseWebmailAddress(typed);
    if (!parsed.ok) {
      setFieldError(t(problemKey(parsed.problem), { max: WEBMAIL_ADDRESS_MAX_LENGTH }));
      return;
    }
    setFieldError(null);
    if (granted?.includes(parsed.pattern)) {
      setStatus({ tone: 'ok', text: t('alreadyGranted', { host: parsed.host }) });
      return;
    }
    // No await before this call: the browser shows its prompt only inside the click's gesture.
    const asked = permissions.request(parsed.pattern);
    void finish(
      asked.then((ok): Status => {
        if (!ok) return { tone: 'warn', text: t('declined', { host: parsed.host }) };
        setTyped('');
        return { tone: 'ok', text: t('added', { host: parsed.host }) };
      }),
    );
  };

  const remove = (pattern: string) => {
    setStatus(null);
    const host = hostOfPattern(pattern);
    void finish(
      permissions.remove(pattern).then((ok): Status => (ok ? { tone: 'ok', text: t('removed', { host }) } : { tone: 'warn', text: t('removeDeclined', { host }) })),
    );
  };

  return (
    <Section title={t('title')} testId="webmail-access">
      <p>{t('intro')}</p>
      <form class="options-webmail-access" onSubmit={add} noValidate>
        <TextField
          label={t('label')}
          hint={t('hint')}
          placeholder={t('placeholder')}
          value={typed}
          onInput={(value) => {
            setTyped(value);
            setFieldError(null);
          }}
          error={fieldError}
          inputMode="text"
          testId="webmail-access-input"
        />
        <Button type="submit" variant="primary" disabled={busy} data-testid="webmail-access-add">{t('add')}</Button>
      </form>
      {status && <Alert tone={status.tone} testId="webmail-access-status">{status.text}</Alert>}
      <h3>{t('grantedTitle')}</h3>
      {granted !== null && granted.length === 0 ? <p data-testid="webmail-access-none">{t('none')}</p> : null}
      {granted !== null && granted.length > 0 ? (
        <ul class="options-webmail-access__list" data-testid="webmail-access-list">
          {granted.map((pattern) => (
            <li key={pattern} data-testid="webmail-access-item" data-pattern={pattern}>
              <span>{hostOfPattern(pattern)}</span>{' '}
              <Button
                variant="quiet"
                disabled={busy}
                aria-label={t('removeLabel', { host: hostOfPattern(pattern) })}
                data-testid="webmail-access-remove"
                onClick={() => remove(pattern)}
              >
                {t('remove')}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </Section>
  );
}
