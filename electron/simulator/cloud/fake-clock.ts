// The fake cloud's own time, so tests can expire tokens (90 d), refresh tokens (14 d) and claim
// codes (1 h) without waiting. Only expiry logic reads it; sockets and keep-alives use real time.

export interface FakeClock {
  now(): number;
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function createFakeClock(startMs: number = Date.now()): FakeClock {
  let current = startMs;
  return {
    now: () => current,
    advance(ms) {
      current += ms;
    },
    set(epochMs) {
      current = epochMs;
    },
  };
}
