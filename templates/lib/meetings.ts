import type { MeetingKind, MeetingStatus } from '../../src/types.ts';

export const KIND_NAMES: Record<MeetingKind, string> = { 'in-person': 'In person', video: 'Video call', phone: 'Phone call' };
export const STATUS_NAMES: Record<MeetingStatus, string> = { held: 'Held', planned: 'Planned', postponed: 'Postponed', cancelled: 'Cancelled' };
