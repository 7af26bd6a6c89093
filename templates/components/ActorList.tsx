import type { ActorPage, ActorRef } from '../../src/site/model.ts';
import { t } from '../lib/i18n.ts';
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
              {actor.name}
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

/** The Ukrainian and Russian names of every actor that has them (unlike its English one), by id. */
export function otherNamesOf(actors: readonly ActorPage[]): ReadonlyMap<string, readonly string[]> {
  let map = otherNamesCache.get(actors);
  if (map) return map;
  map = new Map();
  for (const actor of actors) {
    const names = [...new Set([actor.names.uk, actor.names.ru].filter((name): name is string => !!name && name !== actor.name))];
    if (names.length) map.set(actor.id, names);
  }
  otherNamesCache.set(actors, map);
  return map;
}

/** Made once per build: every article and meeting page asks for the same list. */
const otherNamesCache = new WeakMap<readonly ActorPage[], Map<string, string[]>>();
