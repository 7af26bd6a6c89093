/**
 * Sentence templates for the synthetic corpus, written for the purpose in Ukrainian and
 * Russian (no text is copied from the seeds). Slots:
 *
 *   {A} {B} {C}           people of the article, full name, nominative;
 *   {A.gen} … {A.ins}     the same in the genitive, dative, accusative, instrumental;
 *   {a} {a.gen} …         surname only;
 *   {A.role} {A.Role}     A's role at the article's date ("держсекретар США"), may be empty;
 *   {R} {R.Cap}           a role only ("голова Офісу президента"), naming its holder;
 *   {O} {O.Cap}           an organisation, nominative or abbreviation;
 *   {P} {P.in} {P.gen} {P.to}  a place: nominative, "у Женеві", "Женеви", "до Женеви"
 *                         (a capital letter in a modifier, {P.In}, {O.Cap}, only documents a
 *                         sentence start: every sentence is capitalised anyway);
 *   {D}                   a date near the article's ("25 листопада");
 *   {Q}                   a quotation's words;  {N} the article's outlet;  {dash} – or —;
 *   [A:він|вона]          the form agreeing with A's (or R's) gender.
 */
import type { Lang } from '../../src/types.ts';
import { RU } from './phrases-ru.ts';
import { UK } from './phrases-uk.ts';

export interface Phrasebook {
  titles: readonly string[];
  sentences: readonly string[];
  quotes: readonly string[];
  headings: readonly string[];
  tags: readonly string[];
  photoCredits: readonly string[];
  readAlso: readonly string[];
  nowWatching: readonly string[];
  adverts: readonly string[];
  tagsLabel: readonly string[];
  breadcrumbs: readonly string[];
  /** Month names in the genitive ("листопада"), January first. */
  months: readonly string[];
  /** Agency dateline month abbreviations ("ноя"), or empty when the language has no such style. */
  datelineMonths: readonly string[];
  datelineCities: readonly string[];
  year: string;
  /** Preposition before a locative ("у", "в"), with the Russian "во" before в/ф + consonant. */
  inPrep: (locative: string) => string;
  /** "до Женеви" (genitive) or "в Женеву" (accusative). */
  toPlace: (forms: { gen: string; acc: string }) => string;
  /** Quotation: «…», – said X. */
  quoteDash: string;
}

export const PHRASES: Record<Lang, Phrasebook> = { uk: UK, ru: RU };
