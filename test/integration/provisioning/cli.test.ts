// `cli provision` end to end against an in-process simulated world: the "simulate all" path
// (device reachable on a loopback port, no Wi-Fi switching) and the host-Wi-Fi path.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliExit, type CliIo } from '../../../electron/cli/cli-io';
import { runCli } from '../../../electron/cli/main';
import {
  runProvisionCommand,
  type ProvisionCommandDeps,
} from '../../../electron/cli/provision-command';
import { OperatorError } from '../../../electron/core/runtime';
import { worldBackends } from '../../../electron/simulated-core';
import { startSimulatedWorld, type SimulatedWorld } from '../../../electron/simulator/world';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  CUSTOMER,
  DEMO_TOKEN,
  FAST_CLOUD,
  FAST_CLOUD_RETRY,
  FAST_ENGINE,
  FAST_SOFTAP,
  FAST_WIFI,
  NEW_ID,
  WIFI_PASSWORD,
} from './support/harness';

let world: SimulatedWorld | undefined;
afterEach(async () => world?.close());

const env = { T: DEMO_TOKEN, P: WIFI_PASSWORD, S: CLIENT_SECRET, BAD: 'wrong-password-1' };

function io(): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return {
    stdout,
    stderr,
    out: (line) => stdout.push(line),
    err: (line) => stderr.push(line),
    env,
    promptHidden: async () => null,
  };
}

const fast = (extra: ProvisionCommandDeps['core'] = {}): ProvisionCommandDeps => ({
  core: {
    engineTimings: FAST_ENGINE,
    wifiTimeouts: FAST_WIFI,
    softAp: FAST_SOFTAP,
    cloudRetry: FAST_CLOUD_RETRY,
    ...extra,
  },
});

async function run(args: string[], deps: ProvisionCommandDeps, out = io()) {
  let code: number;
  try {
    code = await runProvisionCommand(args, out, deps);
  } catch (error) {
    if (error instanceof CliExit) code = error.code;
    else if (error instanceof OperatorError) code = 1;
    else throw error;
  }
  return { code, out };
}

describe('cli provision', () => {
  it('sets up a developer device reachable on a loopback port, printing one JSON object', async () => {
    world = await startSimulatedWorld({ cloudSettings: FAST_CLOUD });
    const photon = world.photons[0]!;
    const dataDir = mkdtempSync(join(tmpdir(), 'photon-cli-'));
    const { code, out } = await run(
      [
        '--token-env',
        'T',
        '--cloud-url',
        world.cloud.baseUrl,
        '--ssid',
        'Workshop',
        '--wifi-password-env',
        'P',
        '--softap-host',
        '127.0.0.1',
        '--softap-port',
        String(photon.tcpPort),
        '--data-dir',
        dataDir,
        '--station',
        'bench-3',
        '--json',
      ],
      fast(),
    );
    expect(code).toBe(0);
    expect(out.stdout).toHaveLength(1);
    const result = JSON.parse(out.stdout[0]!) as {
      outcome: { kind: string };
      record: { station: string };
    };
    expect(result.outcome).toMatchObject({ kind: 'success', deviceId: NEW_ID });
    expect(result.record).toMatchObject({ station: 'bench-3', mode: 'developer' });
    const everything =
      out.stdout.join('\n') +
      out.stderr.join('\n') +
      readFileSync(join(dataDir, 'audit.jsonl'), 'utf8');
    for (const secret of [DEMO_TOKEN, WIFI_PASSWORD, photon.claimCode ?? 'none'])
      expect(everything).not.toContain(secret);
  });

  it('skips the device scan when --security and --channel give the network in full', async () => {
    world = await startSimulatedWorld({ cloudSettings: FAST_CLOUD });
    const photon = world.photons[0]!;
    const args = (ssid: string, security: string) => [
      '--token-env',
      'T',
      '--cloud-url',
      world!.cloud.baseUrl,
      '--ssid',
      ssid,
      '--security',
      security,
      '--channel',
      '6',
      '--wifi-password-env',
      'P',
      '--softap-host',
      '127.0.0.1',
      '--softap-port',
      String(photon.tcpPort),
      '--data-dir',
      mkdtempSync(join(tmpdir(), 'photon-cli-')),
    ];
    const { code, out } = await run(args('Workshop', 'wpa2_aes'), fast());
    expect(code).toBe(0);
    expect(out.stdout[0]).toMatch(/^Online and claimed/);
    expect(photon.commands.map((entry) => entry.command)).not.toContain('scan-ap');
    expect(photon.storedNetworks[0]).toMatchObject({ ssid: Buffer.from('Workshop'), channel: 6 });
  });

  it('sets up a product device over the host Wi-Fi (first Photon found) and exits 0', async () => {
    world = await startSimulatedWorld({
      photons: [{ deviceId: NEW_ID, ssidSuffix: 'K7QD' }],
      cloudSettings: FAST_CLOUD,
    });
    const { code, out } = await run(
      [
        '--product',
        '1319',
        '--client-id',
        CLIENT_ID,
        '--client-secret-env',
        'S',
        '--customer',
        CUSTOMER,
        '--ssid',
        'Workshop',
        '--wifi-password-env',
        'P',
        '--data-dir',
        mkdtempSync(join(tmpdir(), 'photon-cli-')),
      ],
      fast({ ...worldBackends(world), simulated: true }),
    );
    expect(out.stdout.join('\n')).toContain('Online and claimed');
    expect(code).toBe(0);
    expect(world.cloud.device(NEW_ID)).toMatchObject({ productId: 1319, online: true });
    expect(world.wifi.currentNetwork).toBe('Workshop');
  });

  it('exits 1 with the outcome when the Wi-Fi password is wrong', async () => {
    world = await startSimulatedWorld({
      photons: [{ deviceId: NEW_ID, ssidSuffix: 'K7QD' }],
      cloudSettings: FAST_CLOUD,
    });
    const { code, out } = await run(
      [
        '--token-env',
        'T',
        '--ssid',
        'Workshop',
        '--wifi-password-env',
        'BAD',
        '--device',
        'Photon-K7QD',
        '--json',
        '--data-dir',
        mkdtempSync(join(tmpdir(), 'photon-cli-')),
      ],
      // The verdict comes the moment the AP is seen again; the longer cap only keeps a loaded CI
      // machine (two cores, every suite at once) from calling it "not online" first.
      fast({
        ...worldBackends(world),
        simulated: true,
        engineTimings: { ...FAST_ENGINE, verifyMs: 10_000 },
      }),
    );
    expect(code).toBe(1);
    expect(JSON.parse(out.stdout[0]!)).toMatchObject({ outcome: { kind: 'credentials-rejected' } });
    expect(out.stdout.join('')).not.toContain('wrong-password-1');
  });

  it('refuses secrets on the command line and missing options with exit 2', async () => {
    const out = io();
    expect(await runCli(['provision', '--token', DEMO_TOKEN, '--ssid', 'Workshop'], out)).toBe(2);
    expect(out.stderr.join('\n')).toContain('--token-env');
    expect(out.stderr.join('\n')).not.toContain(DEMO_TOKEN);
    expect(await runCli(['provision', '--token-env', 'T'], io())).toBe(2);
    expect(
      await runCli(
        ['provision', '--token-env', 'T', '--ssid', 'W', '--softap-host', '127.0.0.1'],
        io(),
      ),
    ).toBe(2);
    expect(
      await runCli(['provision', '--token-env', 'NOPE', '--ssid', 'W', '--security', 'open'], io()),
    ).toBe(2);
  });
});
