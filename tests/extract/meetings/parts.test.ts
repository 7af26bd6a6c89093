/**
 * The small parts on their own: the gazetteer, status and format cues, meeting words.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/text/fold.ts';
import { decideFormat, findFormatCues } from '../../../src/extract/meetings/format.ts';
import { buildGazetteer, findPlaces, moreSpecific, placesCompatible, seatOf } from '../../../src/extract/meetings/gazetteer.ts';
import { decideStatus, findStatusCues } from '../../../src/extract/meetings/status.ts';
import { findTriggers, genericSpans } from '../../../src/extract/meetings/vocabulary.ts';
import type { KnownActor, Place } from '../../../src/knowledge/schema.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';

const places: Place[] = [
  { id: 'united-states', name: 'United States', kind: 'country', uk: ['США', 'Сполучені Штати', 'Сполучених Штатах'], ru: ['США'] },
  { id: 'florida', name: 'Florida', kind: 'region', within: 'United States', uk: ['Флорида', 'Флориді'], ru: ['Флорида', 'Флориде'] },
  { id: 'mar-a-lago', name: 'Mar-a-Lago', kind: 'venue', within: 'Florida', uk: ['Мар-а-Лаго'], ru: ['Мар-а-Лаго'] },
  { id: 'france', name: 'France', kind: 'country', capital: 'Paris', uk: ['Франція', 'Франції'], ru: ['Франция', 'Франции'] },
  { id: 'paris', name: 'Paris', kind: 'city', within: 'France', uk: ['Париж', 'Парижі'], ru: ['Париж', 'Париже'] },
  { id: 'geneva', name: 'Geneva', kind: 'city', uk: ['Женева', 'Женеві'], ru: ['Женева', 'Женеве'] },
  { id: 'doha', name: 'Doha', kind: 'city', uk: ['Доха', 'Досі'], ru: ['Доха', 'Дохе'] },
  { id: 'moscow', name: 'Moscow', kind: 'city', uk: ['Москва', 'Москви', 'Москві'], ru: ['Москва', 'Москвы', 'Москве'] },
  { id: 'kremlin', name: 'Kremlin', kind: 'venue', within: 'Moscow', uk: ['Кремль', 'Кремлі'], ru: ['Кремль', 'Кремле'] },
  { id: 'white-house', name: 'White House', kind: 'venue', uk: ['Білий дім', 'Білому домі'], ru: ['Белый дом', 'Белом доме'] },
];
const small = buildGazetteer(places);

function placesIn(text: string, gazetteer = small) {
  return findPlaces(text, tokenize(text), gazetteer).map((h) => ({ name: h.place.name, via: h.via, locative: h.locative, speaker: h.speaker, modifier: h.modifier }));
}

describe('gazetteer', () => {
  it.each([
    ['у Сполучених Штатах', [{ name: 'United States', via: 'name', locative: true }]],
    ['в Мар-а-Лаго у Флориді', [{ name: 'Mar-a-Lago', locative: true }, { name: 'Florida', locative: true }]],
    ['в столице Франции', [{ name: 'Paris', via: 'capital', locative: true }]],
    ['у Кремлі', [{ name: 'Kremlin', via: 'name', locative: true, speaker: false }]],
    ['В Кремле заявили', [{ name: 'Kremlin', speaker: true }]],
    ['Кремль заявив', [{ name: 'Kremlin', locative: false }]],
    ['у Білому домі', [{ name: 'White House', locative: true }]],
    ['столиця Франції', [{ name: 'Paris', via: 'capital', locative: false }]],
    ['У Парижі заявили', [{ name: 'Paris', speaker: true }]],
    ['женевські переговори', [{ name: 'Geneva', via: 'adjective', locative: false }]],
    ['Досі невідомо', [{ name: 'Doha', locative: false }]],
    ['у Досі', [{ name: 'Doha', locative: true }]],
    ['президент Франції', [{ name: 'France', locative: false }]],
    ['мир у Франції', [{ name: 'France', locative: true, modifier: true }]],
    ['в Париже и Женеве', [{ name: 'Paris', locative: true }, { name: 'Geneva', locative: true }]],
    ['у резиденції Мар-а-Лаго', [{ name: 'Mar-a-Lago', locative: true }]],
    // Speakers: a plural speech verb before the place, a view after it.
    ['як підтвердили в Москві', [{ name: 'Moscow', locative: true, speaker: true }]],
    ['как сообщили позднее в Париже', [{ name: 'Paris', locative: true, speaker: true }]],
    ['у Парижі сподіваються', [{ name: 'Paris', speaker: true }]],
    ['в Женеве рассчитывают', [{ name: 'Geneva', speaker: true }]],
    ['в Женеве ожидаются переговоры', [{ name: 'Geneva', locative: true, speaker: false }]],
    ['Макрон заявив у Парижі', [{ name: 'Paris', locative: true, speaker: false }]],
    // Travel with "до/к": the verb may come after the place.
    ['до Москви приїде', [{ name: 'Moscow', locative: true }]],
    ['до Москви за два дні', [{ name: 'Moscow', locative: false }]],
  ] as const)('%s', (text, want) => {
    const found = placesIn(text);
    expect(found).toHaveLength(want.length);
    want.forEach((w, i) => expect(found[i]).toMatchObject(w));
  });

  it('reads the seats of organisations, leaving out seats that are no place', () => {
    const body = (id: string, seat?: string): KnownActor => ({
      id,
      type: 'organisation',
      name: id,
      side: 'russia',
      uk: [id],
      ru: [id],
      abbreviations: [],
      ...(seat ? { seat } : {}),
    });
    const gazetteer = buildGazetteer(places, [body('council', 'Moscow'), body('nowhere', 'Atlantis'), body('group')]);
    expect(seatOf(gazetteer, 'council')).toBe('Moscow');
    expect(seatOf(gazetteer, 'nowhere')).toBeNull();
    expect(seatOf(gazetteer, 'group')).toBeNull();
    expect(seatOf(small, 'council')).toBeNull();
  });

  it('keeps the `within` chain: compatible places and the more specific one', () => {
    expect(placesCompatible(small, 'Mar-a-Lago', 'Florida')).toBe(true);
    expect(placesCompatible(small, 'United States', 'Mar-a-Lago')).toBe(true);
    expect(placesCompatible(small, 'Paris', 'Florida')).toBe(false);
    expect(moreSpecific(small, 'Florida', 'Mar-a-Lago')).toBe('Mar-a-Lago');
    expect(moreSpecific(small, 'Mar-a-Lago', 'United States')).toBe('Mar-a-Lago');
    expect(placesCompatible(null, 'Mar-a-Lago', 'Florida')).toBe(false);
  });

  it('matches the longest form: "Об’єднаних Арабських Еміратах", not "Еміратах"', () => {
    const full = buildGazetteer(loadKnowledgeBase(KNOWLEDGE_DIR).knowledge.places);
    expect(placesIn('в Об’єднаних Арабських Еміратах', full)).toEqual([
      expect.objectContaining({ name: 'United Arab Emirates', locative: true }),
    ]);
    expect(placesIn('у Абу-Дабі', full)).toEqual([expect.objectContaining({ name: 'Abu Dhabi' })]);
    // Only venue words and adjectives stand between a preposition and its place.
    expect(placesIn('в заявлении, опубликованном Даунинг-стрит', full)).toEqual([expect.objectContaining({ name: 'Downing Street', locative: false })]);
    expect(placesIn('у курортному місті Давос', full)).toEqual([expect.objectContaining({ name: 'Davos', locative: true })]);
  });
});

describe('status cues', () => {
  const status = (text: string, word: string) => {
    const at = text.indexOf(word);
    const trigger = { start: at, end: at + word.length };
    return decideStatus(findStatusCues(text), trigger, { start: 0, end: text.length }, undefined);
  };
  it.each([
    ['Зустріч відбулася в Парижі.', 'Зустріч', 'held'],
    ['Встреча состоялась вчера.', 'Встреча', 'held'],
    ['Делегації провели переговори.', 'переговори', 'held'],
    ['Зустріч відбудеться в понеділок.', 'Зустріч', 'planned'],
    ['Встреча запланирована на 3 января.', 'Встреча', 'planned'],
    ['Переговори продовжать завтра.', 'Переговори', 'planned'],
    ['Зустріч перенесли на наступний тиждень.', 'Зустріч', 'postponed'],
    ['Переговоры отложены.', 'Переговоры', 'postponed'],
    ['Саміт скасували.', 'Саміт', 'cancelled'],
    ['Встреча не состоялась.', 'Встреча', 'cancelled'],
    ['Зустріч, яка мала відбутися в п’ятницю, скасовано.', 'Зустріч', 'cancelled'],
  ] as const)('%s → %s', (text, word, want) => {
    expect(status(text, word).status).toBe(want);
  });

  it('"розпочалася" and "триває" are held today', () => {
    expect(status('У Женеві розпочалася зустріч.', 'зустріч')).toEqual({ status: 'held', today: true });
    expect(status('Переговоры проходят в Стамбуле.', 'Переговоры')).toEqual({ status: 'held', today: true });
  });

  it('nothing said: no status', () => {
    expect(status('Зустріч у Парижі.', 'Зустріч').status).toBeNull();
  });
});

describe('format cues', () => {
  const format = (text: string, word: string) => {
    const at = text.indexOf(word);
    return decideFormat(findFormatCues(text), { start: at, end: at + word.length }, undefined);
  };
  it.each([
    ['Зустріч пройшла в онлайн-форматі.', 'Зустріч', 'video'],
    ['Встреча прошла по видеосвязи.', 'Встреча', 'video'],
    ['Переговори відбулися по телефону.', 'Переговори', 'phone'],
    ['Разговор по телефону длился час.', 'Разговор', 'phone'],
    ['Зустріч у Києві, американці долучаться онлайн.', 'Зустріч', null],
    ['Американские партнеры присоединятся к встрече в онлайн-формате.', 'встрече', null],
    // The imperfective and a word between: one party joining, in either aspect.
    ["Делегації сиділи в Осло, а радник приєднувався лише по відеозв'язку.", 'Делегації', null],
    ['Переговоры шли в Дохе, министр подключался по видеосвязи.', 'Переговоры', null],
    ["Переговори про приєднання пройшли по відеозв'язку.", 'Переговори', 'video'],
    ['Зустріч у Парижі.', 'Зустріч', null],
    ['Переговори транслювали в онлайн-трансляції.', 'Переговори', null],
  ] as const)('%s → %s', (text, word, want) => {
    expect(format(text, word)).toBe(want);
  });
});

describe('meeting words', () => {
  it.each([
    ['зустрічі', 'meeting'],
    ['переговорів', 'talks'],
    ['перемовин', 'talks'],
    ['саміту', 'summit'],
    ['саммите', 'summit'],
    ['відеоконференції', 'video'],
    ['телефонного разговора', 'call'],
    ['созвона', 'call'],
    ['засідання', 'session'],
    ['совещании', 'session'],
    ['зустрілися', 'meeting'],
    ['встретятся', 'meeting'],
    ['созвонились', 'call'],
    ['поговорив телефоном', 'call'],
    ['поговорила по телефону', 'call'],
  ] as const)('%s is a %s word', (text, lemma) => {
    expect(findTriggers(text).map((t) => t.spec.lemma)).toEqual([lemma]);
  });

  it('does not take parts of other words', () => {
    expect(findTriggers('переговорний процес, саміти-2, зустрічна пропозиція, разговорчивый')).toEqual([]);
  });

  it.each(['готовність до переговорів', 'готова и к мирным переговорам', 'открытость для переговоров', 'за стіл переговорів', 'шлях переговорів'])(
    '"%s" is generic',
    (text) => {
      expect(genericSpans(text)).toHaveLength(1);
    },
  );
});
