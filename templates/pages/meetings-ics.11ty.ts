import type { MeetingPage } from '../../src/site/model.ts';
import { withPrefix } from '../lib/links.ts';
import { settings } from '../../src/site/settings.ts';
import { absoluteUrls } from '../lib/absolute.ts';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { CALENDAR_PATH } from '../lib/feeds.ts';
import { actorName, meetingPlace, meetingTitle, t } from '../lib/i18n.ts';
import { calendar, CALENDAR_STATUSES, meetingStamp, type CalendarEvent } from '../lib/ical.ts';

export const data = { ...ONCE_PER_SITE, permalink: CALENDAR_PATH };

/** `meetings.ics`: held and planned meetings with a date, as all-day events to subscribe to. */
export function render(this: RenderContext, { site }: PageData): string {
  const absolute = absoluteUrls(withPrefix(this.url('/')));
  const host = new URL(settings.url).hostname;
  const events = site.meetings
    .filter((meeting) => meeting.date !== null && CALENDAR_STATUSES.has(meeting.status))
    .map((meeting): CalendarEvent => ({
      uid: `${meeting.id}@${host}`,
      stamp: meetingStamp(meeting),
      start: meeting.date!,
      end: meeting.endDate && meeting.endDate > meeting.date! ? meeting.endDate : meeting.date!,
      summary: meetingTitle(meeting),
      description: describe(meeting, absolute(meeting.url)),
      location: meetingPlace(meeting),
      url: absolute(meeting.url),
      status: meeting.status === 'held' ? 'CONFIRMED' : 'TENTATIVE',
      categories: [t(`kind.${meeting.kind}`), t(`status.${meeting.status}`)],
    }));
  return calendar({
    name: t('feeds.calendarName', { site: settings.title }),
    description: t('feeds.calendarDescription'),
    url: absolute(CALENDAR_PATH),
    language: settings.language,
    events,
  });
}

/** The event's notes: format and status, participants, how sure the date is, the page. */
function describe(meeting: MeetingPage, url: string): string {
  const lines = [`${t(`kind.${meeting.kind}`)} · ${t(`status.${meeting.status}`)}`];
  if (meeting.participants.length) lines.push(`${t('meeting.participants')}: ${meeting.participants.map(actorName).join(', ')}`);
  if (meeting.approximate) lines.push(t('meeting.approxNote'));
  lines.push(url);
  return lines.join('\n');
}
