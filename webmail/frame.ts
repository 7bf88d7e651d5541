/**
 * The sidebar frame (the extension's sidebar.html) and its toggle, placed in the webmail page.
 * Both sit in the light DOM under <html> (so `document.querySelector('[data-testid="offboard-sidebar"]')`
 * finds them) with inline `!important` styles, so page CSS cannot restyle them. Collapsed, the frame is
 * `display:none` and the page layout is untouched; open, it sits at the right edge and the webmail's
 * content narrows by its width (webmail/page-room.ts), so it covers none of the conversation.
 */
import { whenPageLoaded } from './dom';
import { makeRoom } from './page-room';

export const SIDEBAR_WIDTH_PX = 360;
/**
 * Space between the open frame and the toggle: the toggle's shadow must not touch the frame, or
 * IntersectionObserver v2 counts the frame as covered (components/sidebar/visibility.ts).
 */
const TOGGLE_GAP_PX = 12;
const TOGGLE_SIZE_PX = 32;

export interface SidebarFrameOptions {
  /** chrome.runtime.getURL('/sidebar.html'), built by the caller. */
  src: string;
  /**
   * The origin the sidebar's document runs in (the extension's own). Under use_dynamic_url the src
   * is a per-session host but the document keeps this origin, so permissions name it explicitly.
   */
  documentOrigin?: string;
  open: boolean;
  /** Height of the app's top bar, so the frame starts below it. */
  topOffsetPx?: number;
  /** Called when the user toggles (button or shortcut), so the caller may persist the state. */
  onOpenChange?: (open: boolean) => void;
}

export interface SidebarFrame {
  readonly iframe: HTMLIFrameElement;
  readonly toggle: HTMLButtonElement;
  isOpen(): boolean;
  setOpen(open: boolean): void;
  unmount(): void;
}

function applyStyles(el: HTMLElement, styles: Record<string, string>): void {
  for (const [name, value] of Object.entries(styles)) el.style.setProperty(name, value, 'important');
}

export function mountSidebarFrame(doc: Document, options: SidebarFrameOptions): SidebarFrame {
  const top = options.topOffsetPx ?? 64;
  const iframe = doc.createElement('iframe');
  iframe.setAttribute('data-testid', 'offboard-sidebar');
  iframe.setAttribute('title', 'Offboard');
  // An allow-list without an origin means the src's, which the document does not run in (above).
  iframe.setAttribute('allow', options.documentOrigin ? `clipboard-write ${options.documentOrigin}` : 'clipboard-write');
  // The sidebar's page loads only once the webmail has: a frame loading while the page loads holds
  // back the page's own load event (measured: the webmail's load ×3 on a warm start).
  const cancelLoad = whenPageLoaded(doc, () => {
    iframe.src = options.src;
  });
  applyStyles(iframe, {
    position: 'fixed',
    top: `${top}px`,
    right: '0',
    width: `${SIDEBAR_WIDTH_PX}px`,
    height: `calc(100vh - ${top}px)`,
    border: '0',
    margin: '0',
    padding: '0',
    'z-index': '2147483646',
    background: 'transparent',
    'color-scheme': 'normal',
    'box-shadow': '-2px 0 8px rgba(0, 0, 0, 0.15)',
  });

  const toggle = doc.createElement('button');
  toggle.type = 'button';
  toggle.setAttribute('data-testid', 'offboard-toggle');
  toggle.setAttribute('aria-label', 'Offboard');
  toggle.setAttribute('title', 'Offboard (Alt+Shift+O)');
  toggle.textContent = 'O';
  // Collapsed: right edge, vertically centred, clear of Gmail's Send (bottom-left of the compose box)
  // and Outlook's Send (top-left of the compose). Open: above the frame, in the strip the page made
  // room in, so it covers nothing of the page either.
  applyStyles(toggle, {
    position: 'fixed',
    width: `${TOGGLE_SIZE_PX}px`,
    height: `${TOGGLE_SIZE_PX}px`,
    'border-radius': '50%',
    border: '0',
    margin: '0',
    padding: '0',
    'z-index': '2147483647',
    background: '#1f5f5b',
    color: '#ffffff',
    font: `600 15px/${TOGGLE_SIZE_PX}px system-ui, sans-serif`,
    'text-align': 'center',
    cursor: 'pointer',
    'box-shadow': '0 1px 4px rgba(0, 0, 0, 0.3)',
  });

  let open = options.open;
  let giveRoomBack: (() => void) | null = null;
  const render = () => {
    if (open && !giveRoomBack) giveRoomBack = makeRoom(doc, SIDEBAR_WIDTH_PX);
    if (!open && giveRoomBack) {
      giveRoomBack();
      giveRoomBack = null;
    }
    applyStyles(iframe, { display: open ? 'block' : 'none' });
    applyStyles(
      toggle,
      open
        ? { top: `${Math.max(0, top - TOGGLE_SIZE_PX - TOGGLE_GAP_PX)}px`, right: `${TOGGLE_GAP_PX}px`, transform: 'none' }
        : { top: '50%', right: '4px', transform: 'translateY(-50%)' },
    );
    toggle.setAttribute('aria-pressed', String(open));
  };
  const onClick = () => {
    open = !open;
    render();
    options.onOpenChange?.(open);
  };
  toggle.addEventListener('click', onClick);
  render();
  doc.documentElement.append(iframe, toggle);

  return {
    iframe,
    toggle,
    isOpen: () => open,
    setOpen(next) {
      if (next === open) return;
      open = next;
      render();
    },
    unmount() {
      cancelLoad();
      giveRoomBack?.();
      giveRoomBack = null;
      toggle.removeEventListener('click', onClick);
      iframe.remove();
      toggle.remove();
    },
  };
}

