// Builds the diagnostics file from what the core already knows. Secrets cannot get in: the
// sources hold none by design (settings, account summary, audit records, a redacted log), and
// the whole object passes redactDeep once more before it is serialised — every string through
// the redactor of every secret the core has seen, every secret-named field masked.
import { withEnglishText } from '../../../shared/i18n/english-json';
import { arch, release } from 'node:os';
import { DIAGNOSTICS_FORMAT, type Diagnostics } from '../../../shared/diagnostics';
import type { AppInfo, DiagnosticsExport, SystemCheck } from '../../../shared/contract';
import type { Services } from '../core-services';
import { readLogTail } from '../log/file-log';
import { redactDeep } from '../log/secret-fields';
import { dirname } from 'node:path';

/** Enough runs to see a pattern, and a log tail that covers them, in a file of ~100 KB. */
const DIAGNOSTICS_AUDIT_RECORDS = 50;
const DIAGNOSTICS_LOG_LINES = 400;

export interface DiagnosticsSources {
  services: Services;
  app: AppInfo;
  readiness(): Promise<SystemCheck>;
  now(): Date;
}

export async function collectDiagnostics(sources: DiagnosticsSources): Promise<Diagnostics> {
  const { services } = sources;
  const audit = services.audit.query({ limit: DIAGNOSTICS_AUDIT_RECORDS });
  const diagnostics: Diagnostics = {
    format: DIAGNOSTICS_FORMAT,
    createdAt: sources.now().toISOString(),
    app: sources.app,
    versions: {
      app: sources.app.version,
      node: process.versions.node,
      electron: process.versions.electron ?? null,
      chrome: process.versions.chrome ?? null,
      platform: process.platform,
      arch: arch(),
      osRelease: release(),
    },
    readiness: await sources.readiness(),
    settings: services.readSettings(),
    account: services.account.current(),
    secretStore: services.secrets.kind,
    audit: { records: audit.records, skippedLines: audit.skippedLines },
    log: {
      lines: readLogTail(dirname(services.log.file), DIAGNOSTICS_LOG_LINES, services.redactor),
    },
  };
  return redactDeep(diagnostics, services.redactor);
}

export function diagnosticsExport(diagnostics: Diagnostics): DiagnosticsExport {
  const stamp = diagnostics.createdAt.replace(/[:.]/g, '-').slice(0, 19);
  return {
    fileName: `photon-setup-diagnostics-${stamp}.json`,
    json: `${JSON.stringify(diagnostics, withEnglishText, 2)}\n`,
  };
}
