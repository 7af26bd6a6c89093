/** Shared helpers of the actor tests. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { KnownActor } from '../../../src/knowledge/schema.ts';
import type { Lang } from '../../../src/types.ts';
import { buildActorLexicon, extractActors, type ActorExtraction, type ActorLexicon } from '../../../src/extract/actors/index.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** A seed file as blocks, one per line, without the leading ` date YYYY-MM-DD` marker. */
export function seedBlocks(file: string): { text: string }[] {
  const text = readFileSync(path.join(ROOT, 'seeds', file), 'utf8');
  return text.split('\n').map((line, i) => ({ text: i === 0 ? line.replace(/^\s*date \d{4}-\d{2}-\d{2}\s*/u, '') : line }));
}

const lexicons = new Map<readonly KnownActor[], ActorLexicon>();
export function lexiconOf(actors: readonly KnownActor[]): ActorLexicon {
  let lex = lexicons.get(actors);
  if (!lex) {
    lex = buildActorLexicon(actors);
    lexicons.set(actors, lex);
  }
  return lex;
}

export function extract(actors: readonly KnownActor[], text: string | string[], lang: Lang, date: string | null = null, authors: string[] = []): ActorExtraction {
  const blocks = (Array.isArray(text) ? text : [text]).map((t) => ({ text: t }));
  return extractActors(blocks, { lang, date, authors }, lexiconOf(actors));
}

/** Actor ids in order of first mention. */
export function ids(result: ActorExtraction, only?: (id: string) => boolean): string[] {
  return [...new Set(result.mentions.map((m) => m.actorId))].filter((id) => !only || only(id));
}

/** [actorId, surface] of every mention. */
export function pairs(result: ActorExtraction): [string, string][] {
  return result.mentions.map((m) => [m.actorId, m.surface]);
}