const UPDATED_HINT = {
  pl: 'Offboard został zaktualizowany. Odśwież tę kartę, gdy zechcesz znów korzystać z panelu.',
  en: 'Offboard was updated. Reload this tab when you want the sidebar back.',
} as const;
const DISMISS_LABEL = { pl: 'Zamknij', en: 'Dismiss' } as const;

/** The page's UI language, for the few words the content script itself shows. */
export function pageLanguage(doc: Document): 'pl' | 'en' {
  const tag = doc.documentElement.lang || doc.defaultView?.navigator.language || '';
  return tag.toLowerCase().startsWith('pl') ? 'pl' : 'en';
}

/**
 * Shown where the sidebar was, after the extension was reloaded or updated under an open webmail
 * (the old content script can no longer reach it): says how to get the sidebar back. Text only.
 */
export function showUpdatedHint(doc: Document): HTMLElement {
  const lang = pageLanguage(doc);
  const hint = doc.createElement('div');
  hint.setAttribute('data-testid', 'offboard-updated-hint');
  hint.setAttribute('role', 'status');
  applyStyles(hint, {
    position: 'fixed',
    right: '12px',
    bottom: '12px',
    'max-width': '300px',
    'z-index': '2147483647',
    background: '#1f1f1f',
    color: '#ffffff',
    font: '13px/1.4 system-ui, sans-serif',
    padding: '10px 36px 10px 12px',
    'border-radius': '8px',
    'box-shadow': '0 2px 8px rgba(0, 0, 0, 0.35)',
  });
  hint.textContent = UPDATED_HINT[lang];
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.setAttribute('aria-label', DISMISS_LABEL[lang]);
  dismiss.textContent = '×';
  applyStyles(dismiss, {
    position: 'absolute',
    top: '4px',
    right: '6px',
    background: 'transparent',
    color: '#ffffff',
    border: '0',
    font: '18px/1 system-ui, sans-serif',
    cursor: 'pointer',
  });
  dismiss.addEventListener('click', () => hint.remove());
  hint.append(dismiss);
  doc.documentElement.append(hint);
  return hint;
}
