// The process boundaries of architecture.md are lint rules; these fixtures prove the rules bite.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fixtureErrors } from './fixture-errors';

const root = resolve(__dirname, '../..');
// The fixtures pretend to live at paths no tsconfig holds, so the type-aware rules (which need
// the file in a program) are left out here; test/lint/message-strings.test.ts covers them.
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['electron/**/*.ts', 'shared/**/*.ts'],
    languageOptions: { parserOptions: { project: null } },
    rules: {
      '@typescript-eslint/no-base-to-string': 'off',
      '@typescript-eslint/restrict-template-expressions': 'off',
    },
  },
});

async function lintAs(fixture: string, pretendPath: string): Promise<string[]> {
  const errors = await fixtureErrors(eslint, fixture, pretendPath);
  return errors.map((message) => `${message.ruleId}: ${message.message}`);
}

describe('process boundaries', () => {
  it('fails a renderer file that imports node:fs', async () => {
    const errors = await lintAs('renderer-imports-node-fs.tsx', 'renderer/fixture.tsx');
    expect(errors).toEqual([expect.stringMatching(/^no-restricted-imports: .*node:fs/)]);
  });

  it('fails a renderer file that imports the core or electron', async () => {
    expect(await lintAs('renderer-imports-core.tsx', 'renderer/fixture.tsx')).toEqual([
      expect.stringMatching(/^no-restricted-imports:/),
    ]);
    expect(await lintAs('renderer-imports-electron.tsx', 'renderer/fixture.tsx')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*electron/),
    ]);
  });

  it('fails core and simulator files that import electron, but allows main.ts', async () => {
    expect(await lintAs('core-imports-electron.ts', 'electron/core/fixture.ts')).toHaveLength(1);
    expect(await lintAs('core-imports-electron.ts', 'electron/simulator/fixture.ts')).toHaveLength(
      1,
    );
    expect(await lintAs('core-imports-electron.ts', 'electron/main.ts')).toEqual([]);
  });

  it('fails a core file that imports the simulator, but allows the hosts that compose them', async () => {
    expect(await lintAs('core-imports-simulator.ts', 'electron/core/fixture.ts')).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*never imports the simulator/),
    ]);
    expect(
      await lintAs('core-imports-simulator.ts', 'electron/core/provisioning/x.ts'),
    ).toHaveLength(1);
    expect(await lintAs('core-imports-simulator.ts', 'electron/web-host-cli.ts')).toEqual([]);
  });

  it('fails shared code that imports a Node built-in', async () => {
    expect(await lintAs('shared-imports-node.ts', 'shared/fixture.ts')).toHaveLength(1);
  });

  it('passes a clean renderer file (the rule is not simply refusing everything)', async () => {
    expect(await lintAs('renderer-clean.tsx', 'renderer/fixture.tsx')).toEqual([]);
  });
});
