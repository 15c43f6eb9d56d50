// `cloud [--port N] [--seed FILE] [--keep-alive-ms N]`: run the fake cloud on 127.0.0.1 for
// demo mode and manual testing. Prints one JSON line (base URL and the seeded credentials) once
// it is listening, and serves until SIGINT/SIGTERM. Usage errors exit with status 2.
import demoSeedJson from './demo-seed.json';
import { startFakeCloud, type FakeCloud } from './fake-cloud';
import { SeedError, type SeedInput } from './seed-schema';

export const CLOUD_USAGE = 'usage: cloud [--port N] [--seed FILE] [--keep-alive-ms N]';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
  setExitCode(code: number): void;
  /** Resolves when the process is asked to stop. */
  untilStopped(): Promise<void>;
}

const processIo: CliIo = {
  stdout: (line) => process.stdout.write(line + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
  setExitCode: (code) => {
    process.exitCode = code;
  },
  untilStopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve());
      process.once('SIGTERM', () => resolve());
    }),
};

interface CloudFlags {
  port: number;
  seed: string | null;
  keepAliveMs: number | undefined;
}

export function parseCloudFlags(args: readonly string[]): CloudFlags | string {
  const flags: CloudFlags = { port: 0, seed: null, keepAliveMs: undefined };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!;
    const value = args[i + 1];
    const number = (max: number) =>
      value !== undefined && /^\d+$/.test(value) && Number(value) <= max ? Number(value) : null;
    if (flag === '--port') {
      const port = number(65535);
      if (port === null) return `--port needs a number from 0 to 65535. ${CLOUD_USAGE}`;
      flags.port = port;
    } else if (flag === '--seed') {
      if (value === undefined || value.startsWith('--'))
        return `--seed needs a file name. ${CLOUD_USAGE}`;
      flags.seed = value;
    } else if (flag === '--keep-alive-ms') {
      const ms = number(3_600_000);
      if (ms === null || ms < 10)
        return `--keep-alive-ms needs a number of milliseconds (at least 10). ${CLOUD_USAGE}`;
      flags.keepAliveMs = ms;
    } else {
      return `Unknown option ${JSON.stringify(flag)}. ${CLOUD_USAGE}`;
    }
    i += 1;
  }
  return flags;
}

/** The ready line: what a demo or a test needs to talk to this cloud. Seeded secrets are fake. */
export function readyLine(cloud: FakeCloud): Record<string, unknown> {
  const { seed } = cloud;
  return {
    baseUrl: cloud.baseUrl,
    users: seed.users.map((u) => ({
      username: u.username,
      password: u.password,
      ...(u.mfaCode ? { mfaCode: u.mfaCode } : {}),
    })),
    tokens: seed.tokens.map((t) => ({ username: t.username, accessToken: t.accessToken })),
    clients: seed.clients.map((c) => ({
      clientId: c.clientId,
      clientSecret: c.clientSecret,
      product: c.product ?? null,
    })),
    products: seed.products.map((p) => ({ id: p.id, slug: p.slug, name: p.name })),
    customers: seed.customers.map((c) => ({ product: c.product, email: c.email })),
  };
}

export async function runCloudSimulatorCommand(
  args: string[],
  io: CliIo = processIo,
): Promise<void> {
  const flags = parseCloudFlags(args);
  if (typeof flags === 'string') {
    io.stderr(flags);
    io.setExitCode(2);
    return;
  }
  let cloud: FakeCloud;
  try {
    cloud = await startFakeCloud({
      port: flags.port,
      seed: flags.seed ?? (demoSeedJson as SeedInput),
      keepAliveMs: flags.keepAliveMs,
    });
  } catch (error) {
    if (error instanceof SeedError) io.stderr(error.message);
    else if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE')
      io.stderr(`Port ${flags.port} on 127.0.0.1 is already in use.`);
    else throw error;
    io.setExitCode(2);
    return;
  }
  io.stdout(JSON.stringify(readyLine(cloud)));
  await io.untilStopped();
  await cloud.close();
}
