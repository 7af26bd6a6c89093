/**
 * General rules of Ukrainian and Russian news language found while reading the misses of
 * held-out set 19 (agency items, an analysis, a Q&A interview, a press review, a weekly
 * digest, a press-conference report, an explainer), each with sentences written for these
 * tests (real negotiators from the knowledge base, the events made up):
 *
 * - a meeting word as the object of an assessment ("назвав розмову «відвертою»", "назвал
 *   беседу полезной") with no day, place or party of its own is a remark on the meeting told
 *   before, not another one;
 */
import { describe } from 'vitest';
import { checkRecords as check } from './meetings-of-text.ts';

describe('an assessed meeting with nothing of its own is the one told before', () => {
  check([
    [
      'uk "після зустрічі … назвав розмову «…»" after the meeting told',
      '2031-03-06',
      'Учора Лавров у Стамбулі провів переговори з Фіданом. Після зустрічі Лавров дав інтерв\'ю, у якому назвав розмову «відвертою».',
      ['2031-03-05 Istanbul in-person held'],
    ],
    [
      'ru "назвал беседу конструктивной" after a call',
      '2031-04-10',
      'Во вторник Рубио поговорил по телефону с Лавровым. Позже госсекретарь назвал беседу конструктивной и пообещал продолжение.',
      ['2031-04-08 — phone held'],
    ],
    [
      'ru negative: an assessment naming its own place and parties is a meeting',
      '2031-04-10',
      'Песков назвал встречу Путина и Эрдогана в Сочи полезной.',
      ['2031-04-10 Sochi in-person held'],
    ],
    [
      'uk negative: an assessed meeting of other parties in another city is its own',
      '2031-04-10',
      'Учора Сибіга провів переговори з Рубіо у Вашингтоні. Фідан назвав переговори в Анкарі з Лавровим «корисними».',
      ['2031-04-09 Washington in-person held', '2031-04-10 Ankara in-person held'],
    ],
  ]);
});
