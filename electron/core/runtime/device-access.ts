// One device at a time: a setup run, reading a returned unit's id and scanning for Photons all
// use the one Wi-Fi radio and the one device in listening mode. The composition root owns the
// only instance; whoever holds it names what it is doing, so a refusal can say why.
import { m, type Message } from '../../../shared/i18n';
import { OperatorError } from './operator-error';

export class DeviceBusyError extends OperatorError {
  constructor(readonly holder: Message) {
    super(m('core.busy', { activity: holder }), 'busy');
    this.name = 'DeviceBusyError';
  }
}

export class DeviceAccess {
  /** What holds it, in words that fit "Photon Setup is busy {activity}". */
  private holder: Message | null = null;

  get busy(): boolean {
    return this.holder !== null;
  }

  /** What holds it now ("setting up Photon-K7QD"), or null. */
  get heldFor(): Message | null {
    return this.holder;
  }

  /** Refuses at once (never queues) when held; returns the release function. */
  acquire(activity: Message): () => void {
    if (this.holder !== null) throw new DeviceBusyError(this.holder);
    this.holder = activity;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holder = null;
    };
  }

  /** Holds it for the length of work. */
  async with<T>(activity: Message, work: () => Promise<T>): Promise<T> {
    const release = this.acquire(activity);
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Throws the busy sentence when held, for actions that must not overlap a device trip. */
  assertFree(): void {
    if (this.holder !== null) throw new DeviceBusyError(this.holder);
  }
}
