/**
 * Dates in running Ukrainian and Russian text: a hand-written grammar, resolution against
 * the article's publication date, and inference of a missing publication date.
 */
export type { DateExpression } from './expression.ts';
export { scanDateExpressions } from './grammar.ts';
export {
  FORWARD_SLACK_DAYS,
  FORWARD_WINDOW_DAYS,
  FUTURE_WINDOW_DAYS,
  PAST_WINDOW_DAYS,
  findTextDates,
  resolveDateExpression,
} from './resolve.ts';
export { inferPublicationDate } from './infer.ts';
