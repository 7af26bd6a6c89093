/**
 * A meeting told with its length: "Трехдневный раунд … завершился вчера", "дводенні
 * консультації завершилися в середу" (it began days before the day it ended), "переговори
 * тривають уже третій день", "идут третий день подряд" (it began days before today). The
 * first day is the meeting's day, the day told its last.
 */
import type { IsoDate } from '../../types.ts';
import { B, E } from './vocabulary.ts';

/** "дводенний", "двухдневные", "трёхдневного", "п'ятиденні": the number of days. */
const LENGTH_ADJECTIVE = new RegExp(
  `${B}(дво|двух|дву|три|трьох|тр[её]х|чотири|четыр[её]х|п['’ʼ]?яти|пяти)(?:денн|дневн)\\p{L}*${E}`,
  'iu',
);
/** Ended (a finite verb or a participle): "завершився", "завершились", "закінчилися", "завершившийся". */
const ENDED = new RegExp(
  `${B}(?:заверши|закінчи|закончи|завершу|закінчу)(?:в|вся|лася|лось|лися|лись|ла|ли|лся|лась|лось|вш|вши)\\p{L}*${E}`,
  'iu',
);
/** "уже третій день", "третий день подряд", "другу добу": under way for that many days. */
const DAY_OF = new RegExp(
  `${B}(друг(?:ий|у)|втор(?:ой|ые)|трет(?:ій|ю|ий|ьи)|четверт(?:ий|у|ый)|п['’ʼ]?ят(?:ий|у)|пят(?:ый|ые))\\s+(?:день|добу|сутки)${E}`,
  'iu',
);
/** Going on now: "тривають", "триває", "працюють", "идут", "продолжаются", "работают". */
const UNDER_WAY = new RegExp(
  `${B}(?:трива(?:ють|є)|продовжу(?:ються|ється)|працю(?:ють|є)|ід(?:уть|е)|йд(?:уть|е)|ид(?:ут|ет)|продолжа(?:ются|ется)|работа(?:ют|ет)|проход(?:ять|ить))${E}`,
  'iu',
);

const COUNT: Readonly<Record<string, number>> = {
  дво: 2, двух: 2, дву: 2, три: 3, трьох: 3, трех: 3, трёх: 3, чотири: 4, четырех: 4, четырёх: 4, пяти: 5,
  друг: 2, втор: 2, трет: 3, четверт: 4, пят: 5,
};

function count(word: string): number {
  const w = word.toLowerCase().replace(/['’ʼ]/gu, '');
  for (let n = w.length; n > 0; n--) {
    const c = COUNT[w.slice(0, n)];
    if (c !== undefined) return c;
  }
  return 1;
}

function shift(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The first and last day of a meeting told with its length, from the day the sentence gives
 * (or, for one under way, the publication day); null when the sentence tells no length.
 */
export function spanFromLength(sentence: string, day: IsoDate | null, published: IsoDate | null): { date: IsoDate; endDate: IsoDate } | null {
  const length = LENGTH_ADJECTIVE.exec(sentence);
  if (length && day && ENDED.test(sentence)) {
    const n = count(length[1]!);
    return n > 1 ? { date: shift(day, n - 1), endDate: day } : null;
  }
  // With a day of its own ("які розпочалися в четвер, тривають уже третій день") the day told is the first.
  const dayOf = day === null ? DAY_OF.exec(sentence) : null;
  const today = published;
  if (dayOf && today && UNDER_WAY.test(sentence)) {
    const n = count(dayOf[1]!);
    return n > 1 ? { date: shift(today, n - 1), endDate: today } : null;
  }
  return null;
}
