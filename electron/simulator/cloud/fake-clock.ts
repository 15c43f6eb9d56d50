// The fake cloud's own clock. It runs with real time, as a server's does (every timestamp and
// the Date header move on), and tests can push it ahead — to expire tokens (90 d), refresh tokens
// (14 d) and claim codes (1 h) without waiting, or to play a server whose clock is off from this
// computer's. A frozen clock, for tests that compare exact lifetimes, moves only when told.
export interface FakeClock {
  now(): number;
  advance(ms: number): void;
  set(epochMs: number): void;
}

export function createFakeClock(options: { frozen?: boolean } = {}): FakeClock {
  if (options.frozen === true) {
    let current = Date.now();
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
  let offset = 0;
  return {
    now: () => Date.now() + offset,
    advance(ms) {
      offset += ms;
    },
    set(epochMs) {
      offset = epochMs - Date.now();
    },
  };
}
