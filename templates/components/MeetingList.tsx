import type { MeetingRef } from '../../src/site/model.ts';
import { formatDate, meetingPlace, meetingTitle, t } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';
import { MeetingBadges } from './MeetingBadges.tsx';

/** Meetings as a list of links with date, place, format and status. */
export function MeetingList({ meetings }: { meetings: readonly MeetingRef[] }) {
  const href = useHref();
  return (
    <ul class="meeting-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <a href={href(`/meetings/${meeting.id}/`)}>{meetingTitle(meeting)}</a>{' '}
          <span class="meeting-meta">
            {meeting.date ? <time dateTime={meeting.date}>{formatDate(meeting.date)}</time> : t('meeting.dateUnknown')}
            {meeting.placeNames ? ` · ${meetingPlace(meeting)}` : ''} · <MeetingBadges meeting={meeting} />
          </span>
        </li>
      ))}
    </ul>
  );
}
