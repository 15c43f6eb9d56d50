import { useT } from '../i18n/use-t';

/** Wi-Fi signal as 0–4 bars, with the number for screen readers. */
export function SignalBars({ bars, rssi }: { bars: number; rssi?: number }) {
  const t = useT();
  const label =
    rssi === undefined
      ? t('ui.signal.bars', { bars, max: 4 })
      : t('ui.signal.bars-rssi', { bars, max: 4, rssi });
  return (
    <span className="signal-bars" role="img" aria-label={label} title={label}>
      {[1, 2, 3, 4].map((level) => (
        <span
          key={level}
          className={`signal-bar signal-bar-${level}${level <= bars ? ' on' : ''}`}
        />
      ))}
    </span>
  );
}

export function LockIcon({ locked }: { locked: boolean }) {
  const t = useT();
  return (
    <svg
      className="lock-icon"
      width="14"
      height="14"
      viewBox="0 0 16 16"
      role="img"
      aria-label={locked ? t('ui.signal.secured') : t('ui.signal.open')}
    >
      {locked ? (
        <path d="M4 7V5a4 4 0 0 1 8 0v2h1v8H3V7h1zm2 0h4V5a2 2 0 0 0-4 0v2z" fill="currentColor" />
      ) : (
        <path d="M4 7V5a4 4 0 0 1 7.5-2l-1.7 1A2 2 0 0 0 6 5v2h7v8H3V7h1z" fill="currentColor" />
      )}
    </svg>
  );
}
