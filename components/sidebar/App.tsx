/** The sidebar: picks what to show from the model's state; each block is its own component. */
import { currencyForLocales } from '../../offboarding/locale-defaults';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { translator } from '../../common/i18n';
import { Alert, Button, Section } from '../ui/controls';
import { DelayedSpinner } from '../ui/DelayedSpinner';
import { SidebarContext, useSidebar } from './context';
import { useModelState } from '../ui/use-model-state';
import type { SidebarEnv } from './context';
import { sidebarMessages } from './messages';
import type { SidebarDeps } from './ports';
import { suggestionsFor } from './model/suggestions';
import type { SidebarModel } from './state';
import type { SidebarState } from './model/types';
import { ClientEditForm, ClientHeader } from './ClientPanel';
import { ClientPicker } from './ClientPicker';
import { Checklist, StageBadge } from './Checklist';
import { Suggestions } from './Suggestions';
import { Settlement } from './Settlement';
import { isConversationClient, otherParty } from './conversation';
import { SenderWarning } from './SenderWarning';
import { ThreadSteps } from './ThreadSteps';
import { AfterCaptureSection, PreparationSection } from './sidebar-parts';
import { ActionNotice } from './ActionNotice';
import { TemplatePicker } from './TemplatePicker';
import { ClientNote, Timeline } from './NotesTimeline';
import { pickedSuggestion } from './drafts';
import { mergeTemplates } from '../../templates/template-set';
import type { Template } from '../../templates/types';
import { insertAtCaret, shortcutEnabled, usePickerShortcut } from './picker-shortcut';

export function SidebarApp({ model, deps }: { model: SidebarModel; deps: SidebarDeps }) {
  const state = useModelState(model);
  const env = useMemo<SidebarEnv>(
    () => ({ t: translator(sidebarMessages, state.uiLang), lang: state.uiLang, model, deps }),
    [state.uiLang, model, deps],
  );
  useEffect(() => {
    document.documentElement.lang = state.uiLang;
  }, [state.uiLang]);

  // Settings decide the language: render nothing for the few ms until they are known.
  if (state.phase === 'starting') return null;
  return (
    <SidebarContext.Provider value={env}>
      <main class="sb" aria-busy={state.busy ? 'true' : 'false'}>
        <TopBar />
        <Body state={state} />
      </main>
    </SidebarContext.Provider>
  );
}

function TopBar() {
  const { t, model } = useSidebar();
  return (
    <header class="sb-topbar">
      <span class="sb-topbar__name">{t('appName')}</span>
      <Button variant="quiet" aria-label={t('closeSidebar')} title={t('closeSidebar')} data-testid="close-sidebar" onClick={() => void model.closeSidebar()}>
        ×
      </Button>
    </header>
  );
}

function Body({ state }: { state: SidebarState }) {
  const { t, model } = useSidebar();
  if (state.phase === 'error') {
    return (
      <Alert tone="error" testId="state-error">
        <p>{t('stateError')}</p>
        {state.errorDetail ? <p class="sb-small">{state.errorDetail}</p> : null}
        <Button variant="primary" data-testid="retry" onClick={() => void model.retry()}>{t('retry')}</Button>
      </Alert>
    );
  }
  return (
    <>
      <ActionNotice state={state} />
      <ConversationState state={state} />
      {state.record ? <RecordView state={state} /> : null}
      {/* With an offboarding the suggestions sit between the steps and the settlement. */}
      {state.record?.offboarding ? null : <SuggestionsSection state={state} />}
    </>
  );
}

/** What is known about the conversation before any client is shown. */
function ConversationState({ state }: { state: SidebarState }) {
  const { t, model } = useSidebar();
  if (state.loadingRecord && !state.record) return <DelayedSpinner label={t('loading')} />;
  if (state.record) return null;
  if (state.conversation === 'none') {
    return (
      <div class="sb-state" data-testid="state-no-conversation">
        <p>{t('stateNoConversation')}</p>
        <ClientPicker clients={state.clients} />
      </div>
    );
  }
  if (state.conversation === 'unreadable') {
    return (
      <div class="sb-state" data-testid="state-unreadable">
        <Alert tone="info">{t('stateUnreadable')}</Alert>
        <ClientPicker clients={state.clients} />
      </div>
    );
  }
  // Who the conversation is with, so the user knows whom "Start offboarding" would create.
  const party = state.context ? otherParty(state.context) : null;
  return (
    <div class="sb-state" data-testid="state-no-record">
      {party ? (
        <p class="sb-party" data-testid="other-party">
          <strong>{party.name}</strong> <span class="sb-muted sb-small">{party.email}</span>
        </p>
      ) : null}
      <p>{t('noRecord')}</p>
      <Button variant="primary" data-testid="start-offboarding" disabled={state.busy} onClick={() => void model.startOffboarding()}>
        {t('startOffboarding')}
      </Button>
      <ClientPicker clients={state.clients} />
    </div>
  );
}

