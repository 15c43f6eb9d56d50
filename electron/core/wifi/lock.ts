// One Wi-Fi session at a time: two would fight over the one radio and each other's restore.
import { WifiError } from './errors';

export class WifiLock {
  private holder: string | null = null;

  get busy(): boolean {
    return this.holder !== null;
  }

  /** Returns the release function; refuses at once (never queues) when a session is running. */
  acquire(owner: string): () => void {
    if (this.holder !== null)
      throw new WifiError(
        'busy',
        `Another Wi-Fi session (${this.holder}) is still running. Wait for it to finish, then try again.`,
      );
    this.holder = owner;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holder = null;
    };
  }
}

/** The process-wide lock the real sessions share. */
export const wifiLock = new WifiLock();
