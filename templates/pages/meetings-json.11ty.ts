import { meetingJson } from '../../src/site/json.ts';
import { ONCE_PER_SITE, type PageData } from '../lib/eleventy.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/data/meetings.json' };

/** `data/meetings.json`: every meeting with participants, status history and covering articles. */
export function render({ site }: PageData): string {
  return `${JSON.stringify(site.meetings.map(meetingJson), null, 2)}\n`;
}
