import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parsePhotonCliArgs } from '../../../../electron/simulator/photon/cli-command';
import { tcpCommand } from './support/raw-clients';

const entry = fileURLToPath(new URL('./support/run-cli.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../../../node_modules/.bin/tsx', import.meta.url));

describe('photon CLI arguments', () => {
  it('parses every flag, in both spellings', () => {
    expect(
      parsePhotonCliArgs([
        '--tcp-port',
        '0',
        '--http-port=8080',
        '--firmware',
        '0.6',
        '--id',
        '3a0042000847353138383138',
      ]),
    ).toEqual({
      ok: true,
      options: {
        tcpPort: 0,
        httpPort: 8080,
        firmware: '0.6',
        deviceId: '3a0042000847353138383138',
      },
    });
    expect(parsePhotonCliArgs([])).toEqual({ ok: true, options: {} });
  });

  it('explains bad flags', () => {
    const problems = [
      ['--verbose'],
      ['--tcp-port'],
      ['--tcp-port', 'abc'],
      ['--http-port', '70000'],
      ['--firmware', '1.0'],
      ['--id', '123'],
    ].map((args) => parsePhotonCliArgs(args));
    for (const problem of problems) expect(problem.ok).toBe(false);
    expect(problems[4]).toEqual({
      ok: false,
      message: '--firmware must be one of 0.6, 0.7, 2.3, not "1.0".',
    });
  });
});

function run(args: string[]) {
  const child = spawn(tsx, [entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, out: () => stdout, err: () => stderr };
}

describe('photon CLI process', () => {
  it('prints one JSON line when ready, serves, and stops on SIGTERM', async () => {
    const cli = run(['--firmware', '2.3', '--id', '3a0042000847353138383138']);
    try {
      const deadline = Date.now() + 15_000;
      while (!cli.out().includes('\n') && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
      const lines = cli.out().trim().split('\n');
      expect(lines).toHaveLength(1);
      const ready = JSON.parse(lines[0] ?? '') as {
        ssid: string;
        deviceId: string;
        tcpPort: number;
        httpPort: number;
      };
      expect(Object.keys(ready)).toEqual(['ssid', 'deviceId', 'tcpPort', 'httpPort']);
      expect(ready.deviceId).toBe('3A0042000847353138383138');
      expect(await tcpCommand(ready.tcpPort, 'device-id')).toEqual({
        id: '3A0042000847353138383138',
        c: '0',
      });
    } finally {
      cli.child.kill('SIGTERM');
    }
    expect(await cli.exited).toBe(0);
  }, 20_000);

  it('exits with code 2 on a bad flag', async () => {
    const cli = run(['--bogus']);
    expect(await cli.exited).toBe(2);
    expect(cli.err()).toContain('Unknown option "--bogus"');
    expect(cli.out()).toBe('');
  }, 20_000);
});
