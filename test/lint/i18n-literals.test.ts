// "No literal user-visible string in JSX" is a lint rule (eslint.config.mjs); these fixtures
// prove it bites on each way English slips in, and lets translated markup through.
import { resolve } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fixtureErrors } from './fixture-errors';

const root = resolve(__dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIdsFor(fixture: string): Promise<string[]> {
  const errors = await fixtureErrors(eslint, fixture, 'renderer/components/fixture.tsx');
  return errors.map((message) => message.ruleId ?? message.message);
}

describe('no literal words in the window', () => {
  it('fails plain JSX text', async () => {
    expect(await ruleIdsFor('renderer-literal-text.tsx')).toEqual(['react/jsx-no-literals']);
  });

  it('fails words in props that are read or heard (aria-label, placeholder, title)', async () => {
    expect(await ruleIdsFor('renderer-literal-props.tsx')).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
  });

  it('fails words shown through a ternary or &&', async () => {
    expect(await ruleIdsFor('renderer-literal-ternary.tsx')).toEqual([
      'no-restricted-syntax',
      'no-restricted-syntax',
      'no-restricted-syntax',
    ]);
  });

  it('passes catalogue text, class names, test ids and marks (the rule is not refusing everything)', async () => {
    expect(await ruleIdsFor('renderer-translated.tsx')).toEqual([]);
  });
});
