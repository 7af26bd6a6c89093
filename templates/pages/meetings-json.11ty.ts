import { meetingJson } from '../../src/site/json.ts';
import type { PageData } from '../lib/eleventy.ts';

export const data = { permalink: '/data/meetings.json', eleventyExcludeFromCollections: true };

/** `data/meetings.json`: every meeting with participants, status history and covering articles. */
export function render({ site }: PageData): string {
  return `${JSON.stringify(site.meetings.map(meetingJson), null, 2)}\n`;
}
