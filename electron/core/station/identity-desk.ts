// "Is the unit in your hand flashing rainbow?" Asked for one unit at a time (two rainbows at
// once would prove nothing): the cloud's signal starts the rainbow, the operator answers with
// one key, and the rainbow stops whatever the answer. The calls go through the station's
// pausing cloud client, so a question asked during another unit's trip waits for the host.
import { m } from '../../../shared/i18n';
import type { IdentityQuestion } from '../../../shared/station';
import type { CloudClient } from '../cloud';
import type { IdentityAnswer } from '../provisioning/background';
import type { RunAccount } from '../provisioning/types';
import { isCancelled, OperatorError, type Clock } from '../runtime';
import { SIGNAL_TOKEN_MIN_VALIDITY_MS } from './constants';

interface IdentityDeskDeps {
  cloud: () => CloudClient;
  account: () => RunAccount;
  clock: Clock;
  answerMs: number;
  /** The question appeared or went away. */
  onChange(): void;
}

interface Asking {
  question: IdentityQuestion;
  answer(confirmed: boolean): void;
}

export class IdentityDesk {
  /** The tail of the queue: each question waits for the one before it. */
  private turn: Promise<unknown> = Promise.resolve();
  private asking: Asking | null = null;

  constructor(private readonly deps: IdentityDeskDeps) {}

  get question(): IdentityQuestion | null {
    return this.asking?.question ?? null;
  }

  confirm(
    runId: string,
    deviceId: string,
    deviceSsid: string | null,
    signal: AbortSignal,
  ): Promise<IdentityAnswer> {
    const mine = this.turn.then(() => this.ask(runId, deviceId, deviceSsid, signal));
    this.turn = mine.catch(() => undefined);
    return mine;
  }

  /** The operator's key; refused when that unit is not the one being asked about. */
  answer(runId: string, confirmed: boolean): void {
    const asking = this.asking;
    if (asking === null || asking.question.runId !== runId)
      throw new OperatorError(m('station.no-question'), 'no-question');
    asking.answer(confirmed);
  }

  private async ask(
    runId: string,
    deviceId: string,
    deviceSsid: string | null,
    signal: AbortSignal,
  ): Promise<IdentityAnswer> {
    const { clock } = this.deps;
    const account = this.deps.account();
    const product = account.mode === 'product' ? { product: account.product.id } : {};
    const rainbow = async (on: boolean, stop: AbortSignal): Promise<void> => {
      const token = await account.token(SIGNAL_TOKEN_MIN_VALIDITY_MS, stop);
      await this.deps.cloud().signalDevice(token, deviceId, on, { ...product, signal: stop });
    };
    try {
      await rainbow(true, signal);
    } catch (error) {
      if (isCancelled(error)) throw error;
      return 'signal-failed';
    }
    const stop = new AbortController();
    const onAbort = (): void => stop.abort();
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const answered = new Promise<boolean>((resolve) => {
        this.asking = {
          question: {
            runId,
            deviceId,
            deviceSsid,
            until: new Date(clock.now() + this.deps.answerMs).toISOString(),
          },
          answer: resolve,
        };
        this.deps.onChange();
      });
      const timedOut = clock.sleep(this.deps.answerMs, stop.signal).then(() => null);
      timedOut.catch(() => undefined);
      const answer = await Promise.race([answered, timedOut]);
      return answer === null ? 'no-answer' : answer ? 'confirmed' : 'denied';
    } finally {
      stop.abort();
      signal.removeEventListener('abort', onAbort);
      this.asking = null;
      this.deps.onChange();
      // Best effort and not waited for (it may have to wait for the host to come back from
      // another unit's trip): a failure here changes nothing about the unit.
      void rainbow(false, new AbortController().signal).catch(() => undefined);
    }
  }
}
