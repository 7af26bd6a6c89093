/**
 * The names actors are shown under in each interface language (`displayNames`) and the order
 * of actor lists by name: English by the English name, Ukrainian by the Ukrainian one in
 * Ukrainian collation.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorNameOrder, entryFromKnowledge, organisationUk, personDisplayNames } from '../../src/assemble/actors.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load.ts';
import type { ActorRef } from '../../src/site/model.ts';
import { PROJECT_ROOT } from '../helpers.ts';

const { knowledge } = loadKnowledgeBase(path.join(PROJECT_ROOT, 'knowledge'), PROJECT_ROOT);
const entry = (id: string) => entryFromKnowledge(knowledge.actors.find((a) => a.id === id)!);

describe('an actor’s name in each interface language', () => {
  it('is the knowledge base’s first Ukrainian given name and surname for a person it knows', () => {
    expect(entry('rustem-umerov').displayNames).toEqual({ en: 'Rustem Umerov', uk: 'Рустем Умєров' });
    expect(entry('steve-witkoff').displayNames).toEqual({ en: 'Steve Witkoff', uk: 'Стів Віткофф' });
  });

  it('is an organisation’s first Ukrainian name, capitalised, or its Cyrillic abbreviation where the English name is one', () => {
    expect(entry('nsdc-of-ukraine').displayNames.uk).toBe('Рада національної безпеки і оборони України');
    expect(entry('coalition-of-the-willing').displayNames.uk).toBe('Коаліція охочих');
    expect(entry('nato').displayNames).toEqual({ en: 'NATO', uk: 'НАТО' });
    expect(entry('osce').displayNames.uk).toBe('ОБСЄ');
    expect(entry('gru').displayNames.uk).toBe('ГРУ (Головне управління Генерального штабу Збройних сил РФ)');
    expect(organisationUk('UN Security Council', 'Рада безпеки ООН', ['Радбез ООН'])).toBe('Рада безпеки ООН');
    expect(organisationUk('XYZ', 'Щось', ['XYZ'])).toBe('Щось');
  });

  it('keeps the English name as `en`, for every actor in the knowledge base', () => {
    for (const actor of knowledge.actors) expect(entryFromKnowledge(actor).displayNames.en).toBe(actor.name);
  });

  it('falls back, for a person the knowledge base does not know, to the Russian name as written, then to the English one', () => {
    expect(personDisplayNames({ en: 'Olena Martyniuk', uk: 'Олена Мартинюк', ru: 'Елена Мартынюк' })).toEqual({ en: 'Olena Martyniuk', uk: 'Олена Мартинюк' });
    expect(personDisplayNames({ en: 'Aleksandr Kravchuk', uk: null, ru: 'Александр Кравчук' })).toEqual({ en: 'Aleksandr Kravchuk', uk: 'Александр Кравчук' });
    expect(personDisplayNames({ en: 'John Smith', uk: null, ru: null })).toEqual({ en: 'John Smith', uk: 'John Smith' });
  });
});

describe('actor lists ordered by name', () => {
  const ref = (name: string, uk: string): ActorRef => ({ id: name.toLowerCase(), name, displayNames: { en: name, uk }, type: 'person' });
  const actors = [ref('Ihor', 'Ігор'), ref('Yulia', 'Юлія'), ref('Ivan', 'Іван'), ref('Yevhen', 'Євген'), ref('Zakhar', 'Захар'), ref('Denys', 'Денис'), ref('Gerhard', 'Ґергард'), ref('Hanna', 'Ганна')];

  it('are in Ukrainian alphabetical order in the Ukrainian interface (ґ after г, є after е, і after и)', () => {
    expect([...actors].sort(actorNameOrder('uk')).map((a) => a.displayNames.uk)).toEqual(['Ганна', 'Ґергард', 'Денис', 'Євген', 'Захар', 'Іван', 'Ігор', 'Юлія']);
  });

  it('are in the English names’ order in the English interface, as before', () => {
    expect([...actors].sort(actorNameOrder('en')).map((a) => a.name)).toEqual(['Denys', 'Gerhard', 'Hanna', 'Ihor', 'Ivan', 'Yevhen', 'Yulia', 'Zakhar']);
  });
});
