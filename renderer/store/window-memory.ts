// What this window remembers across a reload, beside what the core replays: the wizard step the
// operator was on, which finished run they already left (so a reload does not show its result
// again) and the session's count.
// sessionStorage is per window and survives a reload, in the browser and in Electron alike.
import type { Place } from './navigation';

export interface WindowMemory {
  place: Place;
  /** The run this window showed last: its result comes back after a reload, not in a new window. */
  shownRunId: string | null;
  dismissedRunId: string | null;
  devicesThisSession: number;
}

const KEY = 'photon-setup.window';
const empty: WindowMemory = {
  place: 'account',
  shownRunId: null,
  dismissedRunId: null,
  devicesThisSession: 0,
};
const PLACES: readonly string[] = ['account', 'wifi', 'find'];
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function recall(storage: Storage | null): WindowMemory {
  try {
    const parsed = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<WindowMemory> | null;
    return {
      place: PLACES.includes(String(parsed?.place)) ? (parsed?.place as Place) : 'account',
      shownRunId: text(parsed?.shownRunId),
      dismissedRunId: text(parsed?.dismissedRunId),
      devicesThisSession:
        typeof parsed?.devicesThisSession === 'number' ? parsed.devicesThisSession : 0,
    };
  } catch {
    return empty;
  }
}

export function keep(storage: Storage | null, memory: WindowMemory): void {
  try {
    storage?.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Storage refused (private mode, quota): the window just forgets on reload.
  }
}
