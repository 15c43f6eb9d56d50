// `npm run release`: the installers users get — signed, notarized on macOS, with the update feed
// built in — or a refusal that names what is missing. electron-builder reads the certificates
// and the notarization credentials from the environment itself; this script only checks they
// are there (it never prints a value) and turns on forceCodeSigning, so an unsigned Windows or
// macOS build fails instead of shipping.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

const set = (env: Env, name: string): boolean => (env[name] ?? '') !== '';
const all = (env: Env, names: readonly string[]): boolean => names.every((n) => set(env, n));

const NOTARIZE_WITH = [
  ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'],
  ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'],
  ['APPLE_KEYCHAIN_PROFILE'],
] as const;

/** What a release build on this platform lacks, one sentence each; empty when it may run. */
export function releaseProblems(platform: NodeJS.Platform, env: Env): string[] {
  const problems: string[] = [];
  const feed = env.PHOTON_SETUP_UPDATE_URL ?? '';
  if (!/^https:\/\/[^\s/]+/.test(feed))
    problems.push(
      'Set PHOTON_SETUP_UPDATE_URL to the https:// address the update files are published at (the generic feed the app checks at start).',
    );
  if (platform === 'darwin') {
    if (!set(env, 'CSC_LINK') && !set(env, 'CSC_NAME'))
      problems.push(
        'Set CSC_LINK (a Developer ID Application .p12, with CSC_KEY_PASSWORD) or CSC_NAME (an identity in the keychain) to sign for macOS.',
      );
    if (!NOTARIZE_WITH.some((names) => all(env, names)))
      problems.push(
        'Set APPLE_API_KEY, APPLE_API_KEY_ID and APPLE_API_ISSUER (or APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID, or APPLE_KEYCHAIN_PROFILE) to notarize for macOS.',
      );
  }
  if (platform === 'win32' && !set(env, 'WIN_CSC_LINK') && !set(env, 'CSC_LINK'))
    problems.push(
      'Set WIN_CSC_LINK (or CSC_LINK) and WIN_CSC_KEY_PASSWORD to the code-signing certificate for Windows.',
    );
  return problems;
}

/** electron-builder's arguments on top of electron-builder.yml for a release build. */
export const releaseBuilderArgs = (feedUrl: string): string[] => [
  '--publish',
  'never',
  '-c.forceCodeSigning=true',
  '-c.publish.provider=generic',
  `-c.publish.url=${feedUrl}`,
];

function main(): void {
  const problems = releaseProblems(process.platform, process.env);
  if (problems.length > 0) {
    console.error('A release build must be signed and carry its update feed; it did not start:');
    for (const problem of problems) console.error(`- ${problem}`);
    process.exit(1);
  }
  const root = resolve(__dirname, '..');
  const run = (script: string, args: string[]): void => {
    const result = spawnSync(process.execPath, [join(root, script), ...args], {
      cwd: root,
      stdio: 'inherit',
    });
    if (result.status !== 0) process.exit(result.status ?? 1);
  };
  run('node_modules/electron-vite/bin/electron-vite.js', ['build']);
  run(
    'node_modules/electron-builder/cli.js',
    releaseBuilderArgs(process.env.PHOTON_SETUP_UPDATE_URL!),
  );
}

if (require.main === module) main();
