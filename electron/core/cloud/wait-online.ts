// Resolve the moment the cloud announces a device online. Open the stream before the device
// joins Wi-Fi: the cloud does not replay events, so one sent before subscribing is lost.
import { m } from '../../../shared/i18n';
import { normalizeDeviceId } from '../../../shared/validate';
import type { CloudEvent } from './cloud-event';
import { Cancelled } from '../runtime';
import { CloudError } from './errors';
import type { CloudEventStream } from './event-stream';

export interface WaitOnlineOptions {
  signal?: AbortSignal | undefined;
  /** Give up after this long with a timeout CloudError; no limit when absent (use the signal). */
  timeoutMs?: number;
}

const OPERATION = m('cloud.op.wait-online');

export const isOnlineEvent = (event: CloudEvent, deviceId: string): boolean =>
  event.name === 'spark/status' &&
  event.data === 'online' &&
  event.deviceId === normalizeDeviceId(deviceId);

export function waitForDeviceOnline(
  stream: CloudEventStream,
  deviceId: string,
  options: WaitOnlineOptions = {},
): Promise<CloudEvent> {
  return new Promise<CloudEvent>((resolve, reject) => {
    const cleanups: Array<() => void> = [];
    const finish = (action: () => void) => {
      for (const cleanup of cleanups) cleanup();
      action();
    };
    if (options.signal?.aborted) return reject(new Cancelled());
    cleanups.push(
      stream.subscribe((event) => {
        if (isOnlineEvent(event, deviceId)) finish(() => resolve(event));
      }),
    );
    cleanups.push(
      stream.onState((state) => {
        if (state.kind === 'failed') finish(() => reject(state.error));
        if (state.kind === 'closed') finish(() => reject(new Cancelled()));
      }),
    );
    const current = stream.state;
    if (current.kind === 'failed') return finish(() => reject(current.error));
    if (current.kind === 'closed') return finish(() => reject(new Cancelled()));
    if (options.signal) {
      const signal = options.signal;
      const onAbort = () => finish(() => reject(new Cancelled()));
      signal.addEventListener('abort', onAbort, { once: true });
      cleanups.push(() => signal.removeEventListener('abort', onAbort));
    }
    if (options.timeoutMs !== undefined) {
      const timer = setTimeout(
        () => finish(() => reject(new CloudError({ kind: 'timeout' }, OPERATION))),
        options.timeoutMs,
      );
      cleanups.push(() => clearTimeout(timer));
    }
  });
}
