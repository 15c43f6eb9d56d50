// Every way a run can fail, mapped onto the closed outcome union with the error code the audit
// record keeps. Unknown errors become "lost the device" in the phase they happened: the safest
// advice, and never their message (it might quote a secret).
import { m, type Message } from '../../../shared/i18n';
import type { Outcome, OutcomeKind, RunPhase } from '../../../shared/outcome';
import { CloudError } from '../cloud';
import { SoftApError } from '../softap';
import { WifiError, WifiRestoreError } from '../wifi';
import { isCancelled } from '../runtime';
import { EngineError } from './engine-error';

export interface FailureContext {
  phase: RunPhase;
  deviceId: string | null;
  targetSsid: string | null;
  /** True once the run was cancelled: any error after that is the cancel's echo. */
  cancelled: boolean;
}

export interface MappedFailure {
  outcome: Outcome;
  errorCode: string | null;
  /** The operator sentence for the failed phase's detail. */
  sentence: Message;
}

const TRANSPORT_PROBLEMS = new Set([
  'rejected',
  'timeout',
  'malformed',
  'http-error',
  'connection-failed',
]);

function fromSoftAp(error: SoftApError, ctx: FailureContext): Outcome {
  const { problem } = error;
  const deviceId = ctx.deviceId;
  if (problem.kind === 'network-not-visible')
    return { kind: 'network-not-visible', deviceId, ssid: ctx.targetSsid ?? '' };
  if (problem.kind === 'scan-stuck') return { kind: 'scan-stuck', deviceId };
  // A list no Photon could have written: this computer is talking to something else.
  if (problem.kind === 'scan-unreadable')
    return { kind: 'host-wifi-problem', deviceId, phase: ctx.phase, message: error.text };
  if (TRANSPORT_PROBLEMS.has(problem.kind))
    return { kind: 'lost-device', deviceId, phase: ctx.phase };
  const code = 'code' in problem ? problem.code : 0;
  return { kind: 'configure-rejected', deviceId, code, message: error.text };
}

export function outcomeFromError(error: unknown, ctx: FailureContext): MappedFailure {
  const cancelled = (): MappedFailure => ({
    outcome: { kind: 'cancelled', deviceId: ctx.deviceId, phase: ctx.phase },
    errorCode: 'cancelled',
    sentence: m('core.cancelled'),
  });
  if (isCancelled(error)) return cancelled();
  if (error instanceof WifiRestoreError) {
    const cause = (error as { cause?: unknown }).cause;
    const inner: Exclude<OutcomeKind, 'wifi-not-restored'> =
      cause === undefined
        ? 'configured-not-online'
        : (outcomeFromError(cause, ctx).outcome.kind as Exclude<OutcomeKind, 'wifi-not-restored'>);
    return {
      outcome: {
        kind: 'wifi-not-restored',
        deviceId: ctx.deviceId,
        network: error.network,
        inner: inner === ('wifi-not-restored' as OutcomeKind) ? 'lost-device' : inner,
      },
      errorCode: 'wifi-restore-failed',
      sentence: error.text,
    };
  }
  if (error instanceof EngineError)
    return { outcome: error.outcome, errorCode: error.code, sentence: error.text };
  if (error instanceof CloudError) {
    if (ctx.cancelled) return cancelled();
    return {
      outcome: {
        kind: 'cloud-error',
        deviceId: ctx.deviceId,
        phase: ctx.phase,
        problem: {
          kind: error.kind,
          message: error.text,
          ...(error.status === null ? {} : { status: error.status }),
        },
      },
      errorCode: `cloud-${error.kind}`,
      sentence: error.text,
    };
  }
  if (error instanceof SoftApError) {
    if (ctx.cancelled) return cancelled();
    return {
      outcome: fromSoftAp(error, ctx),
      errorCode: `softap-${error.command}-${error.problem.kind}`,
      sentence: error.text,
    };
  }
  if (error instanceof WifiError) {
    if (ctx.cancelled) return cancelled();
    // A device that went quiet, or a link that dropped under it, is a lost device; the rest is
    // this computer's Wi-Fi. WifiError messages are written for the operator, never a password.
    if (error.kind === 'device-silent' || error.kind === 'dropped')
      return {
        outcome: { kind: 'lost-device', deviceId: ctx.deviceId, phase: ctx.phase },
        errorCode: `wifi-${error.kind}`,
        sentence: error.text,
      };
    return {
      outcome: {
        kind: 'host-wifi-problem',
        deviceId: ctx.deviceId,
        phase: ctx.phase,
        message: error.text,
      },
      errorCode: `wifi-${error.kind}`,
      sentence: error.text,
    };
  }
  if (ctx.cancelled) return cancelled();
  return {
    outcome: { kind: 'lost-device', deviceId: ctx.deviceId, phase: ctx.phase },
    errorCode: 'internal',
    sentence: m('run.internal-step'),
  };
}
