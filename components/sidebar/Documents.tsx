/**
 * The documents at their checklist steps (documents/offer.ts decides which apply now): each with
 * its language, the missing-values form the messages use (values typed here can be saved to the
 * client and the profile), a text preview, Download PDF and Print. The PDF is drawn in a worker
 * (pdf-port.ts), so the sidebar stays responsive; a produced document is logged in the timeline.
 * Under a written-form clause the notice step leads from the signed statement to its cover message.
 */
import { useState } from 'preact/hooks';
import type { ChecklistKey, Client, Lang, Offboarding } from '../../offboarding/types';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentModel, type MissingFact } from '../../documents/model';
import { documentOffer, DOCUMENT_STEP, type DocumentOffer } from '../../documents/offer';
import { documentText } from '../../documents/text';
import { factAnswers, factLabel, type FactPath } from '../../documents/labels';
import { unprintableCharacters } from '../../documents/font-coverage';
import type { DocumentInput } from '../../documents/context';
import { downloadBlob } from '../../common/download';
import { formatDisplayDate } from '../../common/display-date';
import { errorText } from '../../common/errors';
import { Alert, Button, Segmented, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { AnchoredNotice } from './ActionNotice';
import { CHECKLIST_LABEL } from './labels';
import { DOCUMENT_TITLE_KEY } from './document-messages';
import { DOCUMENT_DATE_PATHS, OPTIONAL_DOCUMENT_VALUES, RECORD_SECTION_PATHS } from './document-values';
import { MissingValues, type MissingValueField } from './MissingValues';
import { printPdf } from './print-pdf';
import { TextArea } from './TextArea';

export function documentAnchor(kind: DocumentKind): string {
  return `document:${kind}`;
}

/** The documents of one checklist step; the documents step also says which documents apply now. */
export function StepDocuments({ client, offboarding, step }: { client: Client; offboarding: Offboarding; step: ChecklistKey }) {
  const kinds = DOCUMENT_KINDS.filter((kind) => DOCUMENT_STEP[kind] === step);
  const written = step === 'notice' && client.contract.requiredForm === 'written';
  if (kinds.length === 0 && step !== 'documents') return null;
  return (
    <div class="sb-documents" data-testid="step-documents" data-step={step}>
      {kinds.map((kind) => (
        <DocumentCard key={`${kind}:${client.id}`} kind={kind} client={client} offboarding={offboarding} written={written} />
      ))}
      {step === 'documents' ? <DocumentsOverview client={client} offboarding={offboarding} /> : null}
    </div>
  );
}

function useDocumentInput(client: Client, offboarding: Offboarding, lang: Lang, values: Record<string, string>): DocumentInput | null {
  const { model, deps } = useSidebar();
  const settings = model.getState().settings;
  if (!settings) return null;
  const typed: Record<string, string> = {};
  for (const [path, value] of Object.entries(values)) if (value.trim() !== '') typed[path] = value.trim();
  return { client, offboarding, settings, today: deps.today(), lang, values: typed };
}

/** Every document with where it stands: ready, needing values, or not needed and why. */
function DocumentsOverview({ client, offboarding }: { client: Client; offboarding: Offboarding }) {
  const { t, lang } = useSidebar();
  const input = useDocumentInput(client, offboarding, lang, {});
  if (!input) return null;
  return (
    <div class="sb-doc-overview">
      <p class="sb-small"><strong>{t('docOverview')}</strong></p>
      <ul class="sb-doc-overview__list">
        {DOCUMENT_KINDS.map((kind) => {
          const { result } = documentOffer(kind, input);
          const where = t('docAtStep', { step: t(CHECKLIST_LABEL[DOCUMENT_STEP[kind]]) });
          return (
            <li key={kind} class="sb-small" data-testid="document-overview-item" data-kind={kind} data-status={result.status}>
              {t(DOCUMENT_TITLE_KEY[kind])}:{' '}
              {result.status === 'not-applicable' ? (
                <span class="sb-muted">{t('docNotNeeded', { reason: result.reason })}</span>
              ) : (
                <span>{t(result.status === 'ready' ? 'docStateReady' : 'docStateMissing')}, {where}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

type Notice = { tone: 'ok' | 'error'; text: string; detail?: string } | null;

function DocumentCard({ kind, client, offboarding, written }: { kind: DocumentKind; client: Client; offboarding: Offboarding; written: boolean }) {
  const { t, lang: uiLang, model, deps } = useSidebar();
  const [docLang, setDocLang] = useState<Lang>(client.language);
  const [values, setValues] = useState<Record<string, string>>({});
  const [save, setSave] = useState(false);
  const [previewOpen, setPreviewOpen] = useState(false);
  const [busy, setBusy] = useState<'download' | 'print' | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const input = useDocumentInput(client, offboarding, docLang, values);
  if (!input) return null;
  const offer = documentOffer(kind, input);
  const { result } = offer;
  const title = t(DOCUMENT_TITLE_KEY[kind]);
  const anchor = documentAnchor(kind);

  if (result.status === 'not-applicable') {
    // Said in the UI's language, whichever language the document would be in.
    const reason = docLang === uiLang ? result.reason : documentOffer(kind, { ...input, lang: uiLang }).result;
    const text = typeof reason === 'string' ? reason : reason.status === 'not-applicable' ? reason.reason : result.reason;
    return (
      <div class="sb-doc sb-doc--not-needed" data-testid="document" data-kind={kind} data-status="not-applicable">
        <p class="sb-small sb-muted">{title}: {t('docNotNeeded', { reason: text })}</p>
      </div>
    );
  }

  const setValue = (path: string, value: string) => setValues((current) => ({ ...current, [path]: value }));
  const missing = result.status === 'missing' ? result.missing : [];
  const document = result.status === 'ready' ? result.document : null;

  const produce = async (action: 'download' | 'print') => {
    if (!document || !deps.pdf || busy) return;
    setBusy(action);
    setNotice(null);
    try {
      const bytes = await deps.pdf.render(document, new Date());
      const blob = new Blob([bytes as BlobPart], { type: 'application/pdf' });
      if (action === 'download') downloadBlob(`${document.fileName}.pdf`, blob);
      else printPdf(blob);
      setNotice({ tone: 'ok', text: t(action === 'download' ? 'docDownloaded' : 'docPrinting') });
      await model.logDocument(kind, docLang, action);
      if (save) await model.saveDocumentValues(values, anchor);
    } catch (error) {
      setNotice({ tone: 'error', text: t('docFailed'), detail: errorText(error) });
    } finally {
      setBusy(null);
    }
  };

  const text = document ? documentText(document) : '';
  const unprintable = document ? unprintableCharacters(text) : [];
  const optional = OPTIONAL_DOCUMENT_VALUES[kind] ?? [];

  return (
    <div class="sb-doc" data-testid="document" data-kind={kind} data-status={result.status} data-lang={docLang}>
      <div class="sb-doc__head">
        <h4 class="sb-doc__title">{title}</h4>
        <Segmented legend={t('docLanguage')} value={docLang} options={[{ value: 'pl', label: 'PL' }, { value: 'en', label: 'EN' }]} onChange={setDocLang} />
      </div>
      {offer.agreedInCall && offboarding.outcome ? (
        <Alert tone="info" testId="document-agreed-in-call">{t('docAgreedInCall', { date: formatDisplayDate(offboarding.outcome.on, uiLang) })}</Alert>
      ) : null}
      {offer.agreedEndTooEarly ? (
        <Alert tone="warn" testId="document-agreed-end-too-early">
          {t('docAgreedEndTooEarly', { agreed: formatDisplayDate(offer.agreedEndTooEarly.agreedOn, uiLang), earliest: formatDisplayDate(offer.agreedEndTooEarly.earliestEnd, uiLang) })}
        </Alert>
      ) : null}
      {(result.notes ?? []).map((note) => (
        <Alert key={note} tone="info" testId="document-note">{note}</Alert>
      ))}
      {written ? <p class="sb-small" data-testid="written-form-steps">{t('docWrittenFormSteps')}</p> : null}
      <DocumentValues kind={kind} missing={missing} offer={offer} values={values} setValue={setValue} save={save} setSave={setSave} />
      {optional.length > 0 ? (
        <details class="sb-doc__optional" open={optional.some((path) => (values[path] ?? '') !== '')}>
          <summary class="sb-small">{t('docOptionalTitle')}</summary>
          {optional.map((path) => (
            <OptionalValue key={path} path={path} value={values[path] ?? ''} onInput={(value) => setValue(path, value)} />
          ))}
        </details>
      ) : null}
      <AnchoredNotice anchor={anchor} />
      {document ? (
        <>
          {unprintable.length > 0 ? <Alert tone="warn" testId="document-unprintable">{t('docUnprintable', { chars: unprintable.join(' ') })}</Alert> : null}
          <div class="sb-actions">
            <Button variant="quiet" aria-expanded={previewOpen ? 'true' : 'false'} data-testid="document-preview-toggle" onClick={() => setPreviewOpen(!previewOpen)}>
              {t(previewOpen ? 'docHidePreview' : 'docPreview')}
            </Button>
            {deps.pdf ? (
              <>
                <Button variant="primary" data-testid="document-download" disabled={busy !== null} onClick={() => void produce('download')}>
                  {busy === 'download' ? t('docMaking') : t('docDownload')}
                </Button>
                <Button data-testid="document-print" disabled={busy !== null} onClick={() => void produce('print')}>
                  {busy === 'print' ? t('docMaking') : t('docPrint')}
                </Button>
              </>
            ) : null}
          </div>
          {notice ? (
            <Alert tone={notice.tone} testId="document-notice">
              <p>{notice.text}</p>
              {notice.detail ? <p class="sb-small">{notice.detail}</p> : null}
            </Alert>
          ) : null}
          {previewOpen ? (
            <pre class="sb-doc__preview" data-testid="document-preview" role="document" tabIndex={0} aria-label={t('docPreviewOf', { title })} lang={docLang}>
              {text}
            </pre>
          ) : null}
        </>
      ) : null}
      {written && kind === 'termination-statement' ? (
        <Button variant="quiet" data-testid="open-cover-message" onClick={() => model.requestTemplate('signed-notice-cover')}>{t('docCoverMessage')}</Button>
      ) : null}
    </div>
  );
}

/** The form for what the document lacks: typed facts as fields, the rest said where to add them. */
function DocumentValues({ kind, missing, offer, values, setValue, save, setSave }: {
  kind: DocumentKind;
  missing: readonly MissingFact[];
  offer: DocumentOffer;
  values: Record<string, string>;
  setValue: (path: string, value: string) => void;
  save: boolean;
  setSave: (save: boolean) => void;
}) {
  const { t, lang } = useSidebar();
  const optional = new Set(OPTIONAL_DOCUMENT_VALUES[kind] ?? []);
  const typedPaths = Object.keys(values).filter((path) => !optional.has(path));
  const missingTyped = missing.filter((fact) => RECORD_SECTION_PATHS[fact.path] === undefined);
  const paths = [...typedPaths, ...missingTyped.map((fact) => fact.path).filter((path) => !typedPaths.includes(path))];
  const elsewhere = missing.filter((fact) => RECORD_SECTION_PATHS[fact.path] !== undefined);
  if (paths.length === 0 && elsewhere.length === 0) return null;
  const fields = paths.map((path): MissingValueField => {
    const problem = missingTyped.find((fact) => fact.path === path && fact.detail !== undefined && (values[path] ?? '').trim() !== '')?.detail;
    const proposal = offer.proposals.find((p) => p.path === path);
    const answers = factAnswers(path);
    return {
      path,
      label: factLabel(path as FactPath, lang),
      isDate: DOCUMENT_DATE_PATHS.has(path),
      ...(answers ? { answers } : {}),
      ...(problem ? { problem } : {}),
      ...(proposal
        ? { proposal: { text: t('docProposedEnd', { call: formatDisplayDate(proposal.callOn, lang), date: formatDisplayDate(proposal.value, lang) }), value: proposal.value, display: formatDisplayDate(proposal.value, lang) } }
        : {}),
    };
  });
  return (
    <MissingValues
      fields={fields}
      values={values}
      onInput={setValue}
      onUse={setValue}
      testIdPrefix="document-"
      {...(paths.length > 0 ? { save: { checked: save, label: t('docSaveValues'), onChange: setSave } } : {})}
    >
      <p class="sb-small">{t('docMissingIntro')}</p>
      {elsewhere.map((fact) => (
        <p key={`${fact.path}:${fact.detail ?? ''}`} class="sb-small" data-testid="document-missing-elsewhere" data-path={fact.path}>
          {t(RECORD_SECTION_PATHS[fact.path] === 'settlement' ? 'docInSettlement' : 'docInInventory', {
            what: fact.detail ? `${factLabel(fact.path as FactPath, lang)} (${fact.detail})` : factLabel(fact.path as FactPath, lang),
          })}
        </p>
      ))}
    </MissingValues>
  );
}

function OptionalValue({ path, value, onInput }: { path: string; value: string; onInput: (value: string) => void }) {
  const { lang, t } = useSidebar();
  // A day is picked from a calendar, as in the missing-values form (the delivery of a signed notice).
  if (DOCUMENT_DATE_PATHS.has(path)) {
    return <TextField type="date" hint={t('dateFieldHint')} label={factLabel(path as FactPath, lang)} value={value} onInput={onInput} testId={`optional-${path}`} />;
  }
  return <TextArea label={factLabel(path as FactPath, lang)} value={value} onInput={onInput} testId={`optional-${path}`} />;
}
