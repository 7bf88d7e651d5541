/**
 * Under the form of address in the client form: how the user's own greeting in the thread addresses
 * the client ("Pani Anno,"), offered as the form's values for the user to apply (issue 17). Nothing
 * is set until the user clicks, and nothing is saved until the form is.
 */
import type { ConversationContext } from '../../webmail/types';
import { addressFromThread } from '../../templates/polish';
import { Button } from '../ui/controls';
import { useSidebar } from './context';
import { addressPatchFromThread } from './client-form';
import type { AddressPatch, ClientForm } from './client-form';
import { ADDRESS_FORM_LABEL } from './labels';

export function AddressFromThread({ form, context, onApply }: { form: ClientForm; context: ConversationContext | null; onApply: (patch: AddressPatch) => void }) {
  const { t } = useSidebar();
  const found = context ? addressFromThread(context.messages, context.userEmail) : undefined;
  const patch = addressPatchFromThread(form, found);
  if (!found || !patch) return null;
  const name = found.firstName ? t('addressFromThreadName', { name: found.firstName }) : '';
  return (
    <div class="sb-muted" data-testid="address-from-thread">
      <p>{t('addressFromThread', { greeting: found.greeting })}</p>
      <Button variant="quiet" onClick={() => onApply(patch)} data-testid="address-from-thread-apply">
        {t('addressFromThreadApply', { form: t(ADDRESS_FORM_LABEL[patch.addressForm]), name })}
      </Button>
    </div>
  );
}
