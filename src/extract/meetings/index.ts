/**
 * Meetings (talks, calls, summits, sessions) in Ukrainian and Russian articles: the
 * mentions in one article, then the meetings they add up to across articles.
 *
 *   const gazetteer = buildGazetteer(knowledge.places, knowledge.actors); // actors: organisations' seats
 *   const mentions = findMeetingMentions(blocks, { lang, date, mentions, textDates }, gazetteer);
 *   const meetings = mergeMeetings(perArticle, knowledge.meetings, actors, gazetteer);
 */
export { buildGazetteer, type Gazetteer } from './gazetteer.ts';
export { findMeetingMentions, type MeetingContext, type MeetingMention } from './find-mentions.ts';
export {
  mergeMeetings,
  type ArticleMeetingMentions,
  type MeetingCoverage,
  type MeetingRecord,
  type MeetingStatusChange,
} from './merge.ts';
export { actorUk, meetingTitle, meetingTitleUk, type ActorInfo, type ActorUk, type PlaceUk } from './titles.ts';
