// Cancellation has one form in the core: an aborted AbortSignal, and this error wherever the abort
// surfaces. The cloud, SoftAP and Wi-Fi layers and the engine all throw it, so a caller never
// has to know which layer noticed the abort first.
import { m } from '../../../shared/i18n';
import { OperatorError } from './operator-error';

export class Cancelled extends OperatorError {
  constructor() {
    super(m('core.cancelled'), 'cancelled');
    this.name = 'Cancelled';
  }
}

export const isCancelled = (error: unknown): error is Cancelled => error instanceof Cancelled;

/** Throws Cancelled when the signal has fired; the one check every loop and step makes. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted === true) throw new Cancelled();
}

/**
 * Settles with work, or rejects with Cancelled as soon as the signal aborts (the work is not
 * stopped; its late result is dropped). For work that cannot take a signal itself.
 */
export function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(new Cancelled());
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      work.catch(() => undefined);
      reject(new Cancelled());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}
