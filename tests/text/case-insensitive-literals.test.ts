import { describe, expect, it } from 'vitest';
import { caseInsensitiveLiterals, caselessRegExp } from '../../src/text/case-insensitive-literals.ts';

describe('caselessRegExp: letters in either case, \\p{Lu} still upper case', () => {
  it('matches the vocabulary written in lower case in any case', () => {
    const re = caselessRegExp('зустріч(?:і|ей)?|ЗМІ');
    for (const text of ['зустріч', 'Зустрічі', 'ЗУСТРІЧЕЙ', 'змі', 'ЗМІ']) expect(re.test(text), text).toBe(true);
    expect(re.test('зустрич')).toBe(false);
  });

  it('keeps \\p{Lu} and \\p{Ll} meaning upper and lower case, which "/iu" does not', () => {
    expect(/в\s+\p{Lu}/iu.test('в понеділок')).toBe(true); // the trap this module exists for
    const re = caselessRegExp(String.raw`в\s+\p{Lu}`);
    expect(re.test('В Парижі')).toBe(true);
    expect(re.test('в понеділок')).toBe(false);
  });

  it('leaves escapes, group syntax, quantifiers and negated classes meaning what they did', () => {
    expect(caseInsensitiveLiterals(String.raw`(?<![\p{L}])(?:у|в)\s+\d{1,2}`)).toBe(String.raw`(?<![\p{L}])(?:[уУ]|[вВ])\s+\d{1,2}`);
    expect(caseInsensitiveLiterals('[^а.]')).toBe('[^аА.]');
    expect(caseInsensitiveLiterals('(?<name>x)\\k<name>')).toBe('(?<name>[xX])\\k<name>');
    expect(matchesWhole('[^а]', 'А')).toBe(false);
    expect(matchesWhole(String.raw`\S+`, 'слово')).toBe(true);
  });

  it('refuses a range in a class, whose other case is not always a range, and the i flag', () => {
    expect(() => caseInsensitiveLiterals('[а-я]')).toThrow(/range/);
    expect(caseInsensitiveLiterals('[0-5]\\d')).toBe('[0-5]\\d');
    expect(() => caseInsensitiveLiterals('[0-z]')).toThrow(/range/);
    expect(caseInsensitiveLiterals('[\\p{L}-]')).toBe('[\\p{L}-]');
    expect(() => caselessRegExp('а', 'gi')).toThrow(/"i" flag/);
  });
});

function matchesWhole(source: string, text: string): boolean {
  return caselessRegExp(`^(?:${source})$`).test(text);
}
