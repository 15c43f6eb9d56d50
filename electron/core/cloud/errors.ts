// One typed error for every way a cloud call fails. The message is the operator's sentence and
// carries no secret; the raw response is never kept (it may echo a token or a password).
import { m, type Message } from '../../../shared/i18n';
import { OperatorError } from '../runtime';

export type CloudProblem =
  | { kind: 'bad-token' }
  | { kind: 'expired-token' }
  | { kind: 'bad-credentials' }
  | { kind: 'bad-client' }
  | { kind: 'mfa-required' }
  /** The one-time code was not accepted (wrong, mistyped or expired); the sign-in still waits. */
  | { kind: 'mfa-code-rejected' }
  /** The pending two-step sign-in itself was refused: it has to start again. */
  | { kind: 'mfa-expired' }
  /** The product's client may not act for that customer (unknown email, or another product). */
  | { kind: 'customer-refused' }
  | { kind: 'permission-denied' }
  | { kind: 'not-found' }
  | { kind: 'owned-by-someone-else' }
  | { kind: 'device-offline' }
  | { kind: 'bad-request' }
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  | { kind: 'server-error'; status: number }
  | { kind: 'timeout' }
  | { kind: 'offline' }
  | { kind: 'malformed-response' };

export type CloudProblemKind = CloudProblem['kind'];

/** The operator sentence: what happened and what to do next. */
function describeProblem(problem: CloudProblem): Message {
  switch (problem.kind) {
    case 'rate-limited': {
      if (problem.retryAfterMs === null) return m('cloud.problem.rate-limited');
      const seconds = Math.ceil(problem.retryAfterMs / 1000);
      return seconds < 120
        ? m('cloud.problem.rate-limited-for', { unit: 'seconds', count: seconds })
        : m('cloud.problem.rate-limited-for', { unit: 'minutes', count: Math.ceil(seconds / 60) });
    }
    case 'server-error':
      return m('cloud.problem.server-error', { status: String(problem.status) });
    default:
      return m(`cloud.problem.${problem.kind}`);
  }
}

export class CloudError extends OperatorError {
  constructor(
    readonly problem: CloudProblem,
    /** What was being done, e.g. "create a claim code"; never a URL or a body. */
    readonly operation: Message,
    readonly status: number | null = null,
    /** The cloud's own words, already redacted and shortened; for the log, not for control flow. */
    readonly detail: string | null = null,
  ) {
    super(describeProblem(problem), problem.kind);
    this.name = 'CloudError';
  }

  get kind(): CloudProblemKind {
    return this.problem.kind;
  }

  toJSON(): Record<string, unknown> {
    return {
      name: this.name,
      kind: this.problem.kind,
      problem: this.problem,
      operation: this.operation,
      status: this.status,
      detail: this.detail,
      message: this.message,
    };
  }
}

export const isRetryable = (problem: CloudProblem): boolean =>
  problem.kind === 'rate-limited' ||
  problem.kind === 'server-error' ||
  problem.kind === 'timeout' ||
  problem.kind === 'offline';
