import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/main';
import type { CliIo } from '../../../electron/cli/cli-io';
import type { FakeCloud } from '../../../electron/simulator/cloud';
import { CLIENT, DEV, DEVICES, PRODUCT, startTestCloud } from '../cloud/support';

let cloud: FakeCloud;
let auditLog: string;

beforeEach(async () => {
  cloud = await startTestCloud();
  auditLog = join(mkdtempSync(join(tmpdir(), 'returns-cli-')), 'audit.jsonl');
});
afterEach(async () => cloud.close());

async function run(args: string[], env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    env,
    promptHidden: async () => null,
  };
  const code = await runCli(
    ['device', ...args, '--cloud-url', cloud.baseUrl, '--audit-log', auditLog],
    io,
  );
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const product = [
  '--product',
  String(PRODUCT.id),
  '--client-id',
  CLIENT.clientId,
  '--client-secret-env',
  'SECRET',
];
const productEnv = { SECRET: CLIENT.clientSecret };

describe('cli device lookup / release', () => {
  it('looks a device up in any case and says who owns it', async () => {
    const result = await run(
      ['lookup', DEVICES.productOwned.toUpperCase(), ...product],
      productEnv,
    );
    expect(result.code).toBe(0);
    expect(result.out).toContain(`Device:     ${DEVICES.productOwned}`);
    expect(result.out).toMatch(/Owner:\s+customer existing@customer.example/);
  });

  it('without --yes prints the plan and changes nothing', async () => {
    const before = cloud.devices();
    const result = await run(
      ['release', DEVICES.productOwned, '--remove-from-product', ...product],
      productEnv,
    );
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/1\. Release from customer/);
    expect(result.out).toMatch(/2\. Remove from Widget/);
    expect(result.out).toContain('Nothing was changed');
    expect(cloud.devices()).toEqual(before);
  });

  it('with --yes --json carries the plan out and records every step', async () => {
    const result = await run(
      ['release', DEVICES.productOwned, '--remove-from-product', '--yes', '--json', ...product],
      productEnv,
    );
    expect(result.code).toBe(0);
    const report = JSON.parse(result.out) as {
      complete: boolean;
      plan: { steps: Array<{ state: string }> };
    };
    expect(report.complete).toBe(true);
    expect(report.plan.steps.map((step) => step.state)).toEqual(['done', 'done']);
    expect(cloud.device(DEVICES.productOwned)?.owner).toBeNull();
    const log = readFileSync(auditLog, 'utf8');
    expect(log.trim().split('\n')).toHaveLength(2);
    expect(log).not.toContain(CLIENT.clientSecret);
  });

  it('refuses a device the developer does not own, with exit 1 and a sentence', async () => {
    const result = await run(['release', DEVICES.otherOwned, '--yes', '--token-env', 'TOKEN'], {
      TOKEN: DEV.token,
    });
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cannot see|belongs to/);
    expect(cloud.device(DEVICES.otherOwned)?.owner).toBe('other@example.com');
  });

  it('reports missing credentials as a usage error and never echoes secrets', async () => {
    const missing = await run(['lookup', DEVICES.devOwned, '--token-env', 'NOPE']);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('NOPE');
    const bad = await run(['lookup', DEVICES.devOwned, '--token-env', 'TOKEN'], {
      TOKEN: 'x'.repeat(40),
    });
    expect(bad.code).toBe(1);
    expect(bad.err + bad.out).not.toContain('x'.repeat(40));
  });
});
