import type { MeetingRef } from '../../src/site/model.ts';
import { KIND_NAMES, STATUS_NAMES } from '../lib/meetings.ts';

/** Format and status, in words (colour only repeats what the words say). */
export function MeetingBadges({ meeting }: { meeting: Pick<MeetingRef, 'kind' | 'status'> }) {
  return (
    <>
      <span class={`badge kind-${meeting.kind}`}>{KIND_NAMES[meeting.kind]}</span>
      <span class={`badge status-${meeting.status}`}>{STATUS_NAMES[meeting.status]}</span>
    </>
  );
}
