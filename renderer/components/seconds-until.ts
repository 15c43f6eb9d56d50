import { useEffect, useState } from 'react';

/** Whole seconds until an ISO time, recomputed every second while it is in the future. */
export function useSecondsUntil(until: string | null): number {
  const target = until === null ? 0 : Date.parse(until);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const tick = (): void => setNow(Date.now());
    // At once too: `now` may be from long before this target was set.
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
  return Math.max(0, Math.ceil((target - now) / 1000));
}
