// Every id in every language, with the parameters English declares — no more, no fewer — and
// every text a valid ICU message.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EN } from '../../../shared/i18n/catalogue';
import { textsOf } from '../../../shared/i18n/translations';

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      argumentNames(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
  }
  return into;
}

const ids = Object.keys(EN) as Array<keyof typeof EN>;

describe('the catalogues', () => {
  it('English: every text parses and uses exactly the parameters it declares', () => {
    for (const id of ids) {
      const spec = EN[id];
      expect([...argumentNames(parse(spec.text))].sort(), id).toEqual([...spec.params].sort());
    }
  });

  it.each(
    (['de', 'zh-CN'] as const).map(
      (locale) => [locale, (textsOf(locale) ?? {}) as Record<string, string>] as const,
    ),
  )('%s: every id, the same parameters, valid ICU', (_locale, texts) => {
    expect(Object.keys(texts).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      const text = texts[id] ?? '';
      expect(text.trim().length, id).toBeGreaterThan(0);
      expect([...argumentNames(parse(text))].sort(), id).toEqual([...EN[id].params].sort());
    }
  });

  it.each(['de', 'zh-CN'])('%s: complete — no entry still waits for its translator', (locale) => {
    const folder = join(__dirname, '..', '..', '..', 'shared', 'i18n', locale);
    const open = readdirSync(folder)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        readFileSync(join(folder, file), 'utf8')
          .split('\n')
          .filter((line) => line.includes('TODO(translate)'))
          .map((line) => `${file}: ${line.trim()}`),
      );
    expect(open).toEqual([]);
  });
});
