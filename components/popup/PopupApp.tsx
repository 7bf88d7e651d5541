/**
 * The toolbar popup: every client in offboarding, by stage and next deadline.
 * Nothing is rendered until the settings are in, so the UI never flashes in the wrong language.
 * The first screen comes from a small summary (a page of rows and the counts) at any store size; the
 * full list (search, stage filter, another order, "show more", CSV) only once one of them is used or
 * the search box is focused, so a glance, or a popup left open as the store changes, never fetches every row.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { STAGES } from '../../offboarding/types';
import type { Lang, Stage } from '../../offboarding/types';
import type { OverviewSummary } from '../../storage/protocol';
import type { OverviewRow } from '../../offboarding/overview';
import { clientTarget } from '../../common/thread-target';
import { resolveUiLang, translator } from '../../common/i18n';
import type { Translate } from '../../common/i18n';
import { csvSeparatorFor, overviewCsv } from './csv';
import { downloadText } from '../../common/download';
import { todayIso } from '../../offboarding/calendar';
import { formatDisplayDate } from '../../common/display-date';
import { popupMessages } from './messages';
import type { PopupMessages } from './messages';
import { filterRows, indexRows, PAGE_SIZE, SORT_KEYS, sortRows, stageCounts } from './overview';
import type { SortKey } from './overview';
import { openAmounts } from './money';
import { createPopupModel } from './overview-model';
import { useModelState } from '../ui/use-model-state';
import type { StoreClient } from '../../storage/protocol';
import type { Navigator } from '../../common/navigator';
import { codedErrorText } from '../../common/error-text';
import { InsightsLink } from '../insights/InsightsLink';

export interface PopupAppProps {
  store: StoreClient;
  nav: Navigator;
  /** Defaults to the browser's languages. */
  languages?: readonly string[];
  /** Defaults to the local calendar date. */
  today?: string;
}

export function PopupApp({ store, nav, languages, today }: PopupAppProps) {
  const day = today ?? todayIso();
  const model = useMemo(() => createPopupModel({ store, today: day, ...(languages ? { languages } : {}) }), [store, day, languages]);
  const { loaded, error } = useModelState(model);

  useEffect(() => model.start(), [model]);

  // Once something needed every row, every later load (after a store change) fetches them again.
  const [wantAll, setWantAll] = useState(false);
  const needAll = useCallback(() => setWantAll(true), []);
  const pending = wantAll && loaded !== null && loaded.all === null ? loaded.load : null;
  useEffect(() => {
    if (pending !== null) void model.loadFull(pending);
  }, [pending, model]);

  if (!loaded) {
    if (error === null) return <div class="popup popup--loading" aria-busy="true" />;
    // The language is unknown until settings load; the browser's choice is the best guess.
    const t = translator(popupMessages, resolveUiLang('auto', languages));
    return <p class="popup popup__error" role="alert">{t('loadError', { error })}</p>;
  }
  return (
    <>
      {loaded.profileMissing ? <ProfilePrompt nav={nav} lang={loaded.lang} /> : null}
      <Overview store={store} nav={nav} lang={loaded.lang} summary={loaded.summary} all={loaded.all} error={error} onNeedAll={needAll} />
    </>
  );
}

function ProfilePrompt({ nav, lang }: { nav: Navigator; lang: Lang }) {
  const t = translator(popupMessages, lang);
  return (
    <p class="popup__profile" role="status" data-testid="popup-profile-missing">
      {t('profileMissing')}{' '}
      <button type="button" class="popup__link-button" data-testid="popup-open-profile" onClick={() => nav.openUrl(`${nav.optionsPageUrl()}#welcome`)}>
        {t('profileMissingButton')}
      </button>
    </p>
  );
}

interface OverviewProps {
  store: StoreClient;
  nav: Navigator;
  lang: Lang;
  summary: OverviewSummary;
  all: OverviewRow[] | null;
  error: string | null;
  /** Asks for the full list (the summary's page is not enough for what the user just did). */
  onNeedAll: () => void;
}

