// No import cycle of any kind, type-only imports included: `npm run lint` runs madge over the
// tree; this proves the check sees a type-level cycle (the kind that hid 26 cycles through
// dispatch.ts) and that the tree has none.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(__dirname, '../..');

async function cycles(paths: string[], tsConfig: string): Promise<string[][]> {
  const { default: madge } = await import('madge');
  const result = await madge(paths, {
    fileExtensions: ['ts', 'tsx'],
    tsConfig,
    excludeRegExp: [/test\/lint\/fixtures/],
  });
  return result.circular();
}

describe('import cycles', () => {
  it('a cycle made only of type imports is found', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cycles-'));
    writeFileSync(join(dir, 'a.ts'), "import type { B } from './b';\nexport type A = { b?: B };\n");
    writeFileSync(join(dir, 'b.ts'), "import type { A } from './a';\nexport type B = { a?: A };\n");
    expect(await cycles([dir], resolve(root, 'tsconfig.test.json'))).toHaveLength(1);
  });

  it('the product, its simulators and its tests have none', async () => {
    const paths = ['electron', 'shared', 'renderer', 'test', 'bench'].map((p) => resolve(root, p));
    expect(await cycles(paths, resolve(root, 'tsconfig.test.json'))).toEqual([]);
  });
});
