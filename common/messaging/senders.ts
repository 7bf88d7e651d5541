/**
 * The one answer to "who sent this?", for every message and channel of Offboard. The browser tells
 * the extension id and the sender's URL: a content script of ours carries our id but the webmail
 * page's URL, so only a URL inside our own origin is one of our pages. Everything else is refused.
 */

/** What the runtime tells about a message's or a port's sender (a subset of runtime.MessageSender). */
export interface MessageSender {
  id?: string;
  url?: string;
  /** Set when the sender is a frame in a tab (the sidebar, a content script). */
  frameId?: number;
  tab?: { id?: number };
}

export interface ExtensionIdentity {
  readonly id: string;
  getURL(path: string): string;
}

/** Our own extension pages by file; `extension-page` is any other page of our origin. */
export type SenderKind = 'background' | 'sidebar' | 'popup' | 'options' | 'extension-page' | 'content-script' | 'foreign';

const PAGE_KINDS: Record<string, SenderKind> = {
  '/background.js': 'background',
  '/sidebar.html': 'sidebar',
  '/popup.html': 'popup',
  '/options.html': 'options',
};

/** Every page of our own origin: what may use the store. */
export const OWN_PAGES: readonly SenderKind[] = ['background', 'sidebar', 'popup', 'options', 'extension-page'];

function ownOrigin(extension: ExtensionIdentity): string {
  return extension.getURL('/').replace(/\/+$/, '');
}

export function senderKind(sender: MessageSender | undefined, extension: ExtensionIdentity): SenderKind {
  if (!sender || !extension.id || sender.id !== extension.id) return 'foreign';
  const origin = ownOrigin(extension);
  const url = sender.url;
  if (!origin || typeof url !== 'string' || !(url === origin || url.startsWith(`${origin}/`))) return 'content-script';
  const path = url.slice(origin.length).replace(/[?#].*$/, '') || '/';
  return PAGE_KINDS[path] ?? 'extension-page';
}

/** Why this sender may not send `what`, or null when it may. */
export function senderRefusal(
  sender: MessageSender | undefined,
  extension: ExtensionIdentity,
  allowed: readonly SenderKind[],
  what: string,
): string | null {
  const kind = senderKind(sender, extension);
  if (allowed.includes(kind)) return null;
  if (kind === 'foreign') {
    return `Refused ${what} from another extension or a web page (sender id ${describeValue(sender?.id)}): only Offboard's own pages may send it`;
  }
  if (kind === 'content-script') {
    return `Refused ${what} from ${describeValue(sender?.url)}: content scripts and web pages cannot send it, only ${allowedText(allowed)}`;
  }
  return `Refused ${what} from Offboard's ${kind} page: only ${allowedText(allowed)} may send it`;
}

function allowedText(allowed: readonly SenderKind[]): string {
  if (allowed === OWN_PAGES) return "Offboard's extension pages";
  return allowed.map((kind) => (kind === 'background' ? 'the background' : `the ${kind}`)).join(' or ');
}

export function describeValue(value: unknown): string {
  if (value === undefined) return '(none)';
  if (typeof value === 'string') return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
  return typeof value;
}
