/**
 * Where a meeting took place, as its sentence tells it: a place governed by a locative near
 * the meeting word, a reference word's place ("досягнутих у Женеві"), a visit's destination,
 * a host city as subject; whether it names a place the gazetteer does not know; and the verbs
 * that are meetings only in a setting.
 */
import type { Mention } from '../../types.ts';
import type { Clause } from './clauses.ts';
import { adjacent, distance, type Span } from './draft.ts';
import type { Gazetteer, PlaceHit } from './gazetteer.ts';
import { HOSTING_BETWEEN, type TriggerMatch } from './vocabulary.ts';

const REFERENCE_DISTANCE = 40;
/** A city or venue said to be where something happens: governed by a locative, not a speaker's. */
export function whereMet(h: PlaceHit): boolean {
  return h.locative && !h.speaker && !h.modifier && h.place.kind !== 'country';
}

/**
 * Verbs that are meetings only in a setting, checked before the sentence is cut into events
 * (a verb that is none must not split it): two people right before a place right before the
 * verb ("Сибіга і Фідан в Анкарі обговорюють"), or a place anywhere in the sentence.
 */
export function settingSatisfied(text: string, t: TriggerMatch, places: readonly PlaceHit[], actors: readonly Mention[], gazetteer: Gazetteer): boolean {
  if (t.spec.needsSetting && !places.some(whereMet)) return false;
  if (t.spec.needsPairAfterVenue) return pairAfterVenue(text, t, places, actors, gazetteer);
  if (!t.spec.needsPairAtVenue) return true;
  const venue = places.find((h) => h.end <= t.start && /^\s+$/u.test(text.slice(h.end, t.start)) && whereMet(h));
  if (!venue) return false;
  const people = actors.filter((m) => m.end <= venue.start && !gazetteer.organisations.has(m.actorId));
  const last = people[people.length - 1];
  // The pair is the verb's subject: nothing but the preposition between the last name and the place.
  return last !== undefined && /^\s+(?:у|в|во|на)\s+$/iu.test(text.slice(last.end, venue.start)) && new Set(people.map((m) => m.actorId)).size >= 2;
}

/** Two people joined by a conjunction right before the verb, a city or venue before them in the clause. */
function pairAfterVenue(text: string, t: TriggerMatch, places: readonly PlaceHit[], actors: readonly Mention[], gazetteer: Gazetteer): boolean {
  const people = actors.filter((m) => m.end <= t.start && !gazetteer.organisations.has(m.actorId));
  const second = people[people.length - 1];
  if (!second || !/^\s+$/u.test(text.slice(second.end, t.start))) return false;
  const first = [...people].reverse().find((m) => m.actorId !== second.actorId && m.end <= second.start);
  if (!first || !/\s(?:і|й|и|та)\s/u.test(text.slice(first.end, second.start)) || /[,.;:!?«»]/u.test(text.slice(first.end, second.start))) return false;
  const venue = places.find((h) => h.end <= first.start && first.start - h.end <= 80 && whereMet(h));
  return venue !== undefined && !/[.;:!?]/u.test(text.slice(venue.end, first.start));
}

/**
 * Where a "reference" word points: a city, region or venue within a few words after it,
 * located there ("досягнутих у Женеві", "обсуждений в Анкоридже") or a city or region
 * right after it in the genitive ("дух Анкориджа"). Places as parties ("домовленостей між
 * Вашингтоном і Москвою") are not where something was agreed.
 */
export function referencePlace(text: string, trigger: TriggerMatch, places: readonly PlaceHit[]): PlaceHit | null {
  if (!trigger.spec.needsPlace) return null;
  // "женевські домовленості", "стамбульских договоренностей": a city adjective right before.
  const adjective = places.find((h) => h.via === 'adjective' && h.end <= trigger.start && adjacent(text, h, trigger));
  if (adjective) return adjective;
  for (const h of places) {
    if (h.start < trigger.end || h.start - trigger.end > REFERENCE_DISTANCE) continue;
    if (h.place.kind === 'country' || h.speaker || h.modifier || h.via === 'adjective') continue;
    if (h.locative || (h.place.kind !== 'venue' && adjacent(text, trigger, h))) return h;
  }
  return null;
}

/** The most specific place nearest the meeting word (an enclosing place mentioned too is dropped). */
export function choosePlace(hits: readonly PlaceHit[], trigger: Span): string | null {
  const names = new Set(hits.map((h) => h.place.name));
  const specific = hits.filter((h) => !hits.some((o) => o !== h && o.place.ancestors.includes(h.place.name) && names.has(o.place.name)));
  let best: PlaceHit | null = null;
  for (const h of specific) if (!best || distance(h, trigger) < distance(best, trigger)) best = h;
  return best?.place.name ?? null;
}

export function visitDestination(text: string, places: readonly PlaceHit[], trigger: Span): string | null {
  const hit = places.find(
    (h) => h.start > trigger.end && h.start - trigger.end <= 50 && !h.speaker && !h.modifier && /(?<![\p{L}])(?:до|в|у|во)\s+$/iu.test(text.slice(Math.max(0, h.start - 4), h.start)),
  );
  return hit && !/[,.;:!?]/u.test(text.slice(trigger.end, hit.start)) ? hit.place.name : null;
}

/**
 * "Женева вже приймала переговори", "Стамбул примет встречу": a place as the subject of
 * hosting right before the meeting word.
 */
export function hostPlace(text: string, places: readonly PlaceHit[], trigger: Span): string | null {
  for (let k = places.length - 1; k >= 0; k--) {
    const h = places[k]!;
    if (h.end > trigger.start) continue;
    if (trigger.start - h.end > 60) break;
    if (h.locative || h.speaker || h.via !== 'name') continue;
    if (HOSTING_BETWEEN.test(text.slice(h.end, trigger.start))) return h.place.name;
  }
  return null;
}

/**
 * "намічена на 3 березня в Тисабечі": "у/в" + a capitalised word the gazetteer does not know
 * (not a known place, not an abbreviation) in the meeting's clause.
 */
export function namesUnknownPlace(text: string, clause: Clause, places: readonly PlaceHit[]): boolean {
  const pattern = /(?<![\p{L}])(?:у|в|во)\s+(\p{Lu}\p{Ll}[\p{L}'’ʼ-]*)/gu;
  for (const m of text.slice(clause.start, clause.end).matchAll(pattern)) {
    const at = clause.start + m.index + m[0].length - m[1]!.length;
    if (!places.some((h) => h.start <= at && at < h.end)) return true;
  }
  return false;
}
