// `npm run i18n:sync`: gives every language file every id the English catalogue has, in
// English's order. A translation already there is kept; an id it lacks gets the English text
// marked `// TODO(translate)` (so the build compiles before the translators have run, and they
// can find what is left with `grep -rn "TODO(translate)" shared/i18n`); an id English no longer
// has is dropped. A line keeps its marker until a translator removes it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { EN_AREAS, type AreaName } from '../shared/i18n/areas';
import { LOCALES } from '../shared/i18n/locales';

const ROOT = resolve(__dirname, '..', 'shared', 'i18n');
const MARK = '// TODO(translate)';
// Every language but the source, from the one list of locales (zh-CN's constants: ZH_CN_…).
const LANGUAGES = LOCALES.filter((locale) => locale !== 'en').map((locale) => ({
  locale,
  prefix: locale.replace(/-/g, '_').toUpperCase(),
}));

const constName = (prefix: string, area: string): string =>
  `${prefix}_${area.replace(/-/g, '_').toUpperCase()}`;

/** A string as prettier writes it here: single quotes unless that needs more escapes. */
function quote(text: string): string {
  const singles = (text.match(/'/g) ?? []).length;
  const doubles = (text.match(/"/g) ?? []).length;
  const q = singles > doubles ? '"' : "'";
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(new RegExp(q, 'g'), `\\${q}`);
  return `${q}${body}${q}`;
}

/** The ids whose entry (its key line or the line after) still carries the marker. */
function markedIds(source: string): Set<string> {
  const lines = source.split('\n');
  const marked = new Set<string>();
  lines.forEach((line, index) => {
    const key = /^\s*(['"])([^'"]+)\1:/.exec(line)?.[2];
    if (key === undefined) return;
    const next = lines[index + 1] ?? '';
    const entryEnds = /,\s*(\/\/.*)?$/.test(line);
    if (line.includes(MARK) || (!entryEnds && next.includes(MARK))) marked.add(key);
  });
  return marked;
}

async function syncArea(locale: string, prefix: string, area: AreaName): Promise<number> {
  const file = join(ROOT, locale, `${area}.ts`);
  const name = constName(prefix, area);
  let existing: Record<string, string> = {};
  let marked = new Set<string>();
  if (existsSync(file)) {
    const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
    existing = (module[name] ?? {}) as Record<string, string>;
    marked = markedIds(readFileSync(file, 'utf8'));
  }
  const english = EN_AREAS[area] as Record<string, { text: string }>;
  let todo = 0;
  const lines = Object.entries(english).map(([id, spec]) => {
    const have = existing[id];
    const open = have === undefined || marked.has(id);
    if (open) todo += 1;
    return `  ${quote(id)}: ${quote(have ?? spec.text)},${open ? ` ${MARK}` : ''}`;
  });
  const englishName = constName('EN', area);
  writeFileSync(
    file,
    [
      `import type { AreaTexts } from '../define';`,
      `import type { ${englishName} } from '../en/${area}';`,
      '',
      `export const ${name}: AreaTexts<typeof ${englishName}> = {`,
      ...lines,
      '};',
      '',
    ].join('\n'),
  );
  return todo;
}

function writeIndex(locale: string, prefix: string): void {
  const areas = Object.keys(EN_AREAS) as AreaName[];
  const imports = areas
    .map((area) => `import { ${constName(prefix, area)} } from './${area}';`)
    .sort((a, b) => a.localeCompare(b));
  writeFileSync(
    join(ROOT, locale, 'index.ts'),
    [
      `// Every area of this language (written by scripts/i18n-sync.ts; the areas are en/'s).`,
      `import type { LanguageAreas } from '../areas';`,
      ...imports,
      '',
      `export const ${prefix}_AREAS: LanguageAreas = {`,
      ...areas.map(
        (area) => `  ${/^[a-z]+$/.test(area) ? area : quote(area)}: ${constName(prefix, area)},`,
      ),
      '};',
      '',
    ].join('\n'),
  );
}

/** `npm run i18n:sync -- ui ui-views` syncs only those areas (the others' files are untouched). */
function chosenAreas(): AreaName[] {
  const all = Object.keys(EN_AREAS) as AreaName[];
  const asked = process.argv.slice(2);
  const unknown = asked.filter((area) => !all.includes(area as AreaName));
  if (unknown.length > 0)
    throw new Error(`No such area: ${unknown.join(', ')} (areas: ${all.join(', ')})`);
  return asked.length === 0 ? all : (asked as AreaName[]);
}

async function main(): Promise<void> {
  const areas = chosenAreas();
  for (const { locale, prefix } of LANGUAGES) {
    const counts: string[] = [];
    for (const area of areas) {
      const todo = await syncArea(locale, prefix, area);
      if (todo > 0) counts.push(`${area} ${todo}`);
    }
    writeIndex(locale, prefix);
    console.log(
      `${locale}: ${counts.length === 0 ? 'complete' : `to translate: ${counts.join(', ')}`}`,
    );
  }
}

void main();
