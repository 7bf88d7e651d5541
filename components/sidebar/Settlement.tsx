/** Receivables and liabilities of the final settlement, with totals and balance per currency. */
import { useState } from 'preact/hooks';
import type { Offboarding, SettlementDirection, SettlementItem } from '../../offboarding/types';
import { isOverdue, paidBalance, settlementTotals } from '../../offboarding/settlement';
import { Button, Checkbox, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { SETTLEMENT_FORM_MAX_LENGTH, documentNumberLabel, emptySettlementForm, formFromItem, itemFromForm, money } from './settlement-form';
import type { SettlementForm as FormValues, SettlementFormErrors } from './settlement-form';
import { formatDisplayDate } from '../../common/display-date';

type Editing = { mode: 'add'; direction: SettlementDirection } | { mode: 'edit'; id: string } | null;

export function Settlement({ offboarding, defaultCurrency }: { offboarding: Offboarding; defaultCurrency: string }) {
  const { t, lang } = useSidebar();
  const [editing, setEditing] = useState<Editing>(null);
  const items = offboarding.settlement;
  let totals: ReturnType<typeof settlementTotals> = [];
  try {
    totals = settlementTotals(items);
  } catch {
    totals = [];
  }

  const list = (direction: SettlementDirection) => {
    const own = items.filter((item) => item.direction === direction);
    return (
      <div class="sb-settlement__group" data-testid={`settlement-${direction}`}>
        <h3 class="sb-subtitle">{t(direction === 'receivable' ? 'receivables' : 'liabilities')}</h3>
        {own.length === 0 ? <p class="sb-muted">{t('settlementEmpty')}</p> : null}
        <ul class="sb-list">
          {own.map((item) =>
            editing?.mode === 'edit' && editing.id === item.id ? (
              <li key={item.id}>
                <ItemForm initial={formFromItem(item, lang)} itemId={item.id} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <ItemRow key={item.id} item={item} onEdit={() => setEditing({ mode: 'edit', id: item.id })} />
            ),
          )}
        </ul>
        {editing?.mode === 'add' && editing.direction === direction ? (
          <ItemForm initial={emptySettlementForm(direction, defaultCurrency)} onDone={() => setEditing(null)} />
        ) : (
          <Button variant="quiet" data-testid={`add-${direction}`} onClick={() => setEditing({ mode: 'add', direction })}>
            {t(direction === 'receivable' ? 'addReceivable' : 'addLiability')}
          </Button>
        )}
      </div>
    );
  };

  return (
    <div class="sb-settlement">
      {list('receivable')}
      {list('liability')}
      {totals.length > 0 ? (
        <div class="sb-totals" data-testid="settlement-totals">
          <h3 class="sb-subtitle">{t('totalsTitle')}</h3>
          {totals.map((row) => (
            <dl key={row.currency} class="sb-totals__currency" data-currency={row.currency}>
              <div><dt>{t('totalReceivable')}</dt><dd>{money(row.receivable, row.currency, lang)}</dd></div>
              <div><dt>{t('totalLiability')}</dt><dd>{money(row.liability, row.currency, lang)}</dd></div>
              <div><dt>{t('totalPaid')}</dt><dd data-testid="balance-paid">{signed(paidBalance(row), row.currency, lang)}</dd></div>
              {row.writtenOff > 0 ? <div><dt>{t('totalWrittenOff')}</dt><dd data-testid="balance-written-off">{money(row.writtenOff, row.currency, lang)}</dd></div> : null}
              {/* The bold figure is what is still open: paid invoices are settled and do not count in it. */}
              <div class="sb-totals__strong"><dt>{t('totalOpenBalance')}</dt><dd data-testid="balance">{signed(row.openBalance, row.currency, lang)}</dd></div>
              {row.openBalance !== 0 ? <p class="sb-muted sb-small" data-testid="balance-direction">{t(row.openBalance > 0 ? 'openOwedToUs' : 'openOwedByUs')}</p> : null}
            </dl>
          ))}
        </div>
      ) : null}
    </div>
  );
}

function signed(amount: number, currency: string, lang: 'pl' | 'en'): string {
  return amount < 0 ? `−${money(-amount, currency, lang)}` : money(amount, currency, lang);
}

function stateKey(item: SettlementItem, overdue: boolean): 'overdueState' | 'paidState' | 'writtenOffState' | 'openState' {
  if (item.paid) return 'paidState';
  if (item.writtenOff === true) return 'writtenOffState';
  return overdue ? 'overdueState' : 'openState';
}

function ItemRow({ item, onEdit }: { item: SettlementItem; onEdit: () => void }) {
  const { t, lang, model, deps } = useSidebar();
  const overdue = isOverdue(item, deps.today());
  // Removing asks first: a settlement line is money, and there is no undo.
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  return (
    <li class={overdue ? 'sb-settlement__item sb-settlement__item--overdue' : 'sb-settlement__item'} data-testid="settlement-item" data-paid={String(item.paid)} data-overdue={String(overdue)} data-written-off={String(item.writtenOff === true)}>
      <div class="sb-settlement__line">
        <span class="sb-settlement__desc">{item.description}</span>
        <strong>{money(item.amountMinor, item.currency, lang)}</strong>
      </div>
      <div class="sb-muted sb-small">
        {[item.invoiceNo, item.final ? t('finalInvoiceState') : null, item.dueOn ? t('dueOnShort', { date: formatDisplayDate(item.dueOn, lang) }) : null, t(stateKey(item, overdue))]
          .filter(Boolean)
          .join(' · ')}
      </div>
      <div class="sb-actions">
        <Checkbox
          label={t('fieldPaid')}
          checked={item.paid}
          onChange={(paid) => void model.updateSettlement(item.id, { paid })}
        />
        {/* Only the client's unpaid debt to us can be given up on (the domain refuses the rest). */}
        {item.direction === 'receivable' && !item.paid ? (
          <Checkbox
            label={t('fieldWrittenOff')}
            checked={item.writtenOff === true}
            testId="settlement-written-off"
            onChange={(writtenOff) => void model.updateSettlement(item.id, { writtenOff })}
          />
        ) : null}
        <Button variant="quiet" aria-label={t('editItem', { description: item.description })} onClick={onEdit}>{t('edit')}</Button>
        <Button
          variant="quiet"
          class="ui-button--danger"
          aria-label={t('removeItem', { description: item.description })}
          data-testid="remove-settlement"
          onClick={() => setConfirmingRemove(true)}
        >
          {t('remove')}
        </Button>
      </div>
      {confirmingRemove ? (
        <div class="sb-settlement-ask" role="alertdialog" aria-label={t('removeItem', { description: item.description })} data-testid="confirm-remove-settlement">
          <p>{t('confirmRemoveItem', { description: item.description, amount: money(item.amountMinor, item.currency, lang) })}</p>
          <div class="sb-actions">
            <Button variant="primary" class="ui-button--danger" data-testid="confirm-remove-settlement-yes" onClick={() => void model.removeSettlement(item.id)}>{t('remove')}</Button>
            <Button onClick={() => setConfirmingRemove(false)}>{t('cancel')}</Button>
          </div>
        </div>
      ) : null}
    </li>
  );
}

function ItemForm({ initial, itemId, onDone }: { initial: FormValues; itemId?: string; onDone: () => void }) {
  const { t, model } = useSidebar();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<SettlementFormErrors>({});
  const update = <K extends keyof FormValues>(key: K) => (value: FormValues[K]) => setForm((f) => ({ ...f, [key]: value }));
  const errorOf = (key: keyof FormValues) => {
    const error = errors[key];
    return error ? t(error.key, error.params) : null;
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = itemFromForm(form);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    const saved = itemId
      ? await model.updateSettlement(itemId, {
          ...result.item,
          // Cleared fields are removed, not left at their old value.
          invoiceNo: result.item.invoiceNo,
          dueOn: result.item.dueOn,
          final: result.item.final,
        })
      : await model.addSettlement(result.item);
    if (saved) onDone();
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="settlement-form">
      <TextField label={t('fieldDescription')} value={form.description} onInput={update('description')} error={errorOf('description')} maxLength={SETTLEMENT_FORM_MAX_LENGTH.description} required autoFocus />
      <div class="sb-row">
        <TextField label={t('fieldAmount')} inputMode="decimal" value={form.amount} onInput={update('amount')} error={errorOf('amount')} required />
        <TextField label={t('fieldCurrency')} value={form.currency} onInput={update('currency')} error={errorOf('currency')} />
      </div>
      <div class="sb-row">
        <TextField label={t(documentNumberLabel(form.direction))} value={form.invoiceNo} onInput={update('invoiceNo')} error={errorOf('invoiceNo')} maxLength={SETTLEMENT_FORM_MAX_LENGTH.invoiceNo} />
        <TextField label={t('fieldDueOn')} type="date" value={form.dueOn} onInput={update('dueOn')} />
      </div>
      <Checkbox label={t('fieldPaid')} checked={form.paid} onChange={update('paid')} />
      {form.direction === 'receivable' ? (
        <Checkbox label={t('fieldFinalInvoice')} checked={form.final} onChange={update('final')} testId="settlement-final" />
      ) : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-settlement">{t('save')}</Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
