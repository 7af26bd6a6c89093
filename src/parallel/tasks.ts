/**
 * The per-article extraction steps that run on worker threads for large builds (and in the
 * main thread otherwise): pure functions of their input and the knowledge base, so where
 * they run never changes what they give.
 */
import { buildActorLexicon, extractActors, type ActorLexicon } from '../extract/actors/index.ts';
import { findTextDates } from '../extract/dates/index.ts';
import { buildGazetteer, findMeetingMentions, type Gazetteer, type MeetingMention } from '../extract/meetings/index.ts';
import type { KnowledgeBase } from '../knowledge/schema.ts';
import type { BodyBlock, IsoDate, Lang, Mention } from '../types.ts';

export interface ActorsInput {
  blocks: BodyBlock[];
  lang: Lang;
  date: IsoDate | null;
  authors: string[];
}

export interface MeetingsInput {
  blocks: BodyBlock[];
  lang: Lang;
  date: IsoDate | null;
  mentions: Mention[];
}

/** What the workers need of the knowledge base (it is copied to each of them once). */
export type TaskKnowledge = Pick<KnowledgeBase, 'actors' | 'places'>;

export interface ExtractionTasks {
  actors(input: ActorsInput): ReturnType<typeof extractActors>;
  meetings(input: MeetingsInput): MeetingMention[];
}

export type TaskName = keyof ExtractionTasks;

/** The tasks over `knowledge`; a gazetteer already built for it (the main thread has one) is reused. */
export function extractionTasks(knowledge: TaskKnowledge, built: Gazetteer | null = null): ExtractionTasks {
  let lexicon: ActorLexicon | null = null;
  let gazetteer = built;
  return {
    actors: ({ blocks, lang, date, authors }) => extractActors(blocks, { lang, date, authors }, (lexicon ??= buildActorLexicon(knowledge.actors))),
    meetings: ({ blocks, lang, date, mentions }) =>
      findMeetingMentions(
        blocks,
        { lang, date, mentions, textDates: date ? findTextDates(blocks, date) : [] },
        (gazetteer ??= buildGazetteer(knowledge.places, knowledge.actors)),
      ),
  };
}
