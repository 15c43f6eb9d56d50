import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export type FindOnPath = (name: string) => string | null;

/** Where `name` would run from, looking through PATH as the OS would (PATHEXT on Windows). */
export const findOnPath: FindOnPath = (name) => {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter((dir) => dir.length > 0);
  const extensions =
    process.platform === 'win32' ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  for (const dir of dirs) {
    for (const extension of extensions) {
      const candidate = join(dir, name + extension);
      try {
        accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // not here; keep looking
      }
    }
  }
  return null;
};
