/**
 * What the sidebar needs from the outside world, as interfaces. The real implementations
 * (components/sidebar/adapters.ts) wrap the background's store API, the page messaging, the
 * clipboard and the template engine; tests pass small fakes. Nothing here touches a browser API.
 */
import type { StoreClient } from '../../storage/protocol';
import type { PdfPort } from './pdf-port';
import type { ConversationContext, Draft, InsertResult } from '../../webmail/types';
import type { Client, Lang, Offboarding, Settings } from '../../offboarding/types';
import type {
  RenderedDraft,
  Suggestion,
  SuggestionReason,
  Template,
  TemplateKind,
} from '../../templates/types';
import type { DraftRenderInput } from '../../templates/draft-render';


/** The content script of the tab the sidebar is framed into. */
export interface PagePort {
  /** The id of the tab this sidebar lives in (answered by the background). */
  whoami(): Promise<number>;
  getContext(): Promise<ConversationContext | null>;
  insertDraft(draft: Draft): Promise<InsertResult>;
  /** Shows or hides the frame the sidebar lives in. */
  setSidebarOpen(open: boolean): Promise<void>;
  /**
   * Every change of the open conversation, on this sidebar's own channel to its own page: nothing
   * else arrives there, so nothing is filtered. Returns a function that stops listening.
   */
  onContextChanged(listener: (context: ConversationContext) => void): () => void;
}

/** The compose-box shortcut (webmail/compose-shortcut.ts), as the paired content script offers it. */
export interface ComposeShortcutPort {
  /** Each press of the shortcut in a message body (the caret is kept there). Returns a function that stops listening. */
  onPressed(listener: () => void): () => void;
  /** Passes the user's setting on: the content script cannot read it, and keeps the key off until told. */
  setEnabled(enabled: boolean): Promise<void>;
  /** Focus and caret back to the body the shortcut was pressed in, nothing changed. */
  returnToEditor(): Promise<void>;
}

export interface ClipboardPort {
  /** Writes rich text with a plain-text twin; rejects when the clipboard refuses. */
  writeDraft(draft: Pick<Draft, 'html' | 'text'>): Promise<void>;
}

export interface SuggestInput {
  /** The open conversation; null when no page was read (a client picked by hand): only the record ranks. */
  context: ConversationContext | null;
  client: Client | null;
  offboarding: Offboarding | null;
  templates: Template[];
  today: string;
  sentKinds: TemplateKind[];
  settings: Settings;
  /** No contract recorded: the notice form the user chose in a draft. */
  resolvedForm?: 'documentary' | 'written';
}

/** The template functions the sidebar uses (templates/*.ts). */
export interface TemplateEngine {
  /**
   * Resolves once builtInTemplates() can answer: the real engine asks the background for the
   * built-in library (store operation templates.builtIn) instead of shipping it in the sidebar.
   * Absent: builtInTemplates() answers at once (the tests' fakes).
   */
  ready?(): Promise<void>;
  builtInTemplates(): Template[];
  /**
   * The draft of `template` for the record, in the template's language and tone. The real engine asks
   * the background (store operation templates.render), which holds the variables and the Markdown engine.
   */
  renderDraft(template: Template, input: DraftRenderInput): Promise<RenderedDraft>;
  suggest(input: SuggestInput): Suggestion[];
  describeReason(reason: SuggestionReason, uiLang: Lang): string;
  /** Words for a variable path ("contract.clause" → "termination clause"). */
  variableLabel(path: string, lang: Lang): string;
}

export interface SidebarDeps {
  store: StoreClient;
  page: PagePort;
  clipboard: ClipboardPort;
  templates: TemplateEngine;
  /** Today's local calendar date (YYYY-MM-DD). */
  today(): string;
  /** The browser's preferred languages (navigator.languages). */
  languages: readonly string[];
  /** How long to wait for the content script before giving up (ms). */
  pageTimeoutMs?: number;
  /** Draws documents as PDF (a worker in the extension); absent, the documents offer no PDF. */
  pdf?: PdfPort;
  /** The compose-box shortcut; absent when the sidebar is not framed into a webmail (no page to press it in). */
  shortcut?: ComposeShortcutPort;
}
