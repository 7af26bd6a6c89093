import type { Side } from '../../src/types.ts';

export const SIDE_NAMES: Record<Side | 'none', string> = {
  ukraine: 'Ukraine',
  usa: 'United States',
  europe: 'Europe',
  russia: 'Russia',
  international: 'International',
  none: 'Not in the knowledge base',
};

export function sideName(side: Side | null): string {
  return SIDE_NAMES[side ?? 'none'];
}

export function sideAnchor(side: Side | null): string {
  return `side-${side ?? 'unlisted'}`;
}
