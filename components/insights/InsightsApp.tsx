/**
 * The insights page: why cooperations end, how long endings take, how much money is still open and
 * what clients say, across all clients, for a chosen period. The numbers are computed in the
 * background (insights.compute); this page only draws them.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../offboarding/types';
import type { InsightsPeriod, InsightsReport } from '../../offboarding/insights';
import { END_REASONS, INITIATORS } from '../../offboarding/insights';
import type { PublishableTestimonial } from '../../offboarding/testimonials';
import type { StoreClient } from '../../storage/protocol';
import { resolveUiLang, translator } from '../../common/i18n';
import { errorText } from '../../common/errors';
import { formatMoney } from '../../offboarding/settlement';
import { downloadText } from '../../common/download';
import { todayIso } from '../../offboarding/calendar';
import { SelectField, TextField, Button } from '../ui/controls';
import { BarChart } from './BarChart';
import { insightsMessages } from './messages';
import { INITIATOR_KEY, REASON_KEY } from './labels';
import { presetPeriod, type PeriodPreset } from './period';
import { testimonialsCsv, testimonialsMarkdown } from './testimonial-export';

type T = ReturnType<typeof translator<typeof insightsMessages>>;

export interface InsightsAppProps {
  store: StoreClient;
  languages?: readonly string[];
  today?: () => string;
  /** Called each time the first chart (reasons per month) is drawn: the bench's paint mark. */
  onChartDrawn?: () => void;
}

export function InsightsApp({ store, languages, today = () => todayIso(), onChartDrawn }: InsightsAppProps) {
  const [lang, setLang] = useState<Lang | null>(null);
  const [preset, setPreset] = useState<PeriodPreset>('all');
  const [custom, setCustom] = useState<{ from: string; to: string }>({ from: '', to: '' });
  const [report, setReport] = useState<InsightsReport | null>(null);
  const [testimonials, setTestimonials] = useState<PublishableTestimonial[]>([]);
  const [error, setError] = useState<string | null>(null);
  const t = useMemo(() => translator(insightsMessages, lang ?? resolveUiLang('auto', languages)), [lang, languages]);

  const period: InsightsPeriod | 'invalid' = useMemo(() => {
    if (preset !== 'custom') return presetPeriod(preset, today());
    const p: InsightsPeriod = {};
    if (/^\d{4}-\d{2}-\d{2}$/.test(custom.from)) p.from = custom.from;
    if (/^\d{4}-\d{2}-\d{2}$/.test(custom.to)) p.to = custom.to;
    return p.from !== undefined && p.to !== undefined && p.from > p.to ? 'invalid' : p;
  }, [preset, custom.from, custom.to]);

  useEffect(() => {
    void store.call('settings.get', {}).then(
      (settings) => setLang(resolveUiLang(settings.uiLanguage, languages)),
      () => setLang(resolveUiLang('auto', languages)),
    );
  }, [store]);

  // After the first numbers are on screen: the export is not what the page opens for.
  const reportShown = report !== null;
  useEffect(() => {
    if (reportShown) void store.call('insights.testimonials', {}).then(setTestimonials, () => setTestimonials([]));
  }, [store, reportShown]);

  useEffect(() => {
    if (period === 'invalid') return;
    let current = true;
    store.call('insights.compute', period).then(
      (next) => {
        if (!current) return;
        setReport(next);
        setError(null);
      },
      (caught) => current && setError(errorText(caught)),
    );
    return () => {
      current = false;
    };
  }, [store, JSON.stringify(period)]);

  useEffect(() => {
    document.documentElement.lang = lang ?? 'en';
    document.title = t('title');
  }, [lang]);

  if (lang === null) return <main class="ins" aria-busy="true" />;
  const presets: Array<{ value: PeriodPreset; label: string }> = [
    { value: 'all', label: t('periodAll') },
    { value: 'last12', label: t('period12') },
    { value: 'thisYear', label: t('periodThisYear') },
    { value: 'lastYear', label: t('periodLastYear') },
    { value: 'custom', label: t('periodCustom') },
  ];
  return (
    <main class="ins" data-testid="insights" aria-busy={report === null ? 'true' : 'false'}>
      <h1 class="ins__title">{t('title')}</h1>
      <div class="ins-filters" data-testid="insights-filters">
        <SelectField label={t('period')} value={preset} options={presets} onChange={setPreset} testId="insights-period" />
        {preset === 'custom' ? (
          <>
            <TextField label={t('from')} type="date" value={custom.from} onInput={(from) => setCustom((c) => ({ ...c, from }))} testId="insights-from" />
            <TextField label={t('to')} type="date" value={custom.to} onInput={(to) => setCustom((c) => ({ ...c, to }))} testId="insights-to" error={period === 'invalid' ? t('periodInvalid') : null} />
          </>
        ) : null}
      </div>
      {error !== null ? <p class="ins__error" role="alert">{t('loadError', { error })}</p> : null}
      {report === null ? <p aria-live="polite">{t('loading')}</p> : <Report t={t} lang={lang} report={report} onChartDrawn={onChartDrawn} />}
      <TestimonialExport t={t} lang={lang} items={testimonials} />
    </main>
  );
}

function percent(part: number, whole: number, lang: Lang): string {
  return whole === 0 ? '–' : new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
}

