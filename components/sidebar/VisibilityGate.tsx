/**
 * Holds the sidebar inert while it is not fully visible (components/sidebar/visibility.ts) and says
 * why, in the UI language. Until the first report the sidebar counts as not visible.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../../offboarding/types';
import type { Bilingual } from '../../common/i18n';
import { watchVisibility, type Visibility } from './visibility';

export const NOT_VISIBLE_REASON: Bilingual = {
  pl: 'Panel Offboard jest zasłonięty, przezroczysty lub ukryty, więc nic nie wstawi, nie skopiuje ani nie zapisze. Upewnij się, że nic go nie przykrywa.',
  en: 'The Offboard sidebar is covered, transparent or hidden, so it will not insert, copy or save anything. Make sure nothing is over it.',
};

/** A reason shown only when the sidebar stays not visible this long (not in the moment of opening). */
const REASON_AFTER_MS = 400;

export function VisibilityGate({ lang, children, target }: { lang: Lang; children: ComponentChildren; target?: Element }) {
  const [visibility, setVisibility] = useState<Visibility | 'pending'>('pending');
  const [explain, setExplain] = useState(false);
  useEffect(() => watchVisibility(window, target ?? document.documentElement, setVisibility), [target]);
  const blocked = visibility === 'hidden' || visibility === 'pending';
  useEffect(() => {
    setExplain(false);
    if (visibility !== 'hidden') return undefined;
    const timer = setTimeout(() => setExplain(true), REASON_AFTER_MS);
    return () => clearTimeout(timer);
  }, [visibility]);
  return (
    <>
      {blocked && explain ? (
        <p class="sb-visibility-warning" role="status" data-testid="sidebar-not-visible">
          {NOT_VISIBLE_REASON[lang]}
        </p>
      ) : null}
      <div class="sb-visibility-gate" data-visibility={visibility} {...(blocked ? { inert: true, 'aria-disabled': 'true' } : {})}>
        {children}
      </div>
    </>
  );
}
