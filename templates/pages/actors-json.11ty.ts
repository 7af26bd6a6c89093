import { actorJson } from '../../src/site/json.ts';
import type { PageData } from '../lib/eleventy.ts';

export const data = { permalink: '/data/actors.json', eleventyExcludeFromCollections: true };

/** `data/actors.json`: every actor with names, roles, and the ids of the articles naming it. */
export function render({ site }: PageData): string {
  return `${JSON.stringify(site.actors.map(actorJson), null, 2)}\n`;
}
