import { useEffect, useState } from 'react';

/**
 * Whole seconds until an ISO time, recomputed every second while it is in the future. Until the
 * first tick for a new time it shows `seconds`, the count the core sent with it (none sent: the
 * count from this computer's clock).
 */
export function useSecondsUntil(until: string | null, seconds: number | null): number {
  const target = until === null ? 0 : Date.parse(until);
  const [clock, setClock] = useState<{ target: number; now: number } | null>(() =>
    seconds === null ? { target, now: Date.now() } : null,
  );
  useEffect(() => {
    const tick = (): void => setClock({ target, now: Date.now() });
    const first = setTimeout(tick, 0);
    const timer = setInterval(() => {
      tick();
      if (Date.now() >= target) clearInterval(timer);
    }, 1000);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [target]);
  if (clock === null || clock.target !== target) return Math.max(0, seconds ?? 0);
  return Math.max(0, Math.ceil((target - clock.now) / 1000));
}
