import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/extract/language.ts';

describe('detectLanguage', () => {
  it.each([
    ['Президент України Володимир Зеленський зустрівся з делегацією США у Парижі.', 'uk'],
    ['Президент Украины Владимир Зеленский встретился с делегацией США в Париже.', 'ru'],
    ['Делегації продовжать роботу над гарантіями безпеки', 'uk'],
    ['Стороны обсудили это и договорились о встрече', 'ru'],
    // Quoted speech in the other language does not decide the article's language.
    ['Песков заявил: «Ми готові до переговорів і чекаємо на відповідь від України», — сообщили в Кремле, и это подтвердили.', 'ru'],
  ])('%s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it.each([
    ['Заява Зеленського', 'uk'],
    ['Заявление Зеленского', 'ru'],
    ['Неможлива дата', 'uk'],
    ['Невозможная дата', 'ru'],
  ])('settles short headlines with n-grams: %s → %s', (text, lang) => {
    expect(detectLanguage(text).lang).toBe(lang);
  });

  it('is undecided on text with nothing to go by', () => {
    expect(detectLanguage('Trump Putin 2025').lang).toBeNull();
  });
});
