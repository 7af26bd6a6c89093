import { actorJson } from '../../src/site/json.ts';
import { ONCE_PER_SITE, type PageData } from '../lib/eleventy.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/data/actors.json' };

/** `data/actors.json`: every actor with names, roles, and the ids of the articles naming it. */
export function render({ site }: PageData): string {
  return `${JSON.stringify(site.actors.map(actorJson), null, 2)}\n`;
}
