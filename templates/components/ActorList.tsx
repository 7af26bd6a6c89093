import type { ActorRef } from '../../src/site/model.ts';
import { useHref } from '../lib/links.ts';

/** Actors as links to their pages; nothing at all when there are none. */
export function ActorList({ actors, label }: { actors: readonly ActorRef[]; label: string }) {
  const href = useHref();
  if (actors.length === 0) return null;
  return (
    <ul class="actor-list" aria-label={label}>
      {actors.map((actor) => (
        <li key={actor.id} class={`actor actor-${actor.type}`}>
          <a href={href(`/actors/${actor.id}/`)}>{actor.name}</a>
        </li>
      ))}
    </ul>
  );
}
