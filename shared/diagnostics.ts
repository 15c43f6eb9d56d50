// The one file a support operator hands over: what this station is, how its readiness check
// looks now, its settings, its last runs and its log — and never a secret. Saved by the window
// as a download (both hosts) and by `npm run -s cli -- diagnostics`.
import type { AccountSummary } from './provisioning';
import type { RunRecord, ActionRecord } from './audit';
import type { Settings } from './settings';
import type { AppInfo, SystemCheck } from './contract';

// 2: readiness items and other sentences are catalogue Messages ({id, params}) with their
// English `text` beside them (1 held English strings).
export const DIAGNOSTICS_FORMAT = 'photon-setup-diagnostics/2';

export interface Diagnostics {
  format: typeof DIAGNOSTICS_FORMAT;
  createdAt: string;
  app: AppInfo;
  versions: {
    app: string;
    node: string;
    electron: string | null;
    chrome: string | null;
    platform: string;
    arch: string;
    osRelease: string;
  };
  readiness: SystemCheck;
  settings: Settings;
  /** Who devices go to; no token. */
  account: AccountSummary | null;
  /** Where secrets are kept and which kinds are remembered; never a value. */
  secretStore: string;
  audit: { records: Array<RunRecord | ActionRecord>; skippedLines: number };
  log: { lines: string[] };
}
