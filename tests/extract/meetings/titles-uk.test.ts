/**
 * Ukrainian meeting titles for the Ukrainian interface: grammatical whatever the knowledge
 * base knows (names in the nominative unless it gives a genitive; "у Женеві" only where the
 * gazetteer has it, else the place after a comma), and "у"/"в" as euphony wants them.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer } from '../../../src/extract/meetings/gazetteer.ts';
import { actorUk, euphonic, meetingTitle, meetingTitleUk, type ActorInfo, type TitleInput } from '../../../src/extract/meetings/titles.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load.ts';
import { placeSchema } from '../../../src/knowledge/schema.ts';
import { KNOWLEDGE_DIR } from '../../helpers.ts';

const { knowledge } = loadKnowledgeBase(KNOWLEDGE_DIR);
const gazetteer = buildGazetteer(knowledge.places, knowledge.actors);
const actors = new Map<string, ActorInfo>(knowledge.actors.map((a) => [a.id, { name: a.name, type: a.type, side: a.side, uk: actorUk(a) }]));

function input(participants: string[], more: Partial<TitleInput> = {}): TitleInput {
  const place = more.place ?? null;
  return {
    date: '2025-11-23',
    place,
    placeKind: place ? (gazetteer.places.get(place)?.kind ?? null) : null,
    kind: 'in-person',
    participants,
    evidence: [],
    placeUk: place ? (gazetteer.places.get(place)?.uk ?? null) : null,
    ...more,
  };
}

const uk = (participants: string[], more: Partial<TitleInput> = {}) => meetingTitleUk(input(participants, more), actors);

describe('Ukrainian meeting titles', () => {
  it('names two sides in the genitive and the place in the locative the gazetteer gives', () => {
    const delegations = ['marco-rubio', 'steve-witkoff', 'dan-driscoll', 'andriy-yermak', 'rustem-umerov', 'kyrylo-budanov'];
    expect(uk(delegations, { place: 'Geneva' })).toBe('Переговори США та України в Женеві');
    expect(uk(delegations, { place: 'Florida' })).toBe('Переговори США та України у Флориді');
    expect(uk(delegations, { place: 'Anchorage' })).toBe('Переговори США та України в Анкориджі');
    expect(uk([...delegations, 'emmanuel-macron'], { place: 'Paris' })).toBe('Переговори США, України та Європи в Парижі');
  });

  it('joins two or three people by dashes, in the nominative', () => {
    expect(uk(['volodymyr-zelensky', 'donald-trump'], { place: 'Mar-a-Lago' })).toBe('Зустріч Трамп — Зеленський у Мар-а-Лаго');
    expect(uk(['volodymyr-zelensky', 'donald-trump'], { kind: 'phone' })).toBe('Телефонна розмова Трамп — Зеленський');
    expect(uk(['vladimir-putin', 'donald-trump'], { place: 'Anchorage', evidence: ['саміт'] })).toBe('Саміт Трамп — Путін в Анкориджі');
    expect(uk(['volodymyr-zelensky', 'steve-witkoff', 'jared-kushner'], { place: 'Paris' })).toBe('Зустріч Кушнер — Віткофф — Зеленський у Парижі');
  });

  it('keeps the particles of a surname, and does not name a body after the building it meets in', () => {
    const people = new Map(actors);
    people.set('ursula-von-der-leyen', { name: 'Ursula von der Leyen', type: 'person', side: 'europe' });
    people.set('abdullah-bin-zayed', { name: 'Abdullah bin Zayed', type: 'person', side: 'international' });
    people.set('jean-noel-barrot', { name: 'Jean-Noël Barrot', type: 'person', side: 'europe' });
    expect(meetingTitle(input(['ursula-von-der-leyen', 'jean-noel-barrot'], { place: 'Brussels' }), people)).toBe('Barrot–von der Leyen meeting in Brussels');
    expect(meetingTitle(input(['abdullah-bin-zayed', 'jean-noel-barrot'], { kind: 'phone' }), people)).toBe('Barrot–bin Zayed phone call');
    expect(meetingTitle(input(['kremlin'], { place: 'Kremlin' }), actors)).toBe('Talks at the Kremlin');
    expect(uk(['kremlin'], { place: 'Kremlin' })).toBe('Переговори в Кремлі');
    expect(meetingTitle(input(['kremlin', 'vladimir-putin', 'steve-witkoff'], { place: 'Kremlin' }), actors)).toBe('Witkoff–Putin meeting at the Kremlin');
    expect(meetingTitle(input(['elysee-palace'], { place: 'Élysée Palace' }), actors)).toBe('Talks at the Élysée Palace');
    // Elsewhere the body is a participant like any other.
    expect(meetingTitle(input(['kremlin'], { place: 'Geneva' }), actors)).toBe('Kremlin meeting in Geneva');
  });

  it('puts one person before the kind of meeting, so no case form is needed', () => {
    expect(uk(['rustem-umerov'], { kind: 'phone' })).toBe('Умєров: телефонна розмова');
    expect(uk(['rustem-umerov'], { place: 'Kyiv' })).toBe('Умєров: зустріч у Києві');
  });

  it('names a group or a body by its genitive or its abbreviation, else in the nominative before a colon', () => {
    expect(uk(['coalition-of-the-willing', 'emmanuel-macron', 'keir-starmer'], { kind: 'video' })).toBe('Відеоконференція Коаліції охочих');
    expect(uk(['coalition-of-the-willing', 'volodymyr-zelensky'], { place: 'Paris', evidence: ['саміт'] })).toBe('Саміт Коаліції охочих у Парижі');
    expect(uk(['nato'], { place: 'Brussels', evidence: ['саміт'] })).toBe('Саміт НАТО в Брюсселі');
    expect(uk(['security-council-of-russia', 'vladimir-putin'], { place: 'Moscow', evidence: ['засідання'] })).toBe('Засідання Ради безпеки Росії в Москві');
    expect(uk(['nsdc-of-ukraine'], { place: 'Kyiv', evidence: ['засідання'] })).toBe('Засідання РНБО в Києві');
    const noGenitive = new Map(actors);
    noGenitive.set('coalition-of-the-willing', { ...actors.get('coalition-of-the-willing')!, uk: { name: 'Коаліція охочих', genitive: null } });
    expect(meetingTitleUk(input(['coalition-of-the-willing'], { kind: 'video' }), noGenitive)).toBe('Коаліція охочих: відеоконференція');
  });

  it('names a large one-sided group a delegation', () => {
    expect(uk(['rustem-umerov', 'andriy-hnatov', 'kyrylo-budanov', 'serhiy-kyslytsya'], { place: 'Paris' })).toBe('Переговори української делегації в Парижі');
  });

  it('names a place the gazetteer has no "у …" form for after a comma, in the nominative', () => {
    expect(uk(['volodymyr-zelensky', 'donald-trump'], { place: 'Joint Base Elmendorf–Richardson' })).toBe('Зустріч Трамп — Зеленський, Елмендорф-Річардсон');
    // A place not in the gazetteer at all keeps its English name.
    expect(uk(['volodymyr-zelensky', 'donald-trump'], { place: 'Atlantis', placeKind: null, placeUk: null })).toBe('Зустріч Трамп — Зеленський, Atlantis');
  });

  it('gives a plain title when no participant is known, and places only meetings in person', () => {
    expect(uk([], { place: 'Istanbul' })).toBe('Переговори в Стамбулі');
    expect(uk([], { place: 'Istanbul', evidence: ['саміт'] })).toBe('Саміт у Стамбулі');
    expect(uk(['unknown-person'], { kind: 'video', place: 'Istanbul' })).toBe('Відеоконференція');
  });

  it('falls back to the English surname for a person without Ukrainian forms', () => {
    const bare = new Map<string, ActorInfo>([['a', { name: 'Jane Doe', type: 'person', side: 'usa' }], ['b', { name: 'Ivan Petrenko', type: 'person', side: 'ukraine' }]]);
    expect(meetingTitleUk(input(['a', 'b'], { kind: 'phone' }), bare)).toBe('Телефонна розмова Doe — Petrenko');
    // Sides: one not told (a person outside the knowledge base) is left out.
    bare.set('c', { name: 'Petro Ivanenko', type: 'person', side: 'unknown', uk: { name: 'Іваненко', genitive: null } });
    bare.set('d', { name: 'Olena Bondar', type: 'person', side: 'russia', uk: { name: 'Бондар', genitive: null } });
    expect(meetingTitleUk(input(['a', 'b', 'c', 'd'], { place: 'Geneva' }), bare)).toBe('Переговори США, України та Росії в Женеві');
  });

  it('keeps the English title as it was', () => {
    expect(meetingTitle(input(['volodymyr-zelensky', 'donald-trump'], { place: 'Mar-a-Lago' }), actors)).toBe('Trump–Zelensky meeting at Mar-a-Lago');
  });

  it('is grammatical for every place the gazetteer knows', () => {
    for (const place of knowledge.places) {
      const title = uk(['marco-rubio', 'rustem-umerov'], { place: place.name });
      expect(title).toMatch(/^Зустріч Рубіо — Умєров(?: [ув] \S| на \S|, \S)/u);
      expect(title).not.toMatch(/\p{Script=Latin}/u);
    }
  });
});

describe('"у" and "в"', () => {
  it.each([
    ['Саміт', 'у Парижі', 'у Парижі'],
    ['України', 'у Женеві', 'в Женеві'],
    ['України', 'у Вашингтоні', 'у Вашингтоні'],
    ['Саміт', 'у Флориді', 'у Флориді'],
    ['Саміт', 'у Анкориджі', 'в Анкориджі'],
    ['Зустріч', 'у Ужгороді', 'в Ужгороді'],
    ['Саміт', 'в Мар-а-Лаго', 'у Мар-а-Лаго'],
    ['Зеленський', 'у Львові', 'у Львові'],
    ['Саміт', 'на Даунінг-стріт', 'на Даунінг-стріт'],
  ])('after "%s": %s → %s', (before, phrase, expected) => {
    expect(euphonic(before, phrase)).toBe(expected);
  });
});

describe('curated Ukrainian titles and forms in the knowledge base', () => {
  it('gives every curated meeting a Ukrainian title', () => {
    for (const meeting of knowledge.meetings) expect(meeting.titleUk, meeting.id).toMatch(/^\p{Lu}\p{Ll}/u);
  });

  it('checks that "ukIn" names one of the place\'s forms', () => {
    const geneva = { id: 'geneva', name: 'Geneva', kind: 'city', uk: ['Женева', 'Женеві'], ru: ['Женева'] };
    expect(placeSchema.safeParse({ ...geneva, ukIn: 'у Женеві' }).success).toBe(true);
    expect(placeSchema.safeParse({ ...geneva, ukIn: 'у Женеве' }).success).toBe(false);
    expect(placeSchema.safeParse({ ...geneva, ukIn: 'Женеві' }).success).toBe(false);
  });
});
