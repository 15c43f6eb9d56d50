// A private temporary file for profile XML: a fresh directory per write, removed afterwards,
// so nothing else can swap the file between writing and netsh reading it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export type WithTempFile = <T>(
  name: string,
  content: string,
  use: (path: string) => Promise<T>,
) => Promise<T>;

export const withTempFile: WithTempFile = async (name, content, use) => {
  const dir = await mkdtemp(join(tmpdir(), 'photon-setup-'));
  try {
    const path = join(dir, name);
    await writeFile(path, content, { encoding: 'utf8', mode: 0o600 });
    return await use(path);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
