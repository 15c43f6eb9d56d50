// A Message in a template literal prints "[object Object]" and TypeScript allows it; the
// type-aware lint rule must refuse it in the core and the CLIs. The fixture is linted as if it
// were a real file of the node project (electron/cli-fixture-path below is in tsconfig.node.json),
// so the rule has the types it needs. With CI=true (as on the CI machine) typescript-eslint
// infers a "single run" and builds its program from the files on disk, so the text given to
// lintText would be ignored and the real language-option.ts linted instead; the override keeps
// the program that sees the text.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fixtureErrors } from './fixture-errors';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({
  cwd: root,
  overrideConfig: {
    files: ['electron/**/*.ts'],
    languageOptions: { parserOptions: { disallowAutomaticSingleRunInference: true } },
  },
});
async function ruleIdsFor(fixture: string): Promise<string[]> {
  const errors = await fixtureErrors(eslint, fixture, 'electron/cli/language-option.ts', (code) =>
    code.replace("'../shared/i18n'", "'../../shared/i18n'"),
  );
  return errors.map((message) => message.ruleId ?? message.message);
}

describe('a Message is never stringified by accident', () => {
  it('fails a Message put into a template literal', async () => {
    expect(await ruleIdsFor('message-in-template.ts')).toEqual(
      expect.arrayContaining(['@typescript-eslint/restrict-template-expressions']),
    );
  });

  it('passes the same line once the Message is formatted', async () => {
    expect(await ruleIdsFor('message-formatted.ts')).toEqual([]);
  });
});
