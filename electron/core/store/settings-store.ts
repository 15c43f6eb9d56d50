// One JSON file with a schema (settings, station profiles, account facts, the station's
// journal), written atomically. A damaged file is kept aside (never overwritten) and the
// defaults are used, so a bad edit loses nothing and blocks nothing.
import { existsSync, readFileSync, renameSync } from 'node:fs';
import type { z } from 'zod';
import { writeFileAtomic } from './atomic-write';

export interface LoadResult<T> {
  value: T;
  /** Set when the file was unreadable and moved aside: say so to the operator. */
  warning: string | null;
}

export interface JsonFileOptions {
  now?: (() => Date) | undefined;
  /** What the log says when the file was put aside (the default names the settings file). */
  damaged?: ((aside: string) => string) | undefined;
}

export class JsonFileStore<S extends z.ZodType> {
  private readonly now: () => Date;
  private readonly damaged: (aside: string) => string;

  constructor(
    private readonly path: string,
    private readonly schema: S,
    options: JsonFileOptions = {},
  ) {
    this.now = options.now ?? (() => new Date());
    this.damaged =
      options.damaged ??
      ((aside) =>
        `The settings file could not be read and was kept as ${aside}; defaults are in use.`);
  }

  load(): LoadResult<z.output<S>> {
    if (!existsSync(this.path)) return { value: this.schema.parse({}), warning: null };
    let parsed: ReturnType<S['safeParse']> | null = null;
    try {
      // Unreadable (a folder in its place, no permission) is put aside like unparsable.
      const text = readFileSync(this.path, 'utf8');
      parsed = this.schema.safeParse(JSON.parse(text)) as ReturnType<S['safeParse']>;
    } catch {
      parsed = null;
    }
    if (parsed !== null && parsed.success)
      return { value: parsed.data as z.output<S>, warning: null };
    const aside = `${this.path}.damaged-${this.now().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(this.path, aside);
    return {
      value: this.schema.parse({}),
      warning: this.damaged(aside),
    };
  }

  save(value: z.input<S>): z.output<S> {
    const valid = this.schema.parse(value);
    writeFileAtomic(this.path, JSON.stringify(valid, null, 2) + '\n');
    return valid;
  }
}
