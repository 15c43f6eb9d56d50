// Typed Wi-Fi failures. Every message is an operator sentence that is safe to show: it never
// quotes a command's output (node-wifi and nmcli can echo a password) and never a stack.
import { m, type Message } from '../../../shared/i18n';
import { OperatorError } from '../runtime';

export type WifiErrorKind =
  | 'invalid-ssid'
  | 'permission'
  | 'no-wifi'
  | 'not-found'
  | 'choose'
  | 'join-failed'
  | 'no-address'
  | 'subnet-clash'
  | 'route-clash'
  | 'device-silent'
  | 'dropped'
  | 'restore-failed'
  | 'timeout'
  | 'busy'
  | 'unsupported'
  | 'command-failed';

export class WifiError extends OperatorError {
  constructor(
    readonly kind: WifiErrorKind,
    message: Message,
    options?: { cause?: unknown },
  ) {
    super(message, `wifi-${kind}`);
    this.name = 'WifiError';
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}

/** The one failure that leaves the operator's computer off its network: it says how to fix that. */
export class WifiRestoreError extends WifiError {
  constructor(
    readonly network: string | null,
    options?: { cause?: unknown },
  ) {
    super(
      'restore-failed',
      network === null ? m('wifi.not-restored') : m('wifi.not-restored.named', { network }),
      options,
    );
    this.name = 'WifiRestoreError';
  }
}
