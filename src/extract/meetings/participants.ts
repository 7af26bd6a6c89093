/**
 * Who takes part in a meeting: the actors named in its part of the sentence (not the
 * addressee of a report, a name inside a title or a speaker's place), and, for the verbs of
 * receiving, whether a guest or a host is named at all.
 */
import { caselessRegExp } from '../../text/case-insensitive-literals.ts';
import type { Mention } from '../../types.ts';
import { clauseAt, type Clause } from './clauses.ts';
import type { Span } from './draft.ts';
import type { Gazetteer, PlaceHit } from './gazetteer.ts';
import { RELATION_NOUN, REPORT_VERB } from './vocabulary.ts';

/**
 * Actors named in `range` who take part: not the addressee of a report ("доповів
 * президенту"), not a name inside someone's title ("зять Трампа Джаред Кушнер",
 * "керівника Офісу Президента Кирила Буданова"), not a speaker's place ("В Кремле
 * заявили"), and not someone quoted in a "що …" clause that does not hold the meeting word.
 */
export function participantsIn(
  text: string,
  range: Span,
  actors: readonly Mention[],
  places: readonly PlaceHit[],
  clauseFilter: { clauses: readonly Clause[]; trigger: Span } | null,
): string[] {
  const out = new Set<string>();
  const triggerClause = clauseFilter ? clauseAt(clauseFilter.clauses, clauseFilter.trigger.start) : null;
  const sorted = [...actors].sort((a, b) => a.start - b.start || b.end - a.end);
  const speakers = places.filter((h) => h.speaker);
  sorted.forEach((m, k) => {
    if (m.start < range.start || m.end > range.end) return;
    if (clauseFilter && triggerClause) {
      const clause = clauseAt(clauseFilter.clauses, m.start);
      if (clause !== triggerClause && clause.subordinate) return;
    }
    const before = text.slice(Math.max(0, m.start - 45), m.start);
    if (RELATION_NOUN.test(before)) return;
    const report = REPORT_VERB.exec(before);
    if (report && !/[,.;:!?]/u.test(before.slice(report.index))) return;
    if (speakers.some((h) => h.start <= m.start && h.end >= m.end)) return;
    // A body named inside a person's title ("керівник Офісу президента"): the longer span
    // starts at or before it, so it is among the few mentions just before it.
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
      const o = sorted[j]!;
      if (o.end >= m.end && o.end - o.start > m.end - m.start) return;
    }
    // A name right before another one is the genitive of a title ("Офісу Президента Кирила
    // Буданова", "зять президента США Джаред Кушнер"); lists have commas or conjunctions.
    const follower = sorted[k + 1];
    if (
      follower &&
      follower.start >= m.end &&
      follower.start - m.end <= 4 &&
      follower.actorId !== m.actorId &&
      /^[\s«»"„“”]+$/u.test(text.slice(m.end, follower.start))
    ) {
      return;
    }
    out.add(m.actorId);
  });
  return [...out].sort();
}

/**
 * "прийняв Віткоффа", "принял в Кремле американского спецпосланника Уиткоффа": a person
 * within a few words after the verb, or a guest named by a title ("прийняла посла",
 * "принимал делегацию", "приймав тимчасового повіреного"). A venue and a city written first
 * ("принял в загородной резиденции в Сочи посла …") are skipped.
 */
export function personRightAfter(text: string, trigger: Span, actors: readonly Mention[], places: readonly PlaceHit[], gazetteer: Gazetteer): boolean {
  if (NOT_A_GUEST.test(text.slice(trigger.end, trigger.end + 30))) return false;
  let from = trigger.end;
  for (const h of places) {
    if (h.start < from || h.start - from > 60) continue;
    if (!h.locative || !/^\s+(?:в|у|во|на)\s[^,.;:!?]*$/u.test(text.slice(from, h.start))) break;
    from = h.end;
  }
  if (GUEST_TITLE.test(text.slice(from, from + 60))) return true;
  return actors.some((m) => m.start >= from && m.start - from <= 60 && !gazetteer.organisations.has(m.actorId) && !/[,.;:!?]/u.test(text.slice(trigger.end, m.start)));
}

/**
 * The guest told first as a pronoun, the host after the verb: "його прийняв Папа", "її
 * прийняла в Анкарі президентка …", "их принял президент Египта". The host is a person named
 * within a few words, or a title of office in the nominative; "його прийняла Рада" (a law
 * adopted) names neither.
 */
