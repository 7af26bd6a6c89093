import { compareStrings } from '../diagnostics.ts';
import type { KnownActor } from '../knowledge/schema.ts';
import type { ActorAppearance, ActorPage, ActorRef, MeetingRef } from '../site/model.ts';
import type { ArticleRecord } from '../types.ts';
import { articleUrl, compareArticles } from './timeline.ts';

/** What is known about an actor before counting: from the knowledge base or found in text. */
export type ActorEntry = Pick<ActorPage, 'id' | 'type' | 'name' | 'inKnowledgeBase' | 'names' | 'side' | 'country' | 'roles'>;

/** How many co-mentioned actors an actor page lists. */
const CO_ACTORS_SHOWN = 12;

export function actorUrl(id: string): string {
  return `/actors/${id}/`;
}

export function entryFromKnowledge(actor: KnownActor): ActorEntry {
  if (actor.type === 'organisation') {
    return { id: actor.id, type: 'organisation', name: actor.name, inKnowledgeBase: true, names: { en: actor.name, uk: actor.uk[0] ?? null, ru: actor.ru[0] ?? null }, side: actor.side, country: actor.country ?? null, roles: [] };
  }
  const full = (names: { given: string[]; surname: string[] }) => `${names.given[0] ?? ''} ${names.surname[0] ?? ''}`.trim();
  return {
    id: actor.id,
    type: 'person',
    name: actor.name,
    inKnowledgeBase: true,
    names: { en: actor.name, uk: full(actor.uk), ru: full(actor.ru) },
    side: actor.side,
    country: actor.country,
    roles: actor.roles.map((role) => ({ title: role.title, from: role.from, to: role.to })),
  };
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
): { actors: ActorPage[]; refsByArticle: Map<string, ActorRef[]> } {
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
    refsByArticle.set(record.id, refs.map(({ id, name, type }) => ({ id, name, type })));
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
      .sort((a, b) => b.articles - a.articles || compareStrings(a.name, b.name))
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

function refOf(entry: ActorEntry): ActorRef {
  return { id: entry.id, name: entry.name, type: entry.type };
}

/** The same sentence naming someone twice is shown once. */
function uniqueSentences(mentions: ActorAppearance['mentions']): ActorAppearance['mentions'] {
  const seen = new Set<string>();
  return mentions.filter((m) => (seen.has(m.sentence) ? false : (seen.add(m.sentence), true)));
}
