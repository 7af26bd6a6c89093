/**
 * The calendar the synthetic coverage reports on: the knowledge base's curated meetings
 * plus invented rounds of talks every one to two weeks, each with a date, a place and
 * participants. Many articles cover the same event, as real coverage does, so the
 * number of distinct meetings grows with the calendar, not with the number of articles.
 * Depends only on the seed.
 */
import type { IsoDate } from '../../src/types.ts';
import { Random } from './prng.ts';
import type { Vocabulary } from './vocabulary.ts';

export interface CalendarEvent {
  /** A curated meeting's id, or null for an invented one. */
  id: string | null;
  date: IsoDate;
  /** English place name (places.yaml `name`), or null for a call. */
  place: string | null;
  participants: string[];
}

export const FIRST_DAY: IsoDate = '2024-01-01';
export const LAST_DAY: IsoDate = '2027-06-30';

/** Cities where invented rounds of talks take place, by English name. */
const VENUES = ['Geneva', 'Abu Dhabi', 'Riyadh', 'Istanbul', 'Miami', 'Paris', 'London', 'Berlin', 'Washington', 'Moscow', 'Kyiv', 'Doha', 'Jeddah', 'Brussels', 'Rome'];

export function buildCalendar(vocabulary: Vocabulary, seed: number): CalendarEvent[] {
  const rng = new Random(seed, 0);
  const people = vocabulary.byLang.uk.people;
  const weights = people.map((p) => [p.id, p.weight] as const);
  const places = new Set(vocabulary.byLang.uk.places.map((p) => p.name));
  const venues = VENUES.filter((v) => places.has(v));
  const events: CalendarEvent[] = vocabulary.meetings
    .filter((m) => m.date >= FIRST_DAY && m.date <= LAST_DAY)
    .map((m) => ({ id: m.id, date: m.date, place: m.place, participants: m.participants }));
  for (let day = addDays(FIRST_DAY, rng.int(0, 6)); day <= LAST_DAY; day = addDays(day, rng.int(7, 14))) {
    const participants = new Set<string>();
    const size = rng.int(2, 4);
    for (let tries = 0; participants.size < size && tries < 30; tries++) participants.add(rng.weighted(weights));
    events.push({ id: null, date: day, place: venues.length > 0 && rng.chance(0.85) ? rng.pick(venues) : null, participants: [...participants] });
  }
  return events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const DAY_MS = 86_400_000;

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