function Overview({ store, nav, lang, summary, all, error, onNeedAll }: OverviewProps) {
  const t = useMemo(() => translator(popupMessages, lang), [lang]);
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  const [sort, setSort] = useState<SortKey>('deadline');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [exportError, setExportError] = useState<string | null>(null);
  const [csvPending, setCsvPending] = useState(false);

  const indexed = useMemo(() => (all ? indexRows(all) : null), [all]);
  const counts = useMemo(() => (all ? stageCounts(all) : summary.stages), [all, summary]);
  const total = all ? all.length : summary.total;
  const filtered = query.trim() !== '' || stage !== null;
  // Until the full list is in, the summary's page is the unfiltered list in deadline order; a filter
  // or another order waits for it.
  const partial = filtered || sort !== 'deadline';
  const visible = useMemo(() => {
    const rows = indexed ? filterRows(indexed, { query, stage }) : partial ? null : summary.rows;
    return rows && sort !== 'deadline' ? sortRows(rows, sort) : rows;
  }, [indexed, query, stage, partial, summary, sort]);
  const needsAll = partial || limit > summary.rows.length || csvPending;
  useEffect(() => void (needsAll && !all && onNeedAll()), [needsAll, all, onNeedAll]);
  const visibleTotal = indexed ? (visible?.length ?? 0) : filtered ? 0 : summary.total;

  // A new search or filter starts again from the first page.
  useEffect(() => setLimit(PAGE_SIZE), [query, stage]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);

  // A thread already open in a tab is switched to, not opened a second time.
  const openRow = async (row: OverviewRow) => {
    const granted = (await nav.grantedOrigins?.().catch(() => [])) ?? [];
    const target = clientTarget(row, nav.optionsPageUrl(), granted);
    if (nav.focusOrOpen && target !== nav.optionsPageUrl() && !target.startsWith(nav.optionsPageUrl())) nav.focusOrOpen(target);
    else nav.openUrl(target);
  };

  useEffect(() => { // a CSV click before the full list is in exports once it arrives
    if (!csvPending || !indexed || !visible) return;
    setCsvPending(false);
    downloadText(`offboard-${todayIso()}.csv`, overviewCsv(visible, lang, csvSeparatorFor(globalThis.navigator?.language ?? lang)), 'text/csv;charset=utf-8');
  }, [csvPending, indexed, visible, lang]);
  const exportCsv = () => {
    if (!indexed || !visible) {
      setCsvPending(true);
      return;
    }
    downloadText(`offboard-${todayIso()}.csv`, overviewCsv(visible, lang, csvSeparatorFor(globalThis.navigator?.language ?? lang)), 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    try {
      const json = await store.call('data.export', {});
      downloadText(`offboard-export-${todayIso()}.json`, json, 'application/json');
      setExportError(null);
    } catch (caught) {
      setExportError(t('exportFailed', { error: codedErrorText(caught, lang) }));
    }
  };

  return (
    <div class="popup" lang={lang}>
      <header class="popup__header">
        <h1 class="popup__title">{t('title')}</h1>
        <InsightsLink nav={nav} lang={lang} className="popup__link-button" />
        <button type="button" class="popup__link-button" onClick={() => nav.openUrl(nav.optionsPageUrl())}>
          {t('settings')}
        </button>
      </header>
      {error !== null && <p class="popup__error" role="alert">{t('loadError', { error })}</p>}
      {total === 0 ? (
        <div class="popup__empty" data-testid="overview-empty">
          <h2>{t('emptyTitle')}</h2>
          <p>{t('emptyBody')}</p>
        </div>
      ) : (
        <>
          <label class="popup__search">
            <span class="visually-hidden">{t('searchLabel')}</span>
            <input
              type="search"
              value={query}
              placeholder={t('searchPlaceholder')}
              onFocus={onNeedAll}
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </label>
          <StageChips t={t} counts={counts} total={total} selected={stage} onSelect={setStage} />
          <label class="popup__sort">
            {t('sortLabel')}{' '}
            <select data-testid="popup-sort" value={sort} onChange={(event) => setSort(event.currentTarget.value as SortKey)}>
              {SORT_KEYS.map((key) => <option key={key} value={key}>{t(`sort.${key}`)}</option>)}
            </select>
          </label>
          {visible === null ? (
            <p class="popup__loading" role="status" aria-busy="true">{t('loading')}</p>
          ) : visible.length === 0 ? (
            <p class="popup__no-matches" role="status">{t('noMatches')}</p>
          ) : (
            <>
              <ul class="popup__list" aria-label={t('title')}>
                {visible.slice(0, limit).map((row) => (
                  <OverviewItem key={row.offboardingId} row={row} t={t} lang={lang} onOpen={openRow} />
                ))}
              </ul>
              <div class="popup__more">
                <span role="status">{t('shownCount', { shown: Math.min(limit, visible.length), total: visibleTotal })}</span>
                {limit < visibleTotal && (
                  <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>{t('showMore')}</button>
                )}
              </div>
            </>
          )}
        </>
      )}
      <footer class="popup__footer">
        <button type="button" onClick={exportCsv} disabled={csvPending || total === 0}>{t('exportCsv')}</button>
        <button type="button" onClick={() => void exportJson()}>{t('exportJson')}</button>
        {exportError !== null && <p class="popup__error" role="alert">{exportError}</p>}
      </footer>
    </div>
  );
}

interface StageChipsProps {
  t: Translate<PopupMessages>;
  counts: Record<Stage, number>;
  total: number;
  selected: Stage | null;
  onSelect: (stage: Stage | null) => void;
}

function StageChips({ t, counts, total, selected, onSelect }: StageChipsProps) {
  return (
    <div class="chips" role="group" aria-label={t('stageFilterLabel')}>
      <button type="button" class="chip" aria-pressed={selected === null} onClick={() => onSelect(null)}>
        {t('allStages')} <span class="chip__count">{total}</span>
      </button>
      {STAGES.filter((stage) => counts[stage] > 0 || selected === stage).map((stage) => (
        <button
          type="button"
          key={stage}
          class={`chip chip--${stage}`}
          data-testid="stage-chip"
          data-stage={stage}
          aria-pressed={selected === stage}
          onClick={() => onSelect(selected === stage ? null : stage)}
        >
          {t(`stage.${stage}`)} <span class="chip__count">{counts[stage]}</span>
        </button>
      ))}
    </div>
  );
}

interface OverviewItemProps {
  row: OverviewRow;
  t: Translate<PopupMessages>;
  lang: Lang;
  onOpen: (row: OverviewRow) => void;
}

function OverviewItem({ row, t, lang, onOpen }: OverviewItemProps) {
  const { done, total } = row.progress;
  const percent = total > 0 ? Math.round((done / total) * 100) : 0;
  const label = row.thread?.url ? t('openThread', { name: row.name }) : t('openClient', { name: row.name });
  return (
    <li class={`row${row.overdue ? ' row--overdue' : ''}`} data-testid="overview-row" data-stage={row.stage}>
      <button type="button" class="row__button" onClick={() => onOpen(row)} title={label}>
        <span class="row__top">
          <span class="row__name">{row.name}</span>
          <span class={`row__stage stage--${row.stage}`}>{t(`stage.${row.stage}`)}</span>
        </span>
        {row.company && <span class="row__company">{row.company}</span>}
        <span class="row__deadline">
          {row.nextDeadline
            ? `${formatDisplayDate(row.nextDeadline.on, lang)} · ${t(`what.${row.nextDeadline.what}`)}`
            : t('noDeadline')}
          {row.overdue && (
            <strong class="row__overdue" data-testid="overdue">
              <span aria-hidden="true">⚠ </span>
              {t('overdue')}
            </strong>
          )}
        </span>
        {row.open && row.open.length > 0 ? (
          <span class="row__balance" data-testid="row-balance">{t('rowOpen', { amounts: openAmounts(row.open, lang) })}</span>
        ) : null}
        {row.endsOn ? <span class="row__end" data-testid="row-end">{t('rowEnds', { date: formatDisplayDate(row.endsOn, lang) })}</span> : null}
        <span
          class="progress"
          role="progressbar"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={done}
          aria-label={t('progressLabel', { done, total })}
        >
          <span class="progress__bar" style={{ width: `${percent}%` }} />
        </span>
      </button>
    </li>
  );
}
