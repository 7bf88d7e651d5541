/**
 * Asked before the settlement step is ticked while money is still open: how much, per currency,
 * and whether to mark it done anyway. Shown under the step, where the user ticked it.
 */
import type { Offboarding } from '../../offboarding/types';
import { openBalances } from '../../offboarding/settlement';
import { Alert, Button } from '../ui/controls';
import { useSidebar } from './context';
import { money } from './settlement-form';

/** The open amounts as one phrase ("4 020,00 zł, −50,00 €"); empty when all is settled. */
export function openAmountsText(offboarding: Offboarding, lang: 'pl' | 'en'): string {
  let open: ReturnType<typeof openBalances> = [];
  try {
    open = openBalances(offboarding.settlement);
  } catch {
    return '';
  }
  return open.map(({ currency, openBalance }) => (openBalance < 0 ? `−${money(-openBalance, currency, lang)}` : money(openBalance, currency, lang))).join(', ');
}

export function SettlementTickAsk({ amounts, onYes, onNo }: { amounts: string; onYes: () => void; onNo: () => void }) {
  const { t } = useSidebar();
  return (
    <div class="sb-settlement-ask">
      <Alert tone="warn" testId="settlement-ask">
        <p><strong>{t('settlementAskTitle')}</strong></p>
        <p data-testid="settlement-ask-open">{t('settlementAskOpen', { amounts })}</p>
        <p>{t('settlementAskQuestion')}</p>
        <div class="sb-actions">
          <Button variant="primary" data-testid="settlement-ask-yes" onClick={onYes}>{t('settlementAskYes')}</Button>
          <Button data-testid="settlement-ask-no" onClick={onNo}>{t('settlementAskNo')}</Button>
        </div>
      </Alert>
    </div>
  );
}
