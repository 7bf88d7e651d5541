/** The stage, the article's steps with progress, and the notice form behind the notice step. */
import { useState } from 'preact/hooks';
import { CHECKLIST_KEYS } from '../../offboarding/types';
import type { ChecklistKey, Client, Offboarding } from '../../offboarding/types';
import { isClosed, progress, stageOf } from '../../offboarding/checklist';
import { Checkbox } from '../ui/controls';
import { useSidebar } from './context';
import { CHECKLIST_LABEL, STAGE_LABEL } from './labels';
import { NoticeBlock } from './NoticeBlock';
import { STEP_HINT } from './step-hints';
import { StepNote } from './NotesTimeline';
import { SettlementTickAsk, openAmountsText } from './SettlementTickAsk';
import { RetrospectiveBlock } from './Retrospective';
import { InventoryBlock, InventoryTickAsk, StepDocuments } from './sidebar-parts';
import { INVENTORY_STEPS, inventoryOf, stepInventory, type InventoryStep } from '../../offboarding/inventory';

const isInventoryStep = (key: ChecklistKey): key is InventoryStep => (INVENTORY_STEPS as readonly ChecklistKey[]).includes(key);

/** Steps that have documents of their own (documents/offer.ts DOCUMENT_STEP) or list them all. */
const DOCUMENT_STEPS = new Set<ChecklistKey>(['documents', 'notice', 'handover', 'personal-data', 'settlement']);

export function StageBadge({ offboarding }: { offboarding: Offboarding }) {
  const { t } = useSidebar();
  const stage = stageOf(offboarding);
  const { done, total } = progress(offboarding);
  return (
    <div class="sb-stage">
      <span class="sb-muted">{t('stageLabel')}: </span>
      <strong data-testid="stage" data-stage={stage}>{t(STAGE_LABEL[stage])}</strong>
      <progress class="sb-progress" max={total} value={done} aria-label={t('progress', { done, total })} />
      <span class="sb-muted sb-stage__count">{t('progress', { done, total })}</span>
    </div>
  );
}

export function Checklist({ client, offboarding }: { client: Client; offboarding: Offboarding }) {
  const { t, lang, model } = useSidebar();
  const [noticeFormOpen, setNoticeFormOpen] = useState(false);
  // Ticking the settlement with money still open asks first (SettlementTickAsk).
  const [settlementAsk, setSettlementAsk] = useState(false);
  const openAmounts = openAmountsText(offboarding, lang);
  const [retroFormOpen, setRetroFormOpen] = useState(false);
  // Ticking a handover step while inventory items wait asks first (InventoryTickAsk).
  const [inventoryAsk, setInventoryAsk] = useState<InventoryStep | null>(null);

  const toggle = (key: ChecklistKey, done: boolean) => {
    // The notice step is recorded with its date and channel, not just ticked; ticking it again
    // after unticking opens the recorded notice for confirmation or correction.
    if (key === 'notice' && done) {
      setNoticeFormOpen(true);
      return;
    }
    if (key === 'settlement' && done && openAmounts !== '') {
      setSettlementAsk(true);
      return;
    }
    if (isInventoryStep(key) && done && stepInventory(inventoryOf(offboarding), key).status === 'open') {
      setInventoryAsk(key);
      return;
    }
    // The lessons step is the retrospective: ticking it opens the form (which can still just tick).
    if (key === 'lessons' && done && !offboarding.retrospective) {
      setRetroFormOpen(true);
      return;
    }
    void model.setChecklist(key, done);
  };

  return (
    <ol class="sb-checklist">
      {CHECKLIST_KEYS.map((key) => {
        const entry = offboarding.checklist[key];
        const done = isClosed(entry);
        return (
          <li key={key} class="sb-checklist__item" data-testid="checklist-item" data-key={key} data-done={String(done)}>
            <Checkbox
              label={entry?.skipped ? `${t(CHECKLIST_LABEL[key])} (${t('skipped')})` : t(CHECKLIST_LABEL[key])}
              checked={done}
              onChange={(checked) => toggle(key, checked)}
            />
            <p class="sb-muted sb-small sb-step-hint" data-testid="step-hint">{STEP_HINT[key][lang]}</p>
            <StepNote stepKey={key} entry={entry} />
            {key === 'settlement' && settlementAsk && openAmounts !== '' ? (
              <SettlementTickAsk
                amounts={openAmounts}
                onYes={() => {
                  setSettlementAsk(false);
                  void model.setChecklist('settlement', true);
                }}
                onNo={() => setSettlementAsk(false)}
              />
            ) : null}
            {isInventoryStep(key) ? <InventoryBlock step={key} offboarding={offboarding} /> : null}
            {isInventoryStep(key) && inventoryAsk === key ? (() => {
              const status = stepInventory(inventoryOf(offboarding), key);
              if (status.status !== 'open') return null;
              return (
                <InventoryTickAsk
                  open={status.open}
                  total={status.total}
                  onYes={() => {
                    setInventoryAsk(null);
                    void model.setChecklist(key, true);
                  }}
                  onNo={() => setInventoryAsk(null)}
                />
              );
            })() : null}
            {key === 'notice' ? (
              <NoticeBlock client={client} offboarding={offboarding} formOpen={noticeFormOpen} setFormOpen={setNoticeFormOpen} />
            ) : null}
            {DOCUMENT_STEPS.has(key) ? <StepDocuments client={client} offboarding={offboarding} step={key} /> : null}
            {key === 'lessons' ? <RetrospectiveBlock offboarding={offboarding} formOpen={retroFormOpen} setFormOpen={setRetroFormOpen} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
