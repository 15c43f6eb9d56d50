// Lints a fixture as if it lived at `pretendPath` (so the config's per-folder rules apply) and
// returns its errors (severity 2); each lint test says them its own way.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ESLint, Linter } from 'eslint';

const root = resolve(__dirname, '../..');

export async function fixtureErrors(
  eslint: ESLint,
  fixture: string,
  pretendPath: string,
  edit: (code: string) => string = (code) => code,
): Promise<Linter.LintMessage[]> {
  const code = edit(readFileSync(resolve(__dirname, 'fixtures', fixture), 'utf8'));
  const [result] = await eslint.lintText(code, { filePath: resolve(root, pretendPath) });
  return (result?.messages ?? []).filter((message) => message.severity === 2);
}
