import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { locales } from '@/lib/i18n/locales';

const dir = join(__dirname, '..', '..', 'messages');
type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** Every argument a message uses, with its type: `count:plural`, `name:argument`, `b:tag`. */
function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(`${element.value}:${TYPE[element.type]}`);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, into);
  }
  return into;
}

const files = Object.fromEntries(
  locales.map((locale) => [
    locale,
    flatten(JSON.parse(readFileSync(join(dir, `${locale}.json`), 'utf8')) as Tree),
  ]),
);

describe('message files', () => {
  it('exist for exactly the supported languages', () => {
    const present = readdirSync(dir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => name.replace(/\.json$/, ''))
      .sort();
    expect(present).toEqual([...locales].sort());
  });

  for (const locale of locales.filter((l) => l !== 'en')) {
    it(`${locale} has exactly the English keys`, () => {
      expect([...(files[locale]?.keys() ?? [])].sort()).toEqual(
        [...(files.en?.keys() ?? [])].sort(),
      );
    });

    it(`${locale} uses the same placeholders in every message, and every message parses`, () => {
      for (const [key, english] of files.en ?? []) {
        const translated = files[locale]?.get(key);
        if (translated === undefined) continue;
        const expected = [...argumentsOf(parse(english))].sort();
        expect([key, ...argumentsOf(parse(translated))].sort()).toEqual([key, ...expected].sort());
      }
    });

    it(`${locale} translates what English spells out (identical strings are names or symbols)`, () => {
      const same = [...(files.en ?? [])]
        .filter(([key, english]) => files[locale]?.get(key) === english)
        .filter(([, english]) => /[a-z]{3,}/i.test(english) && english !== 'Callboard')
        .map(([key]) => key);
      expect(same).toEqual([]);
    });
  }
});