function RecordView({ state }: { state: SidebarState }) {
  const { t, model, deps } = useSidebar();
  const record = state.record;
  if (!record) return null;
  const { client, offboarding } = record;
  // The browser locale's currency (a table), or empty so the form asks: never the previous item's.
  const defaultCurrency = currencyForLocales(deps.languages) ?? '';
  return (
    <>
      <ClientHeader client={client} editing={state.editing} />
      <SenderWarning client={client} context={state.context} />
      {state.editing ? <ClientEditForm key={client.id} client={client} offboarding={offboarding} context={state.context} /> : null}
      {state.pinnedClientId && state.conversation !== 'none' && !state.editing && !isConversationClient(client, state.context) ? (
        <Button variant="quiet" onClick={() => void model.unpinClient()}>{t('unpinClient')}</Button>
      ) : null}
      {offboarding ? (
        <>
          <Section title={t('checklistTitle')} testId="checklist">
            <ThreadSteps offboarding={offboarding} context={state.context} />
            <StageBadge offboarding={offboarding} />
            <Checklist client={client} offboarding={offboarding} />
          </Section>
          <PreparationSection client={client} offboarding={offboarding} context={state.context} />
          <SuggestionsSection state={state} />
          <Section title={t('settlementTitle')} testId="settlement">
            <Settlement offboarding={offboarding} defaultCurrency={defaultCurrency} />
          </Section>
          <Section title={t('notesTitle')} testId="notes">
            <ClientNote client={client} />
          </Section>
          <Section title={t('timelineTitle')} testId="timeline-section">
            <Timeline events={state.events} />
          </Section>
          <AfterCaptureSection offboarding={offboarding} context={state.context} />
        </>
      ) : (
        <div class="sb-state">
          <p>{t('noOffboarding')}</p>
          <Button variant="primary" data-testid="start-for-client" disabled={state.busy} onClick={() => void model.startForClient(client)}>
            {t('startForClient')}
          </Button>
        </div>
      )}
    </>
  );
}

function SuggestionsSection({ state }: { state: SidebarState }) {
  const { t, deps, model } = useSidebar();
  const pickerShown = state.record !== null || state.conversation !== 'none';
  const shortcutOn = shortcutEnabled(state);
  // Where the picker is not shown (no conversation, no client) the key stays the page's.
  const presses = usePickerShortcut(deps, shortcutOn && pickerShown);
  // A template picked by hand opens as the first card until another is picked.
  const [picked, setPicked] = useState<Template | null>(null);
  const templates = useMemo(() => mergeTemplates(deps.templates.builtInTemplates(), state.storedTemplates), [deps, state.storedTemplates]);
  // Another block asked for a kind (the notice step's cover message): it opens first, in the client's language.
  const request = state.pickRequest;
  useEffect(() => {
    if (!request) return;
    const lang = state.record?.client.language ?? state.uiLang;
    const found = templates.find((t) => t.kind === request.kind && t.lang === lang) ?? templates.find((t) => t.kind === request.kind);
    if (found) setPicked(found);
  }, [request?.seq]);
  // With no form recorded, the notice form chosen in a draft: the cover message follows it.
  const [resolvedForm, setResolvedForm] = useState<'documentary' | 'written' | undefined>(undefined);
  const suggestions = useMemo(() => {
    try {
      return suggestionsFor(state, deps, resolvedForm);
    } catch {
      return [];
    }
  }, [state.context, state.record, state.events, state.storedTemplates, state.settings, deps, resolvedForm]);
  if (!pickerShown) return null;
  const shown = picked ? [pickedSuggestion(picked), ...suggestions.filter((s) => s.template.id !== picked.id)] : suggestions;
  return (
    <Section title={t('suggestionsTitle')} testId="suggestions">
      <TemplatePicker
        templates={templates}
        onPick={setPicked}
        atCaret={deps.shortcut ? {
          signal: presses,
          enabled: shortcutOn,
          insert: (template) => void insertAtCaret(deps, model, state, template),
          returnToEditor: () => void deps.shortcut?.returnToEditor().catch(() => undefined),
        } : undefined}
      />
      <Suggestions state={state} suggestions={shown} pickedId={picked?.id} onResolvedForm={setResolvedForm} />
    </Section>
  );
}
