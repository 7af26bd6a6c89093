import type { ActorPage, ActorRef } from '../../src/site/model.ts';
import { settings } from '../../src/site/settings.ts';
import { actorName, t } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';

/**
 * Actors as links to their pages; nothing at all when there are none. With `searchFilter`,
 * each name is also a value of that search filter (Pagefind's `data-pagefind-filter`); with
 * `otherNames`, a link's title gives the actor's Ukrainian and Russian names, which search
 * indexes too, so "Умєров" finds a Russian article that writes "Умеров".
 */
export function ActorList({ actors, label, searchFilter, otherNames }: { actors: readonly ActorRef[]; label: string; searchFilter?: string; otherNames?: ReadonlyMap<string, readonly string[]> }) {
  const href = useHref();
  if (actors.length === 0) return null;
  return (
    <ul class="actor-list" aria-label={label}>
      {actors.map((actor) => {
        const names = otherNames?.get(actor.id) ?? [];
        return (
          <li key={actor.id} class={`actor actor-${actor.type}`}>
            <a href={href(`/actors/${actor.id}/`)} data-pagefind-filter={searchFilter} title={names.length ? names.join(' · ') : undefined} data-pagefind-index-attrs={names.length ? 'title' : undefined}>
              {actorName(actor)}
            </a>
          </li>
        );
      })}
    </ul>
  );
}

/** The search filter the people of an article or meeting page belong to, if the site has one (src/site/site-data.ts). */
export function actorSearchFilter(site: { search: { peopleFilter: boolean } }): string | undefined {
  return site.search.peopleFilter ? t('search.filterActor') : undefined;
}

/**
 * Every actor's names other than the one the interface shows, by id: the Ukrainian and
 * Russian ones (and, in the Ukrainian interface, the English one), so that search finds a
 * page by any of them.
 */
export function otherNamesOf(actors: readonly ActorPage[]): ReadonlyMap<string, readonly string[]> {
  let map = otherNamesCache.get(actors);
  if (map) return map;
  map = new Map();
  for (const actor of actors) {
    const shown = actorName(actor);
    const candidates = settings.language === 'en' ? [actor.names.uk, actor.names.ru] : [actor.names.uk, actor.names.ru, actor.names.en];
    const names = [...new Set(candidates.filter((name): name is string => !!name && name !== shown))];
    if (names.length) map.set(actor.id, names);
  }
  otherNamesCache.set(actors, map);
  return map;
}

/** Made once per build: every article and meeting page asks for the same list. */
const otherNamesCache = new WeakMap<readonly ActorPage[], Map<string, string[]>>();
