/** A loading indicator that appears only when loading takes long enough to notice (no flashing). */
import { useEffect, useState } from 'preact/hooks';

export function DelayedSpinner({ label, delayMs = 300 }: { label: string; delayMs?: number }) {
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setVisible(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  if (!visible) return null;
  return (
    <p class="ui-spinner" role="status">
      <span class="ui-spinner__dot" aria-hidden="true" />
      {label}
    </p>
  );
}
