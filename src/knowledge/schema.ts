/**
 * The knowledge base's shape: YAML files under `knowledge/` a curator edits by hand.
 * Every file is validated against these schemas when loaded; the inferred types are what
 * the rest of the pipeline sees.
 */
import { z } from 'zod';

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

/** Accept YAML dates (parsed as Date objects by some loaders) as well as strings. */
const dateField = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  isoDate,
);

const slugId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lowercase Latin slugs, like "marco-rubio"');

const phraseList = z.array(z.string().min(1)).default([]);

export const sideSchema = z.enum(['ukraine', 'usa', 'europe', 'russia', 'international']);

/**
 * Phrases that name the holder of a role without naming the person, per language.
 * `head` is the office word(s) in the nominative ("держсекретар", "голова", "глава");
 * `of` is what follows it ("США", "Офісу президента", "Кремля"), as written after the head,
 * or empty when the head alone is unambiguous ("спецпосланець Трампа" has head + of).
 */
const roleReference = z
  .object({
    head: z.string().min(1),
    of: z.string().default(''),
  })
  .strict();

const roleSchema = z
  .object({
    title: z.object({ en: z.string().min(1), uk: z.string().min(1), ru: z.string().min(1) }).strict(),
    from: dateField.nullable().default(null),
    /** Last day in the role (inclusive). */
    to: dateField.nullable().default(null),
    refer: z
      .object({ uk: z.array(roleReference).default([]), ru: z.array(roleReference).default([]) })
      .strict()
      .default({ uk: [], ru: [] }),
    note: z.string().optional(),
  })
  .strict();

/** Names of a person in one language: given names and surnames, nominative, main form first. */
const personNames = z
  .object({
    given: z.array(z.string().min(1)).min(1),
    surname: z.array(z.string().min(1)).min(1),
    /** Whole-name forms matched as written, e.g. nicknames; rarely needed. */
    aliases: phraseList,
  })
  .strict();

export const personSchema = z
  .object({
    id: slugId,
    type: z.literal('person'),
    name: z.string().min(1),
    gender: z.enum(['male', 'female']),
    side: sideSchema,
    country: z.string().length(2),
    uk: personNames,
    ru: personNames,
    roles: z.array(roleSchema).default([]),
    note: z.string().optional(),
  })
  .strict();

export const organisationSchema = z
  .object({
    id: slugId,
    type: z.literal('organisation'),
    name: z.string().min(1),
    side: sideSchema,
    country: z.string().length(2).optional(),
    /** Full names per language, nominative, main form first; matched in any case form. */
    uk: z.array(z.string().min(1)).min(1),
    ru: z.array(z.string().min(1)).min(1),
    /** Abbreviations matched exactly, case-sensitive (РНБО, СНБО, НАТО, ГУР). */
    abbreviations: phraseList,
    /**
     * English name of the place in `places.yaml` where the body always sits and meets
     * ("Moscow" for Russia's Security Council): a session of it is there unless the text
     * names another place.
     */
    seat: z.string().min(1).optional(),
    /**
     * The Ukrainian name in the genitive, for meeting titles in the Ukrainian interface
     * ("Відеоконференція Коаліції охочих"); without it a title uses an abbreviation or the
     * nominative ("Коаліція охочих: відеоконференція").
     */
    ukGenitive: z.string().min(1).optional(),
    note: z.string().optional(),
  })
  .strict();

export const actorSchema = z.discriminatedUnion('type', [personSchema, organisationSchema]);

/**
 * A place in the gazetteer: countries, regions, cities and venues (a residence, a palace,
 * a seat of government such as the Kremlin or the White House), with inflected forms.
 */
export const placeSchema = z
  .object({
    id: slugId,
    name: z.string().min(1),
    kind: z.enum(['city', 'country', 'region', 'venue']),
    /** English name of the place this one lies in ("Florida" for Mar-a-Lago, "Moscow" for the Kremlin). */
    within: z.string().optional(),
    /** Countries only: English name of the capital city ("Paris"), for "у столиці Франції". */
    capital: z.string().min(1).optional(),
    /** Every form as it may appear in text, including case forms (Женева, Женеві, Женеве). */
    uk: z.array(z.string().min(1)).min(1),
    ru: z.array(z.string().min(1)).min(1),
    /**
     * "In this place" in Ukrainian, preposition first: "у Женеві", "у Мар-а-Лаго", "на
     * Даунінг-стріт"; the word(s) after it must be one of the `uk` forms. Meeting titles in the
     * Ukrainian interface use it ("Саміт у Парижі"); without it they name the place after a
     * comma ("Саміт, Париж").
     */
    ukIn: z
      .string()
      .regex(/^(?:у|в|на) \S/u, 'a preposition (у, в or на), a space and the place: "у Женеві"')
      .optional(),
    note: z.string().optional(),
  })
  .strict()
  .superRefine((place, context) => {
    if (place.capital !== undefined && place.kind !== 'country') {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ['capital'], message: `only a country has a capital (this place is a ${place.kind})` });
    }
    const inWhat = place.ukIn?.replace(/^\S+ /u, '');
    if (inWhat !== undefined && !place.uk.includes(inWhat)) {
      context.addIssue({ code: z.ZodIssueCode.custom, path: ['ukIn'], message: `"${inWhat}" is not one of the place's uk forms` });
    }
  });

/** A meeting the curator knows about: titles and facts the text may lack. */
export const curatedMeetingSchema = z
  .object({
    id: slugId,
    title: z.string().min(1),
    /** The title in Ukrainian, for the Ukrainian interface; made from the facts when absent. */
    titleUk: z.string().min(1).optional(),
    date: dateField,
    place: z.string().nullable().default(null),
    kind: z.enum(['in-person', 'video', 'phone']),
    status: z.enum(['held', 'planned', 'postponed', 'cancelled']),
    participants: z.array(slugId).default([]),
    note: z.string().optional(),
  })
  .strict();

/** A news outlet, recognised by name, domain or attribution. */
export const outletSchema = z
  .object({
    name: z.string().min(1),
    domains: z.array(z.string().min(1)).default([]),
    /** Other ways texts name it (inflected or transliterated): «Главкому», РИА «Новости». */
    aliases: phraseList,
    lang: z.enum(['uk', 'ru', 'en']).optional(),
    note: z.string().optional(),
  })
  .strict();

export type RoleReference = z.infer<typeof roleReference>;
export type Role = z.infer<typeof roleSchema>;
export type PersonNames = z.infer<typeof personNames>;
export type Person = z.infer<typeof personSchema>;
export type Organisation = z.infer<typeof organisationSchema>;
export type KnownActor = z.infer<typeof actorSchema>;
export type Place = z.infer<typeof placeSchema>;
export type CuratedMeeting = z.infer<typeof curatedMeetingSchema>;
export type Outlet = z.infer<typeof outletSchema>;

/** The whole knowledge base, loaded and validated. */
export interface KnowledgeBase {
  actors: KnownActor[];
  places: Place[];
  meetings: CuratedMeeting[];
  outlets: Outlet[];
}
