/**
 * A stretch of tokens that may name an actor, before overlaps are settled. Spans are
 * token indices into one block (`first`..`last`, inclusive).
 */
import type { Mention } from '../../types.ts';
import type { Case } from './forms.ts';

export type CandidateKind = 'person' | 'organisation' | 'unknown' | 'role';

export interface UnknownName {
  given: string;
  surname: string;
  /** Nominative "given surname" in the article's language. */
  name: string;
  key: string;
}

export interface Candidate {
  kind: CandidateKind;
  /** Known actor; null for an unknown person. */
  actorId: string | null;
  first: number;
  last: number;
  via: Mention['via'];
  /** Cases the words can stand for; null when not known (stem fallback). */
  cases: Case[] | null;
  unknown?: UnknownName;
  /** Roles: where the qualifier starts (names inside it stand on their own). */
  ofFirst?: number;
  /** Roles of one coordinated list ("советники … Великобритании, Германии и Франции"). */
  group?: number;
  /**
   * A bare surname in an oblique case opening a sentence ("Кошти надійшли" next to Кошта):
   * capitals prove nothing there, so it counts only if the article names the actor
   * elsewhere.
   */
  weak?: boolean;
}

export function length(c: Candidate): number {
  return c.last - c.first + 1;
}

export function overlaps(a: { first: number; last: number }, b: { first: number; last: number }): boolean {
  return a.first <= b.last && b.first <= a.last;
}
