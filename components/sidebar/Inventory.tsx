/**
 * The handover inventory under its checklist step (handover, assets and access, personal data):
 * what is handed over or revoked, its state, note and recipient. Names only: a password is never
 * stored, and the form refuses what looks like one. When every item of the step is settled the
 * step is offered as done — never ticked by itself.
 */
import { useState } from 'preact/hooks';
import type { HandoverItem, HandoverState, Offboarding } from '../../offboarding/types';
import { HANDOVER_ITEM_KINDS } from '../../offboarding/types';
import { inventoryOf, itemsOfStep, KIND_STEP, stateTakesDate, stepInventory, type InventoryStep } from '../../offboarding/inventory';
import { isClosed } from '../../offboarding/checklist';
import { LIMITS } from '../../common/limits';
import { formatDisplayDate } from '../../common/display-date';
import { Alert, Button, SelectField, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { TextArea } from './TextArea';
import { AnchoredNotice } from './ActionNotice';
import { KIND_LABEL, stateLabel, statesFor } from './inventory-labels';
import { INVENTORY_FORM_MAX_LENGTH, emptyInventoryForm, formFromInventoryItem, itemFromInventoryForm, type InventoryForm, type InventoryFormErrors } from './inventory-form';
import { inventoryAnchor } from './model/inventory-slice';

type Editing = { mode: 'add' } | { mode: 'edit'; id: string } | null;

export function InventoryBlock({ step, offboarding }: { step: InventoryStep; offboarding: Offboarding }) {
  const { t, model } = useSidebar();
  const [editing, setEditing] = useState<Editing>(null);
  const [offerDismissed, setOfferDismissed] = useState(false);
  const all = inventoryOf(offboarding);
  const items = itemsOfStep(all, step);
  const status = stepInventory(all, step);
  const stepOpen = !isClosed(offboarding.checklist[step]);
  const kinds = HANDOVER_ITEM_KINDS.filter((kind) => KIND_STEP[kind] === step);
  const full = all.length >= LIMITS.inventoryItems;
  return (
    <div class="sb-inventory" data-testid="inventory" data-step={step} data-status={status.status}>
      <p class="sb-subtitle">{t('inventoryTitle')}</p>
      {items.length === 0 ? <p class="sb-muted sb-small" data-testid="inventory-empty">{t('inventoryEmpty')} {t('inventoryIntro')}</p> : null}
      {status.status === 'open' ? <p class="sb-muted sb-small" data-testid="inventory-open">{t('inventoryStepOpen', { open: status.open, total: status.total })}</p> : null}
      <ul class="sb-list">
        {items.map((item) =>
          editing?.mode === 'edit' && editing.id === item.id ? (
            <li key={item.id}>
              <ItemForm step={step} kinds={kinds} initial={formFromInventoryItem(item)} itemId={item.id} onDone={() => setEditing(null)} />
            </li>
          ) : (
            <ItemRow key={item.id} step={step} item={item} onEdit={() => setEditing({ mode: 'edit', id: item.id })} />
          ),
        )}
      </ul>
      {editing?.mode === 'add' ? (
        <ItemForm step={step} kinds={kinds} initial={emptyInventoryForm(kinds[0] ?? 'other')} onDone={() => setEditing(null)} />
      ) : full ? (
        <p class="sb-muted sb-small" data-testid="inventory-full">{t('inventoryFull', { max: LIMITS.inventoryItems })}</p>
      ) : (
        <Button variant="quiet" data-testid="inventory-add" onClick={() => setEditing({ mode: 'add' })}>{t('inventoryAdd')}</Button>
      )}
      {status.status === 'settled' && stepOpen && !offerDismissed ? (
        <Alert tone="info" testId="inventory-offer">
          <p>{t('inventoryStepSettled')}</p>
          <div class="sb-actions">
            <Button variant="primary" data-testid="inventory-offer-yes" onClick={() => void model.setChecklist(step, true)}>{t('inventoryMarkDone')}</Button>
            <Button data-testid="inventory-offer-no" onClick={() => setOfferDismissed(true)}>{t('inventoryNotNow')}</Button>
          </div>
        </Alert>
      ) : null}
      <AnchoredNotice anchor={inventoryAnchor(step)} />
    </div>
  );
}

/**
 * Asked before an inventory step is ticked while some of its items wait: how many, and whether
 * to mark it done anyway (as the settlement asks with money open).
 */
export function InventoryTickAsk({ open, total, onYes, onNo }: { open: number; total: number; onYes: () => void; onNo: () => void }) {
  const { t } = useSidebar();
  return (
    <Alert tone="warn" testId="inventory-ask">
      <p>{t('inventoryStepOpenTick', { open, total })}</p>
      <div class="sb-actions">
        <Button variant="primary" data-testid="inventory-ask-yes" onClick={onYes}>{t('inventoryMarkDone')}</Button>
        <Button data-testid="inventory-ask-no" onClick={onNo}>{t('inventoryNotNow')}</Button>
      </div>
    </Alert>
  );
}

function ItemRow({ step, item, onEdit }: { step: InventoryStep; item: HandoverItem; onEdit: () => void }) {
  const { t, lang, model, deps } = useSidebar();
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  // A new state is chosen here; one that takes a date shows the date (today, to be checked) first.
  const [nextState, setNextState] = useState<HandoverState>(item.state);
  const [on, setOn] = useState(item.on ?? deps.today());
  const [dateError, setDateError] = useState(false);
  const changed = nextState !== item.state || (stateTakesDate(nextState) && item.on !== undefined && on !== item.on);
  const saveState = async () => {
    const dated = stateTakesDate(nextState);
    if (dated && nextState !== 'revoked' && !/^\d{4}-\d{2}-\d{2}$/.test(on)) {
      setDateError(true);
      return;
    }
    setDateError(false);
    await model.setInventoryState(item.id, nextState, dated && on ? on : undefined, step);
  };
  const stateOptions = statesFor(item.kind).map((state) => ({ value: state, label: t(stateLabel(state, item.kind)) }));
  return (
    <li class="sb-inventory__item" data-testid="inventory-item" data-kind={item.kind} data-state={item.state}>
      <div class="sb-inventory__line">
        <span class="sb-inventory__name" data-testid="inventory-item-name">{item.name}</span>
      </div>
      <div class="sb-muted sb-small" data-testid="inventory-item-meta">
        {[t(KIND_LABEL[item.kind]), t(stateLabel(item.state, item.kind)), item.on ? formatDisplayDate(item.on, lang) : null, item.recipient ? `${t('inventoryRecipient')}: ${item.recipient}` : null]
          .filter(Boolean)
          .join(' · ')}
      </div>
      {item.note ? <p class="sb-small sb-note" data-testid="inventory-item-note">{item.note}</p> : null}
      <div class="sb-row">
        <SelectField label={t('inventoryChangeState', { name: item.name })} value={nextState} options={stateOptions} onChange={setNextState} testId="inventory-item-state" />
        {stateTakesDate(nextState) ? (
          <TextField
            label={t('inventoryStateDate', { name: item.name })}
            type="date"
            value={on}
            onInput={setOn}
            error={dateError ? t('inventoryDateRequired') : null}
            testId="inventory-item-on"
          />
        ) : null}
      </div>
      <div class="sb-actions">
        {changed ? <Button variant="primary" data-testid="inventory-item-save-state" onClick={() => void saveState()}>{t('inventoryApplyState')}</Button> : null}
        <Button variant="quiet" aria-label={t('inventoryEdit', { name: item.name })} data-testid="inventory-item-edit" onClick={onEdit}>{t('edit')}</Button>
        <Button variant="quiet" class="ui-button--danger" aria-label={t('inventoryRemove', { name: item.name })} data-testid="inventory-item-remove" onClick={() => setConfirmingRemove(true)}>
          {t('remove')}
        </Button>
      </div>
      {confirmingRemove ? (
        <div class="sb-settlement-ask" role="alertdialog" aria-label={t('inventoryRemove', { name: item.name })} data-testid="inventory-confirm-remove">
          <p>{t('inventoryConfirmRemove', { name: item.name })}</p>
          <div class="sb-actions">
            <Button variant="primary" class="ui-button--danger" data-testid="inventory-confirm-remove-yes" onClick={() => void model.removeInventoryItem(item.id, step)}>{t('remove')}</Button>
            <Button onClick={() => setConfirmingRemove(false)}>{t('cancel')}</Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function ItemForm({ step, kinds, initial, itemId, onDone }: { step: InventoryStep; kinds: readonly HandoverItem['kind'][]; initial: InventoryForm; itemId?: string; onDone: () => void }) {
  const { t, model, deps } = useSidebar();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<InventoryFormErrors>({});
  const update = <K extends keyof InventoryForm>(key: K) => (value: InventoryForm[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorOf = (key: keyof InventoryForm) => {
    const error = errors[key];
    return error ? t(error.key, error.params) : null;
  };
  // Choosing a dated state fills in today, shown for the user to check before saving.
  const setState = (state: HandoverState) => setForm((f) => ({ ...f, state, on: stateTakesDate(state) ? f.on || deps.today() : '' }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = itemFromInventoryForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    const saved = itemId ? await model.updateInventoryItem(itemId, result.item, step) : await model.addInventoryItem(result.item, step);
    if (saved) onDone();
  };
  const kindOptions = kinds.map((kind) => ({ value: kind, label: t(KIND_LABEL[kind]) }));
  const stateOptions = statesFor(form.kind).map((state) => ({ value: state, label: t(stateLabel(state, form.kind)) }));
  return (
    <form
      class="sb-form"
      onSubmit={submit}
      data-testid="inventory-form"
      data-mode={itemId ? 'edit' : 'add'}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDone();
      }}
    >
      {kinds.length > 1 ? <SelectField label={t('inventoryKind')} value={form.kind} options={kindOptions} onChange={(kind) => setForm((f) => ({ ...f, kind, state: statesFor(kind).includes(f.state) ? f.state : 'to-hand-over' }))} testId="inventory-kind" /> : null}
      <TextField label={t('inventoryName')} hint={t('inventoryNameHint')} value={form.name} onInput={update('name')} error={errorOf('name')} maxLength={INVENTORY_FORM_MAX_LENGTH.name} required autoFocus testId="inventory-name" />
      <div class="sb-row">
        <SelectField label={t('inventoryState')} value={form.state} options={stateOptions} onChange={setState} testId="inventory-state" />
        {stateTakesDate(form.state) ? <TextField label={t('inventoryOn')} type="date" value={form.on} onInput={update('on')} error={errorOf('on')} testId="inventory-on" /> : null}
      </div>
      <TextField label={t('inventoryRecipient')} value={form.recipient} onInput={update('recipient')} error={errorOf('recipient')} maxLength={INVENTORY_FORM_MAX_LENGTH.recipient} testId="inventory-recipient" />
      <TextArea label={t('inventoryNote')} value={form.note} onInput={update('note')} error={errorOf('note')} testId="inventory-note" />
      {form.note.length >= INVENTORY_FORM_MAX_LENGTH.note * 0.8 ? (
        <p class="sb-muted sb-small" data-testid="inventory-note-count">{t('inventoryCount', { count: form.note.length, max: INVENTORY_FORM_MAX_LENGTH.note })}</p>
      ) : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="inventory-save">{t('save')}</Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
