// The pseudo-locale: English with every letter accented and 40 % more length, arguments and
// ICU syntax untouched, so text that clips or is not translated stands out on every screen.
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';

const ACCENTED: Readonly<Record<string, string>> = Object.fromEntries(
  [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'].map((letter, index) => [
    letter,
    [...'ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ'][index] ?? letter,
  ]),
);

const accent = (text: string): string => [...text].map((char) => ACCENTED[char] ?? char).join('');

function transform(elements: MessageFormatElement[]): MessageFormatElement[] {
  return elements.map((element) => {
    if (element.type === TYPE.literal) return { ...element, value: accent(element.value) };
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const options = Object.fromEntries(
        Object.entries(element.options).map(([key, option]) => [
          key,
          { ...option, value: transform(option.value) },
        ]),
      );
      return { ...element, options } as MessageFormatElement;
    }
    if (element.type === TYPE.tag) return { ...element, children: transform(element.children) };
    return element;
  });
}

/** The pseudo-localized form of an English ICU text, as an AST IntlMessageFormat accepts. */
export function pseudoLocalize(text: string): MessageFormatElement[] {
  const elements = transform(parse(text));
  const letters = text.replace(/\{[^}]*\}/g, '').length;
  const padding = Math.ceil(letters * 0.4);
  // The padding sits inside brackets, so a clipped end is visible.
  return [
    { type: TYPE.literal, value: '[' },
    ...elements,
    { type: TYPE.literal, value: ` ${'·'.repeat(padding)}]` },
  ];
}
