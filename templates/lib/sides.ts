import type { Side } from '../../src/types.ts';
import { t } from './i18n.ts';

export function sideName(side: Side | null): string {
  return t(`side.${side ?? 'none'}`);
}

export function sideAnchor(side: Side | null): string {
  return `side-${side ?? 'unlisted'}`;
}
