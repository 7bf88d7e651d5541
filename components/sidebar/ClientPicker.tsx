/** Pick an existing client by hand, for when the page cannot be read (or matched the wrong one). */
import { useState } from 'preact/hooks';
import type { Client } from '../../offboarding/types';
import { Button, TextField } from '../ui/controls';
import { useSidebar } from './context';

export function ClientPicker({ clients }: { clients: Client[] | null }) {
  const { t, model } = useSidebar();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');

  if (!open) {
    return (
      <Button variant="quiet" data-testid="pick-client" onClick={() => { setOpen(true); void model.loadClients(); }}>
        {t('pickClient')}
      </Button>
    );
  }
  const needle = query.trim().toLowerCase();
  const found = (clients ?? []).filter((client) =>
    needle === '' ||
    client.name.toLowerCase().includes(needle) ||
    (client.company ?? '').toLowerCase().includes(needle) ||
    client.emails.some((email) => email.includes(needle)) ||
    client.domains.some((domain) => domain.includes(needle)),
  ).slice(0, 20);

  return (
    <div class="sb-picker" data-testid="client-picker">
      <TextField label={t('pickClientSearch')} type="search" value={query} onInput={setQuery} autoFocus />
      {clients === null ? <p class="sb-muted">{t('loading')}</p> : null}
      {clients !== null && found.length === 0 ? <p class="sb-muted">{t('pickClientNone')}</p> : null}
      <ul class="sb-list">
        {found.map((client) => (
          <li key={client.id}>
            <Button
              variant="quiet"
              aria-label={t('pickClientUse', { name: client.name })}
              onClick={() => { setOpen(false); void model.pickClient(client.id); }}
            >
              {client.name}{client.company ? ` — ${client.company}` : ''}
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="quiet" onClick={() => setOpen(false)}>{t('cancel')}</Button>
    </div>
  );
}
