/**
 * The confirmation, warning or error of an action and the "mark this step done?" offer, shown where
 * the action happened: a message with an anchor appears at that anchor (the suggestion card, the
 * notice), one without appears at the top. Alerts are live regions, so a screen reader hears them
 * wherever they are.
 */
import type { SidebarState } from './model/types';
import { Alert, Button } from '../ui/controls';
import { useSidebar } from './context';
import type { SidebarEnv } from './context';
import { useModelState } from '../ui/use-model-state';
import { CHECKLIST_LABEL } from './labels';
import { openAmountsText } from './SettlementTickAsk';
import { INVENTORY_STEPS, inventoryOf, stepInventory } from '../../offboarding/inventory';

export function ActionNotice({ state, anchor }: { state: Pick<SidebarState, 'flash' | 'offer' | 'record'>; anchor?: string }) {
  const { t, lang, model } = useSidebar();
  return <ActionNoticeView state={state} anchor={anchor} t={t} lang={lang} model={model} />;
}

/** The same, for a block that has no state of its own to pass (the notice under the checklist). */
export function AnchoredNotice({ anchor }: { anchor: string }) {
  const { t, lang, model } = useSidebar();
  const state = useModelState(model);
  return <ActionNoticeView state={state} anchor={anchor} t={t} lang={lang} model={model} />;
}

function ActionNoticeView({ state, anchor, t, lang, model }: { state: Pick<SidebarState, 'flash' | 'offer' | 'record'>; anchor: string | undefined } & Pick<SidebarEnv, 't' | 'lang' | 'model'>) {
  const flash = state.flash && state.flash.anchor === anchor ? state.flash : null;
  const offer = state.offer && state.offer.anchor === anchor ? state.offer : null;
  // Offered the settlement step while money is open: the offer says how much, as ticking it does.
  const offboarding = state.record?.offboarding;
  const stillOpen = offer?.key === 'settlement' && offboarding ? openAmountsText(offboarding, lang) : '';
  // Offered a handover step while inventory items wait: the offer says how many, as ticking it does.
  const inventoryStep = offer && offboarding && (INVENTORY_STEPS as readonly string[]).includes(offer.key) ? stepInventory(inventoryOf(offboarding), offer.key as (typeof INVENTORY_STEPS)[number]) : null;
  if (!flash && !offer) return null;
  return (
    <div class="sb-action-notice" data-testid="action-notice" data-anchor={anchor ?? 'top'}>
      {flash ? (
        <Alert tone={flash.tone} testId="flash" onDismiss={() => model.dismissFlash()} dismissLabel={t('dismiss')}>
          <p>{t(flash.key, flash.params)}</p>
          {flash.tone === 'error' && flash.detail ? <p class="sb-small">{flash.detail}</p> : null}
        </Alert>
      ) : null}
      {offer ? (
        <Alert tone="info" testId="tick-offer">
          <p>{t('offerTick', { step: t(CHECKLIST_LABEL[offer.key]) })}</p>
          {stillOpen ? <p data-testid="settlement-ask-open">{t('settlementAskOpen', { amounts: stillOpen })}</p> : null}
          {inventoryStep?.status === 'open' ? <p data-testid="inventory-offer-open">{t('inventoryStepOpen', { open: inventoryStep.open, total: inventoryStep.total })}</p> : null}
          <div class="sb-actions">
            <Button variant="primary" data-testid="accept-offer" onClick={() => void model.acceptOffer()}>{t('offerYes')}</Button>
            <Button onClick={() => model.dismissOffer()}>{t('offerNo')}</Button>
          </div>
        </Alert>
      ) : null}
    </div>
  );
}

/** The anchor of a suggestion card: its template, so the message follows the card when the list re-ranks. */
export function suggestionAnchor(templateId: string): string {
  return `suggestion:${templateId}`;
}
