/**
 * The toolbar popup: every client in offboarding, by stage and next deadline.
 * Nothing is rendered until the settings are in, so the UI never flashes in the wrong language.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { STAGES } from '../../offboarding/types';
import type { Lang, Stage } from '../../offboarding/types';
import type { OverviewRow } from '../../storage/protocol';
import { clientTarget } from '../../background/targets';
import { resolveUiLang, translator } from '../i18n';
import type { Translate } from '../i18n';
import { overviewCsv } from './csv';
import { downloadText, localIsoDate } from './download';
import { formatDate } from './format';
import { popupMessages } from './messages';
import type { PopupMessages } from './messages';
import { filterRows, indexRows, PAGE_SIZE, stageCounts } from './overview';
import type { Navigator, StoreClient } from './store';
import { errorText } from './store';

export interface PopupAppProps {
  store: StoreClient;
  nav: Navigator;
  /** Defaults to the browser's languages. */
  languages?: readonly string[];
  /** Defaults to the local calendar date. */
  today?: string;
}

type Loaded = { lang: Lang; rows: OverviewRow[] };

export function PopupApp({ store, nav, languages, today }: PopupAppProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);
  const day = today ?? localIsoDate();

  const load = useCallback(async () => {
    try {
      const [settings, rows] = await Promise.all([
        store.call('settings.get', {}),
        store.call('overview.list', { today: day }),
      ]);
      setLoaded({ lang: resolveUiLang(settings.uiLanguage, languages), rows });
      setError(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  }, [store, day, languages]);

  useEffect(() => {
    void load();
    return store.onChanged(() => void load());
  }, [load, store]);

  if (!loaded) {
    if (error === null) return <div class="popup popup--loading" aria-busy="true" />;
    // The language is unknown until settings load; the browser's choice is the best guess.
    const t = translator(popupMessages, resolveUiLang('auto', languages));
    return <p class="popup popup__error" role="alert">{t('loadError', { error })}</p>;
  }
  return <Overview store={store} nav={nav} lang={loaded.lang} rows={loaded.rows} error={error} />;
}

interface OverviewProps {
  store: StoreClient;
  nav: Navigator;
  lang: Lang;
  rows: OverviewRow[];
  error: string | null;
}

function Overview({ store, nav, lang, rows, error }: OverviewProps) {
  const t = useMemo(() => translator(popupMessages, lang), [lang]);
  const [query, setQuery] = useState('');
  const [stage, setStage] = useState<Stage | null>(null);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [exportError, setExportError] = useState<string | null>(null);

  const indexed = useMemo(() => indexRows(rows), [rows]);
  const counts = useMemo(() => stageCounts(rows), [rows]);
  const visible = useMemo(() => filterRows(indexed, { query, stage }), [indexed, query, stage]);

  // A new search or filter starts again from the first page.
  useEffect(() => setLimit(PAGE_SIZE), [query, stage]);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('title');
  }, [lang, t]);

  const openRow = (row: OverviewRow) => nav.openUrl(clientTarget(row, nav.optionsPageUrl()));

  const exportCsv = () => {
    downloadText(`offboard-${localIsoDate()}.csv`, overviewCsv(visible, lang), 'text/csv;charset=utf-8');
  };
  const exportJson = async () => {
    try {
      const json = await store.call('data.export', {});
      downloadText(`offboard-export-${localIsoDate()}.json`, json, 'application/json');
      setExportError(null);
    } catch (caught) {
      setExportError(t('exportFailed', { error: errorText(caught) }));
    }
  };

  return (
    <div class="popup" lang={lang}>
      <header class="popup__header">
        <h1 class="popup__title">{t('title')}</h1>
        <button type="button" class="popup__link-button" onClick={() => nav.openUrl(nav.optionsPageUrl())}>
          {t('settings')}
        </button>
      </header>
      {error !== null && <p class="popup__error" role="alert">{t('loadError', { error })}</p>}
      {rows.length === 0 ? (
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
              onInput={(event) => setQuery(event.currentTarget.value)}
            />
          </label>
          <StageChips t={t} counts={counts} total={rows.length} selected={stage} onSelect={setStage} />
          {visible.length === 0 ? (
            <p class="popup__no-matches" role="status">{t('noMatches')}</p>
          ) : (
            <>
              <ul class="popup__list" aria-label={t('title')}>
                {visible.slice(0, limit).map((row) => (
                  <OverviewItem key={row.offboardingId} row={row} t={t} lang={lang} onOpen={openRow} />
                ))}
              </ul>
              <div class="popup__more">
                <span role="status">{t('shownCount', { shown: Math.min(limit, visible.length), total: visible.length })}</span>
                {limit < visible.length && (
                  <button type="button" onClick={() => setLimit(limit + PAGE_SIZE)}>{t('showMore')}</button>
                )}
              </div>
            </>
          )}
        </>
      )}
      <footer class="popup__footer">
        <button type="button" onClick={exportCsv} disabled={rows.length === 0}>{t('exportCsv')}</button>
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
            ? `${formatDate(row.nextDeadline.on, lang)} · ${t(`what.${row.nextDeadline.what}`)}`
            : t('noDeadline')}
          {row.overdue && (
            <strong class="row__overdue" data-testid="overdue">
              <span aria-hidden="true">⚠ </span>
              {t('overdue')}
            </strong>
          )}
        </span>
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
