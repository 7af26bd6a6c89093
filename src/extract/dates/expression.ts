/** A date expression found in running text, before it is pinned to a calendar day. */
export interface DateExpression {
  /** Index of the block (paragraph) in the input array. */
  block: number;
  /** Offsets in that block's text; `text` is `blockText.slice(start, end)`. */
  start: number;
  end: number;
  text: string;
  kind: 'absolute' | 'day-month' | 'weekday' | 'relative';
  /**
   * As written (month 1–12). For a range whose year is written once at the end
   * ("30 грудня – 2 січня 2026 року") `year` is filled in from `endYear` (one less when
   * the range crosses New Year), so an expression with any year written has both.
   */
  year?: number;
  month?: number;
  day?: number;
  /** Last day of a range ("з 15 по 17 січня", "15–17 января", "30 ноября – 2 декабря"). */
  endYear?: number;
  endMonth?: number;
  endDay?: number;
  /** 1 = Monday … 7 = Sunday; also set on a date written beside its weekday ("у вівторок, 25 листопада"). */
  weekday?: number;
  /** The last weekday of a span of weekdays ("с понедельника по среду" → 3). */
  endWeekday?: number;
  /** "минулого вівторка", "в прошлый вторник" → last; "наступної середи", "в следующую среду" → next. */
  direction?: 'last' | 'next';
  /**
   * "цього четверга", "в этот четверг": the weekday of the publication's own week (Monday to
   * Sunday), ahead or behind, whatever the tense: a plan "мав відбутися цього четверга"
   * written on a Monday is three days on.
   */
  thisWeek?: boolean;
  /**
   * A day written alone with its ordinal ending ("Увечері 1-го Кислиця …", "к 15-го"): a day of
   * the publication's month, or of the month before when it lies ahead of a past-tense clause.
   */
  dayOnly?: boolean;
  /** сьогодні/сегодня 0, вчора/вчера −1, позавчора −2, завтра +1, післязавтра +2, напередодні/накануне −1. */
  relativeDays?: number;
  /** The clause holding the expression points forward (відбудеться, запланирована, продовжать …). */
  future: boolean;
  /** The sentence opens with a recall marker (Нагадаємо, Напомним, Як відомо, Раніше …). */
  recalled: boolean;
}
