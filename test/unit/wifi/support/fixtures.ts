import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const FIXTURES = join(import.meta.dirname, '..', 'fixtures');

export const fixture = (name: string): string => readFileSync(join(FIXTURES, name), 'utf8');
