import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

/** The corpus of real, published outputs (provenance in test/fixtures/wifi/SOURCES.md). */
const REAL = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'wifi');

export const realOutput = (path: string): string => readFileSync(join(REAL, path), 'utf8');

/**
 * A real output with a value put in its place: the structure stays as Windows, macOS or
 * NetworkManager printed it, only the network the scenario needs is named.
 */
export function substituted(path: string, replacements: Array<[string | RegExp, string]>): string {
  let text = realOutput(path);
  for (const [from, to] of replacements) {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`${path}: nothing to replace for ${String(from)}`);
    text = next;
  }
  return text;
}
