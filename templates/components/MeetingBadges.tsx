import type { MeetingRef } from '../../src/site/model.ts';
import { t } from '../lib/i18n.ts';

/**
 * Format and status, in words (colour only repeats what the words say), with a space between
 * them so they are not read (or copied) as one word.
 */
export function MeetingBadges({ meeting }: { meeting: Pick<MeetingRef, 'kind' | 'status'> }) {
  return (
    <>
      <span class={`badge kind-${meeting.kind}`}>{t(`kind.${meeting.kind}`)}</span>{' '}
      <span class={`badge status-${meeting.status}`}>{t(`status.${meeting.status}`)}</span>
    </>
  );
}
