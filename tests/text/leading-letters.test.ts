import { describe, expect, it } from 'vitest';
import { ANY_LETTER, leadingLetters } from '../../src/text/leading-letters.ts';

const letters = (source: string) => {
  const set = leadingLetters(source);
  return set === null ? null : [...set].sort().join('');
};

describe('leadingLetters: what a match can begin with', () => {
  it('reads literals, either case, as lower case', () => {
    expect(letters('зустріч')).toBe('з');
    expect(letters('Встреча')).toBe('в');
  });

  it('takes the union of alternatives, at any depth', () => {
    expect(letters('саміт(?:у|і)?|саммит')).toBe('с');
    expect(letters('(?:по\\s+телефону|телефоном)')).toBe('пт');
    expect(letters('(?:(?:по|пере|про)?говори(?:в|ла))|розмов')).toBe('гпр');
  });

  it('looks past optional and starred pieces to the next one', () => {
    expect(letters('(?:по)?вечеря')).toBe('вп');
    expect(letters("з['’ʼ]?їхали")).toBe('з');
    expect(letters('x*y')).toBe('xy');
    expect(letters('(?:а|б){0,2}в')).toBe('абв');
    expect(letters('(?:а|б){1,2}в')).toBe('аб');
  });

  it('reads a class of single characters', () => {
    expect(letters('[ЗзВ]устріч')).toBe('вз');
  });

  it('looks through lookarounds and anchors, which only narrow what follows', () => {
    expect(letters('(?<!не\\s)(?=обговор)обговорю')).toBe('о');
    expect(letters('^\\bраунд')).toBe('р');
    expect(letters('раунд(?!\\s+(?:[\\p{L}-]+))')).toBe('р');
  });

  it('answers "any letter" for a letter class, alone or beside literals', () => {
    expect([...(leadingLetters('\\p{L}+\\s+груп') ?? [])]).toEqual([ANY_LETTER]);
    expect(letters('(?:\\p{Ll}+\\s+){0,2}делегаці')).toBe(`${ANY_LETTER}д`);
    expect(leadingLetters('\\p{N}+')).toBeNull();
  });

  it('answers "anything" for what it does not take apart', () => {
    expect(leadingLetters('[а-я]+')).toBeNull();
    expect(leadingLetters('.ab')).toBeNull();
    expect(leadingLetters('(?:a)?')).toBeNull();
    expect(leadingLetters('')).toBeNull();
    expect(leadingLetters('(unclosed')).toBeNull();
  });
});
