import { compareStrings } from '../diagnostics.ts';
import type { KnownActor } from '../knowledge/schema.ts';
import type { ActorAppearance, ActorPage, ActorRef, InterfaceNames, MeetingRef } from '../site/model.ts';
import type { InterfaceLanguage } from '../site/settings.ts';
import type { ArticleRecord } from '../types.ts';
import { articleUrl, compareArticles } from './timeline.ts';

/** What is known about an actor before counting: from the knowledge base or found in text. */
export type ActorEntry = Pick<ActorPage, 'id' | 'type' | 'name' | 'displayNames' | 'inKnowledgeBase' | 'names' | 'side' | 'country' | 'roles'>;

/** How many co-mentioned actors an actor page lists. */
const CO_ACTORS_SHOWN = 12;

export function actorUrl(id: string): string {
  return `/actors/${id}/`;
}

export function entryFromKnowledge(actor: KnownActor): ActorEntry {
  if (actor.type === 'organisation') {
    const names = { en: actor.name, uk: actor.uk[0] ?? null, ru: actor.ru[0] ?? null };
    return { id: actor.id, type: 'organisation', name: actor.name, displayNames: { en: actor.name, uk: organisationUk(actor.name, names.uk, actor.abbreviations) }, inKnowledgeBase: true, names, side: actor.side, country: actor.country ?? null, roles: [] };
  }
  const full = (names: { given: string[]; surname: string[] }) => `${names.given[0] ?? ''} ${names.surname[0] ?? ''}`.trim();
  const names = { en: actor.name, uk: full(actor.uk), ru: full(actor.ru) };
  return {
    id: actor.id,
    type: 'person',
    name: actor.name,
    displayNames: personDisplayNames(names),
    inKnowledgeBase: true,
    names,
    side: actor.side,
    country: actor.country,
    roles: actor.roles.map((role) => ({ title: role.title, from: role.from, to: role.to })),
  };
}

/**
 * The names a person is shown under in each interface language. Ukrainian: the Ukrainian
 * name (the knowledge base's first given name and surname, or, for someone it does not know,
 * the nominative a Ukrainian article wrote); else, for someone named only in Russian
 * articles, the name as they wrote it (Cyrillic, never re-spelt: "Олег Петров" reads the
 * same to a Ukrainian reader, and a guessed Ukrainian spelling could be wrong); else the
 * English one.
 */
export function personDisplayNames(names: { en: string; uk: string | null; ru: string | null }): InterfaceNames {
  return { en: names.en, uk: names.uk || names.ru || names.en };
}

/**
 * An organisation's name in the Ukrainian interface: its first Ukrainian name, with a capital
 * ("Коаліція охочих"). Where the English name is an abbreviation ("NATO", "GRU (Main
 * Directorate …)"), the first Cyrillic abbreviation stands for it the same way ("НАТО",
 * "ГРУ (Головне управління …)"), as Ukrainian texts write it.
 */
export function organisationUk(english: string, uk: string | null, abbreviations: readonly string[]): string {
  const abbreviated = /^\p{Lu}{2,}(?: \(.+\))?$/u.exec(english);
  const cyrillic = abbreviations.find((a) => /^[\p{Script=Cyrillic}\s-]+$/u.test(a));
  if (abbreviated && cyrillic) return english.includes(' (') && uk ? `${cyrillic} (${uk})` : cyrillic;
  if (!uk) return english;
  return uk.charAt(0).toLocaleUpperCase('uk') + uk.slice(1);
}

const ukrainianCollator = new Intl.Collator('uk');

/**
 * How actors are put in order by name in an interface language: by the English name
 * (code-point order) in English, by the Ukrainian one (Ukrainian collation: і after и, є
 * after е, ґ after г) in Ukrainian.
 */
export function actorNameOrder(language: InterfaceLanguage): (a: ActorRef, b: ActorRef) => number {
  if (language === 'en') return (a, b) => compareStrings(a.name, b.name);
  return (a, b) => ukrainianCollator.compare(a.displayNames[language], b.displayNames[language]) || compareStrings(a.name, b.name);
}

/**
 * Turns every article's mentions into actor pages (appearances in timeline order, counts,
 * first and last dates, co-actors) and each article's list of actors. One pass over the
 * mentions; lookups are built once, never re-scanned per page.
 */
export function assembleActors(
  records: readonly ArticleRecord[],
  entries: readonly ActorEntry[],
  meetingsByActor: ReadonlyMap<string, MeetingRef[]> = new Map(),
  /** The interface language: co-actors named as often are ordered (and cut) by their name in it. */
  language: InterfaceLanguage = 'en',
): { actors: ActorPage[]; refsByArticle: Map<string, ActorRef[]> } {
  const byName = actorNameOrder(language);
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const appearances = new Map<string, ActorAppearance[]>();
  const mentionCounts = new Map<string, number>();
  const coCounts = new Map<string, Map<string, number>>();
  const refsByArticle = new Map<string, ActorRef[]>();

  for (const record of [...records].sort(compareArticles)) {
    const inArticle = new Map<string, ActorAppearance['mentions']>();
    for (const mention of record.mentions) {
      if (!byId.has(mention.actorId)) continue;
      const list = inArticle.get(mention.actorId) ?? [];
      list.push({ surface: mention.surface, sentence: mention.sentence, via: mention.via });
      inArticle.set(mention.actorId, list);
    }
    const ids = [...inArticle.keys()];
    const refs = ids.map((id) => byId.get(id)!).sort((a, b) => (a.type === b.type ? 0 : a.type === 'person' ? -1 : 1));
    refsByArticle.set(record.id, refs.map(refOf));
    for (const [id, mentions] of inArticle) {
      mentionCounts.set(id, (mentionCounts.get(id) ?? 0) + mentions.length);
      const list = appearances.get(id) ?? [];
      list.push({ article: { id: record.id, url: articleUrl(record.id), title: record.title, date: record.date, dateSource: record.dateSource, lang: record.lang }, mentions: uniqueSentences(mentions) });
      appearances.set(id, list);
      const co = coCounts.get(id) ?? new Map<string, number>();
      for (const other of ids) if (other !== id) co.set(other, (co.get(other) ?? 0) + 1);
      coCounts.set(id, co);
    }
  }

  const actors = entries.map((entry): ActorPage => {
    const seen = appearances.get(entry.id) ?? [];
    const dates = seen.map((a) => a.article.date).filter((d): d is string => d !== null);
    const coActors = [...(coCounts.get(entry.id) ?? new Map<string, number>())]
      .map(([id, articles]) => ({ ...refOf(byId.get(id)!), articles }))
      .sort((a, b) => b.articles - a.articles || byName(a, b))
      .slice(0, CO_ACTORS_SHOWN);
    return {
      ...entry,
      url: actorUrl(entry.id),
      mentionCount: mentionCounts.get(entry.id) ?? 0,
      articleCount: seen.length,
      firstDate: dates[0] ?? null,
      lastDate: dates[dates.length - 1] ?? null,
      appearances: seen,
      coActors,
      meetings: meetingsByActor.get(entry.id) ?? [],
    };
  });
  actors.sort((a, b) => compareStrings(a.id, b.id));
  return { actors, refsByArticle };
}

export function refOf(entry: ActorEntry): ActorRef {
  return { id: entry.id, name: entry.name, displayNames: entry.displayNames, type: entry.type };
}

/** The same sentence naming someone twice is shown once. */
function uniqueSentences(mentions: ActorAppearance['mentions']): ActorAppearance['mentions'] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.sentence) ? false : (seen.add(m.sentence), true)));
}
