// The support file: everything a helper needs is in it, and no secret this test used — typed
// into the contract, leaked into a log line by a failing tool, or stored with a profile — can
// be found in it, nor in the log file on disk.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { Core } from '../../../electron/core/api';
import { createSimulatedCore } from '../../../electron/simulated-core';
import { DIAGNOSTICS_FORMAT, type Diagnostics } from '../../../shared/diagnostics';

const TOKEN = 'demo0000000000000000000000000000000token';
const CLIENT_SECRET = 'demo-client-secret-460edfd8d70742dd1f1e';
const LOGIN_PASSWORD = 'not-the-demo-password-7731';
const WIFI_PASSWORD = 'workshop-wifi-pass-5519';
const EAP_KEY = '-----BEGIN PRIVATE KEY-----MIIEvQIBADANBgkq-----END PRIVATE KEY-----';
const SECRETS = [TOKEN, CLIENT_SECRET, LOGIN_PASSWORD, WIFI_PASSWORD, EAP_KEY];

let core: Core;
let dataDir: string;
let diagnostics: Diagnostics;
let json: string;
let fileName: string;

const call = async (channel: string, arg?: unknown): Promise<unknown> =>
  (core.handlers as Record<string, (a: unknown) => Promise<unknown>>)[channel]!(arg);

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'photon-diagnostics-'));
  core = await createSimulatedCore({ host: 'web', dataDir });
  await call('settings.update', { station: 'Line 3', operator: 'Ana' });
  await call('account.connect', {
    method: 'login',
    username: 'demo@example.com',
    password: LOGIN_PASSWORD,
  }).catch(() => undefined);
  await call('account.connect', {
    method: 'product',
    product: 'tempmon-v100',
    clientId: 'tempmon06-3459',
    clientSecret: CLIENT_SECRET,
    customerEmail: 'customer@example.com',
  });
  await call('account.connect', { method: 'token', accessToken: TOKEN });
  await call('profiles.save', {
    auth: 'personal',
    ssid: 'Workshop',
    security: 4194308,
    password: WIFI_PASSWORD,
  });
  await call('profiles.save', {
    auth: 'eap-tls',
    ssid: 'Corp',
    security: 4194308,
    clientCertificate: 'CERT',
    privateKey: EAP_KEY,
  }).catch(() => undefined);
  // The worst case: a tool's error that quotes its command line, and an audit detail with it.
  core.log.warn(`nmcli -w 10 device wifi connect Workshop password ${WIFI_PASSWORD} failed`);
  core.log.error(`cloud said: {"access_token":"${TOKEN}"} Bearer ${TOKEN}`);
  ({ fileName, json } = (await call('diagnostics.collect')) as { fileName: string; json: string });
  diagnostics = JSON.parse(json) as Diagnostics;
}, 30_000);

afterAll(async () => {
  await core.close();
});

describe('diagnostics.collect', () => {
  it('is one JSON file with a dated name', () => {
    expect(fileName).toMatch(/^photon-setup-diagnostics-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.json$/);
    expect(diagnostics.format).toBe(DIAGNOSTICS_FORMAT);
  });

  it('holds versions, the readiness check, settings, the account, the last runs and the log', () => {
    expect(diagnostics.app).toMatchObject({ name: 'Photon Setup', host: 'web', simulated: true });
    expect(diagnostics.versions.node).toBe(process.versions.node);
    expect(diagnostics.versions.platform).toBe(process.platform);
    expect(diagnostics.readiness.items.length).toBeGreaterThan(0);
    // Each sentence keeps its catalogue id and carries its English words for support staff.
    const label = diagnostics.readiness.items[0]?.label as unknown as { id: string; text: string };
    expect(label.id).toMatch(/^system\./);
    expect(label.text.length).toBeGreaterThan(0);
    expect(diagnostics.settings).toMatchObject({ station: 'Line 3', operator: 'Ana' });
    expect(diagnostics.account).toMatchObject({ mode: 'developer', owner: 'demo@example.com' });
    expect(diagnostics.secretStore).toBe('memory');
    expect(diagnostics.audit).toEqual({ records: [], skippedLines: 0 });
    const log = diagnostics.log.lines.join('\n');
    expect(log).toMatch(/Photon Setup 0\.1\.0 started \(web, simulated/);
    expect(log).toContain('nmcli -w 10 device wifi connect Workshop password [redacted] failed');
  });

  it('contains none of the secrets used, anywhere in the file', () => {
    for (const secret of SECRETS) expect(json, secret).not.toContain(secret);
    expect(json).not.toMatch(/Bearer (?!\[redacted\])/);
  });

  it('and the log file on disk has none either', () => {
    const logDir = join(dataDir, 'logs');
    const text = readdirSync(logDir)
      .map((name) => readFileSync(join(logDir, name), 'utf8'))
      .join('\n');
    expect(text).toContain('[redacted]');
    for (const secret of SECRETS) expect(text, secret).not.toContain(secret);
  });

  it('is what `cli diagnostics` writes too', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'photon-diag-out-')), 'support.json');
    const lines: string[] = [];
    const io = {
      out: (l: string) => lines.push(l),
      err: (l: string) => lines.push(l),
      env: {},
      promptHidden: async () => null,
    };
    expect(await runCli(['diagnostics', '--data-dir', dataDir, '--out', out], io)).toBe(0);
    const written = readFileSync(out, 'utf8');
    const parsed = JSON.parse(written) as Diagnostics;
    expect(parsed.app.host).toBe('cli');
    expect(parsed.settings.station).toBe('Line 3');
    expect(lines.join('\n')).toContain(`written to ${out}`);
    // A fresh process knows none of the secrets, yet the files it read had none to give.
    for (const secret of SECRETS) expect(written, secret).not.toContain(secret);
  });
});

describe('diagnostics.collect when a record on disk quotes a secret', () => {
  it('masks it with what the core has seen (the audit log never writes one; this plants it)', async () => {
    const planted = await createSimulatedCore({
      host: 'web',
      dataDir: mkdtempSync(join(tmpdir(), 'photon-diagnostics-planted-')),
    });
    try {
      await planted.handlers['account.connect']({
        method: 'product',
        product: 'tempmon-v100',
        clientId: 'tempmon06-3459',
        clientSecret: CLIENT_SECRET,
        customerEmail: 'customer@example.com',
        remember: false,
      });
      planted.services.audit.append({
        type: 'action',
        id: 'a1',
        at: new Date().toISOString(),
        station: 'Line 3',
        operator: 'Ana',
        deviceId: '2c003a000b47343432313031',
        step: 'release-from-owner',
        result: 'failed',
        detail: `the tool printed ${CLIENT_SECRET}`,
        appVersion: '0.1.0',
        simulated: true,
      });
      const { json: text } = await planted.handlers['diagnostics.collect'](undefined);
      const parsed = JSON.parse(text) as Diagnostics;
      expect(parsed.audit.records).toEqual([
        expect.objectContaining({ id: 'a1', detail: 'the tool printed [redacted]' }),
      ]);
      expect(text).not.toContain(CLIENT_SECRET);
    } finally {
      await planted.close();
    }
  });
});