export function receivedByHost(text: string, trigger: Span, actors: readonly Mention[], gazetteer: Gazetteer): boolean {
  if (!GUEST_BEFORE.test(text.slice(Math.max(0, trigger.start - 16), trigger.start))) return false;
  const after = text.slice(trigger.end, trigger.end + 60);
  if (HOST_TITLE.test(after)) return true;
  return actors.some(
    (m) => m.start >= trigger.end && m.start - trigger.end <= 40 && !gazetteer.organisations.has(m.actorId) && !/[,.;:!?]/u.test(text.slice(trigger.end, m.start)),
  );
}

/** The verbs of receiving (not convening): only they take a guest told before them by "якого/которого". */
export const RECEIVING = /^(?:прийн|прийм|прийма|принял|принима|прим)/iu;

/** The guest before the verb: a pronoun, or visitors named by a plural noun ("американцев примет …"). */
const GUEST_BEFORE = /(?<![\p{L}])(?:його|її|їх|его|её|ее|их|гостей|гостя|делегацію|делегацию|американців|американцев|європейців|европейцев|колег|коллег)\s+$/iu;
/** A host by title, after a place or a venue perhaps: "архієпископ", "папа", "президент", "генсек". */
const HOST_TITLE =
  caselessRegExp(String.raw`^\s+(?:(?:у|в|во|на)\s+(?:\p{L}+\s+){1,3})?(?:\p{Ll}[\p{L}-]*(?:ий|ій|ой|ый)\s+)?(?:архієпископ|архиепископ|кардинал|папа|понтифік|понтифик|патріарх|патриарх|президент|прем['’ʼ]?єр-міністр|премьер-министр|прем['’ʼ]?єр|премьер|канцлер|король|королева|емір|эмир|наслідний\s+принц|наследный\s+принц|принц|султан|шейх|міністр|министр|генсек|генеральний\s+секретар|генеральный\s+секретарь|глава|голова|посол|мер|губернатор|спікер|спикер)(?![\p{L}])`);

/**
 * A guest named by a title in the accusative right after "прийняв/принял" (one adjective may come
 * first), in either case: communiqués capitalise titles ("принял Генерального секретаря …"). A
 * venue the gazetteer does not know ("принял в загородной резиденции посла"), a manner
 * ("особисто прийняв") and "both" ("обох голів делегацій") may come between.
 */
const GUEST_TITLE =
  caselessRegExp(String.raw`^\s+(?:(?:у|в|во)\s+(?:[\p{L}-]+\s+){1,2}?)?(?:особисто|лично|офіційно|официально|урочисто|торжественно)?\s*(?:обох|обоих|двох|двух)?\s*(?:\p{L}[\p{L}-]*(?:ого|ього|ую|ю|их|іх|ых)\s+)?(?:тимчасово\p{L}*\s+|временно\p{L}*\s+)?(?:повірен(?:ого|их)|поверенн(?:ого|ых)|посл(?:а|ів|ов)|послів|міністр(?:а|ів)|министр(?:а|ов)|спецпосланц(?:я|ів)|спецпосланник(?:а|ов)|посланник(?:а|ів|ов)|спецпредставник(?:а|ів)|спецпредставител(?:я|ей)|представник(?:а|ів)|представител(?:я|ей)|делегаці(?:ю|ї)|делегаци(?:ю|и)|глав(?:у|ів)?|голів|голову|прем['’ʼ]?єр\p{L}*|премьер\p{L}*|президент(?:а|ів|ов)|канцлер(?:а|ів|ов)|генсек(?:а|ретаря)|генерального\s+секретаря|держсекретар(?:я)|госсекретар(?:я)|радник(?:а|ів)|советник(?:а|ов)|лідер(?:а|ів)|лидер(?:а|ов)|помічник(?:а|ів)|помощник(?:а|ов)|гост(?:я|ей|ів)|колег(?:у|ів)|коллег(?:у)?)(?![\p{L}])`);

/** What is "adopted", not "received": "прийняв рішення", "принял участие", "приняла закон". */
const NOT_A_GUEST =
  /^\s+(?:рішенн|решени|участ|закон|заяв|декларац|резолюц|документ|постанов|указ|бюджет|мер|санкц|пакет|план|присяг|відставк|отставк|умов|услови|поздравлени|привітанн|вітанн|пропозиц|предложени|до\s+уваги|во\s+внимание|к\s+сведению|на\s+себе)/iu;