function Report({ t, lang, report, onChartDrawn }: { t: T; lang: Lang; report: InsightsReport; onChartDrawn?: () => void }) {
  const months = useMemo(() => report.months.map((m) => m.month), [report]);
  const byReason = useMemo(() => END_REASONS.map((reason) => ({ label: t(REASON_KEY[reason]), values: report.months.map((m) => m.byReason[reason]) })), [report, t]);
  const byInitiator = useMemo(() => INITIATORS.map((who) => ({ label: t(INITIATOR_KEY[who]), values: report.months.map((m) => m.byInitiator[who]) })), [report, t]);
  const scoreCategories = useMemo(() => report.feedback.distribution.map((_, i) => String(i)), [report]);
  const scores = useMemo(() => [{ label: t('count'), values: report.feedback.distribution }], [report, t]);
  const { duration, feedback } = report;
  return (
    <>
      <p class="ins__summary" data-testid="insights-summary" data-total={report.total} data-ended={report.ended}>
        {t('summary', { total: report.total, ended: report.ended })}
      </p>
      {report.total === 0 ? <p data-testid="insights-empty">{t('empty')}</p> : null}
      {months.length > 0 ? (
        <>
          <BarChart caption={t('perMonthTitle')} categoryLabel={t('month')} categories={months} series={byReason} totalLabel={t('total')} testId="chart-reasons" onDrawn={onChartDrawn} />
          <BarChart caption={t('perMonthInitiatorTitle')} categoryLabel={t('month')} categories={months} series={byInitiator} totalLabel={t('total')} testId="chart-initiators" />
        </>
      ) : null}
      <section class="ins-block" data-testid="insights-duration">
        <h2>{t('durationTitle')}</h2>
        {duration.medianDays === null ? (
          <p>{t('durationNone')}</p>
        ) : (
          <>
            <p data-testid="duration-median" data-days={duration.medianDays}>{t('durationMedian', { days: duration.medianDays })}</p>
            <p>{t('durationSpread', { q1: duration.q1Days ?? '–', q3: duration.q3Days ?? '–', min: duration.minDays ?? '–', max: duration.maxDays ?? '–' })}</p>
          </>
        )}
        {duration.missing > 0 ? <p class="ins__muted">{t('durationMissing', { count: duration.missing })}</p> : null}
      </section>
      <section class="ins-block" data-testid="insights-money">
        <h2>{t('moneyTitle')}</h2>
        {report.money.length === 0 ? (
          <p>{t('moneyNone')}</p>
        ) : (
          <table class="ins-table">
            <thead>
              <tr><th scope="col">{t('currency')}</th><th scope="col">{t('direction')}</th><th scope="col">{t('settled')}</th><th scope="col">{t('open')}</th><th scope="col">{t('writtenOff')}</th></tr>
            </thead>
            <tbody>
              {report.money.map((row) => (
                <tr key={`${row.currency}-${row.direction}`} data-testid="money-row" data-currency={row.currency} data-direction={row.direction}>
                  <th scope="row">{row.currency}</th>
                  <td>{t(row.direction)}</td>
                  <td>{formatMoney(row.settledMinor, row.currency, lang)}</td>
                  <td data-testid="money-open">{formatMoney(row.openMinor, row.currency, lang)}</td>
                  <td>{formatMoney(row.writtenOffMinor, row.currency, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section class="ins-block" data-testid="insights-feedback">
        <h2>{t('feedbackTitle')}</h2>
        <p data-testid="insights-nps" data-nps={feedback.nps ?? ''}>
          {feedback.nps === null ? t('npsNone') : t('nps', { nps: feedback.nps, promoters: feedback.promoters, passives: feedback.passives, detractors: feedback.detractors })}
        </p>
        {feedback.unscored > 0 ? <p class="ins__muted">{t('unscored', { count: feedback.unscored })}</p> : null}
        {feedback.scored > 0 ? <BarChart caption={t('scoreChart')} categoryLabel={t('score')} categories={scoreCategories} series={scores} testId="chart-scores" /> : null}
        <p data-testid="insights-shares">
          {t('shares', {
            ended: report.ended,
            testimonials: report.endingsWithTestimonial,
            tp: percent(report.endingsWithTestimonial, report.ended, lang),
            referrals: report.endingsWithReferral,
            rp: percent(report.endingsWithReferral, report.ended, lang),
          })}
        </p>
      </section>
      <section class="ins-block" data-testid="insights-themes">
        <h2>{t('themesTitle')}</h2>
        <p class="ins__muted">{t('themesHow', { count: report.retrospectives })}</p>
        {report.themes.length === 0 ? (
          <p>{t('themesNone')}</p>
        ) : (
          <table class="ins-table">
            <thead><tr><th scope="col">{t('theme')}</th><th scope="col">{t('inRetrospectives')}</th></tr></thead>
            <tbody>
              {report.themes.map((theme) => (
                <tr key={theme.phrase} data-testid="theme-row"><th scope="row">{theme.phrase}</th><td>{theme.count}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function TestimonialExport({ t, lang, items }: { t: T; lang: Lang; items: PublishableTestimonial[] }) {
  return (
    <section class="ins-block" data-testid="insights-export">
      <h2>{t('exportTitle')}</h2>
      <p>{t('exportHow', { count: items.length })}</p>
      <div class="ins-actions">
        <Button disabled={items.length === 0} data-testid="export-testimonials-md" onClick={() => downloadText(`testimonials-${lang}.md`, testimonialsMarkdown(items, lang), 'text/markdown')}>
          {t('exportMarkdown')}
        </Button>
        <Button disabled={items.length === 0} data-testid="export-testimonials-csv" onClick={() => downloadText(`testimonials-${lang}.csv`, testimonialsCsv(items, lang), 'text/csv')}>
          {t('exportCsv')}
        </Button>
      </div>
    </section>
  );
}
