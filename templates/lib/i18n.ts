/**
 * Interface strings in the site's language (`site.config.json`), from `templates/locales/`.
 * English is the reference: every other locale must have the same keys (a test checks).
 */
import { DateTime } from 'luxon';
import { settings, type InterfaceLanguage } from '../../src/site/settings.ts';
import type { IsoDate } from '../../src/types.ts';
import en from '../locales/en.json' with { type: 'json' };
import uk from '../locales/uk.json' with { type: 'json' };

type Messages = typeof en;
type PluralMessage = { one: string; other: string; few?: string; many?: string };
export type MessageKey = { [K in keyof Messages]: Messages[K] extends string ? K : never }[keyof Messages];
export type PluralKey = { [K in keyof Messages]: Messages[K] extends string ? never : K }[keyof Messages];

export const LOCALE_MESSAGES: Record<InterfaceLanguage, Record<string, string | PluralMessage>> = { en, uk };

const messages = LOCALE_MESSAGES[settings.language] as Record<string, string | PluralMessage>;
const pluralRules = new Intl.PluralRules(settings.locale);
const numbers = new Intl.NumberFormat(settings.locale);

function fill(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A meeting's title in the interface's language ("US–Ukraine talks in Geneva" / "Переговори США та України в Женеві"). */
export function meetingTitle(meeting: { titles: Record<InterfaceLanguage, string> }): string {
  return meeting.titles[settings.language];
}

/** A meeting's place in the interface's language ("Geneva" / "Женева"), or null. */
export function meetingPlace(meeting: { placeNames: Record<InterfaceLanguage, string> | null }): string | null {
  return meeting.placeNames?.[settings.language] ?? null;
}

/** A person's or organisation's name in the interface's language ("Rustem Umerov" / "Рустем Умєров"). */
export function actorName(actor: { displayNames: Record<InterfaceLanguage, string> }): string {
  return actor.displayNames[settings.language];
}

/** An interface string, with `{name}` placeholders filled. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const message = messages[key] ?? en[key];
  return fill(typeof message === 'string' ? message : key, params);
}

/** "1 article", "3 статті", "5 статей": the plural form the language needs for `count`. */
export function tCount(key: PluralKey, count: number): string {
  const forms = (messages[key] ?? en[key]) as PluralMessage;
  const form = forms[pluralRules.select(count) as keyof PluralMessage] ?? forms.other;
  return fill(form, { count: numbers.format(count) });
}

/** Formatted dates by key: pages repeat the same few dates thousands of times. */
function memoised(format: (key: string) => string): (key: string) => string {
  const known = new Map<string, string>();
  return (key) => {
    let text = known.get(key);
    if (text === undefined) known.set(key, (text = format(key)));
    return text;
  };
}

/** "25 November 2025" / "25 листопада 2025 р." */
export const formatDate: (date: IsoDate) => string = memoised((date) =>
  DateTime.fromISO(date, { zone: 'utc' }).setLocale(settings.locale).toLocaleString({ day: 'numeric', month: 'long', year: 'numeric' }),
);

/** "November 2025" / "Листопад 2025 р." for a `YYYY-MM` key (capitalised: it heads a section). */
export const formatMonth: (key: string) => string = memoised((key) => {
  const text = DateTime.fromISO(`${key}-01`, { zone: 'utc' }).setLocale(settings.locale).toLocaleString({ month: 'long', year: 'numeric' });
  return text.charAt(0).toLocaleUpperCase(settings.locale) + text.slice(1);
});
