/**
 * Properties of the input-facing code, fuzzed with fast-check: nothing throws on any input,
 * every input gives a record or a diagnostic, dates are calendar days, offsets are inside the
 * text, ids are unique, the timeline order is total and stable, and HTML escaping round-trips.
 * Bounded (a fixed seed, ≤ 200 runs a property) so the file runs in seconds.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { assignArticleIds } from '../../src/assemble/ids.ts';
import { compareArticles } from '../../src/assemble/timeline.ts';
import { buildActorLexicon, extractActors } from '../../src/extract/actors/index.ts';
import { findTextDates, inferPublicationDate, scanDateExpressions } from '../../src/extract/dates/index.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load.ts';
import { escapeHtml, parseArticle } from '../../src/parse/article.ts';
import { isRealDate } from '../../src/parse/dates.ts';
import { decodeBytes, decodeName } from '../../src/read/decode.ts';
import { readSeedFolder } from '../../src/read/read-folder.ts';
import type { IsoDate, Lang } from '../../src/types.ts';
import { KNOWLEDGE_DIR, sourceFile, tempFolder } from '../helpers.ts';

/** FC_SEED and FC_RUNS explore further (e.g. FC_RUNS=5000 with a random FC_SEED) without changing the suite. */
const RUNS = { numRuns: Number(process.env.FC_RUNS ?? 200), seed: Number(process.env.FC_SEED ?? 20251125) } as const;
const TODAY = new Date('2026-02-01T00:00:00Z');

// ── Generators ──────────────────────────────────────────────────────────────────────────────

const cyrillic = fc.string({ unit: fc.integer({ min: 0x400, max: 0x4ff }).map((c) => String.fromCodePoint(c)), maxLength: 12 });
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCodePoint(c));
const anyChar = fc.string({ unit: 'binary', maxLength: 8 });

/** Words of the date grammar, with numbers, punctuation and noise between them. */
const DATE_WORDS = [
  ...'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' '),
  ...'января февраля марта апреля мая июня июля августа сентября октября ноября декабря'.split(' '),
  ...'ноя дек янв лист. груд. січ'.split(' '),
  ...'понеділок вівторок середу четвер пʼятницю суботу неділю понедельник вторник среду четверг пятницу субботу воскресенье'.split(' '),
  ...'сьогодні вчора позавчора завтра післязавтра напередодні сегодня вчера накануне минулого наступної прошлый следующую'.split(' '),
  ...'з по до с – - — . , 2025 2026 1991 року года р. г. у в во на запланована відбудеться Нагадаємо Напомним ввечері'.split(' '),
];
const dateWord = fc.oneof(
  fc.constantFrom(...DATE_WORDS),
  fc.integer({ min: 0, max: 40 }).map(String),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1900, max: 2100 })).map(([d, m, y]) => `${d}.${m}.${y}`),
  cyrillic,
);
const dateText = fc.array(dateWord, { maxLength: 30 }).map((words) => words.join(' '));
const blocksOf = (text: fc.Arbitrary<string>) => fc.array(text.map((t) => ({ text: t })), { minLength: 1, maxLength: 4 });
const isoDate = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

function expectCalendarDay(date: IsoDate): void {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(date);
  expect(match, date).not.toBeNull();
  expect(isRealDate(Number(match![1]), Number(match![2]), Number(match![3])), date).toBe(true);
}

/** Text shaped like what parseArticle meets: front-matter-like and date-line-like openings, Cyrillic, controls. */
const articleText = fc
  .tuple(
    fc.constantFrom('', '---\n', '---\r\n', ' date ', 'date: ', 'DATE ', '\uFEFF', '---\ntitle: ', '---\ndate: ', '---\n---\n', ' date 2025-11-25', 'date 2025-02-30 ', '# '),
    fc.array(fc.oneof(cyrillic, dateText, anyChar, control, fc.constantFrom('\n', '\n\n', ': ', '---', '[', ']', '{', '"', "'", '- ', '#', '*', '<script>', '](javascript:x)', '\t')), { maxLength: 25 }),
  )
  .map(([prefix, parts]) => prefix + parts.join(''));

// ── Properties ─────────────────────────────────────────────────────────────────────────────

describe('reading', () => {
  it('decodeBytes never throws, and gives text without CR or control characters, or a reason', () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 100 }).map((s) => new TextEncoder().encode(s)),
      fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], []), fc.uint8Array({ maxLength: 100 })).map(([bom, rest]) => new Uint8Array([...bom, ...rest])),
    );
    fc.assert(
      fc.property(bytes, (input) => {
        const result = decodeBytes(input);
        if (result.ok) {
          expect(result.text).not.toMatch(/[\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u);
          for (const note of result.notes ?? []) expect(note.line).toBeGreaterThanOrEqual(1);
        } else {
          expect(result.detail).not.toBe('');
        }
      }),
      RUNS,
    );
  });

  it('readSeedFolder never throws, and every article file gives a record or a diagnostic', () => {
    // Names are any bytes a Linux file name may hold (not "/", not NUL): UTF-8 or not.
    const nameBytes = fc.oneof(
      fc.string({ unit: fc.constantFrom(...'abcйцук .-_"\'()<>'.split('')), minLength: 1, maxLength: 12 }).map((n) => Buffer.from(n)),
      fc.uint8Array({ minLength: 1, maxLength: 12 }).map((b) => Buffer.from(b.filter((x) => x !== 0 && x !== 0x2f))),
    );
    const file = fc.record({
      name: nameBytes,
      ext: fc.constantFrom('.txt', '.md', '.TXT', '.doc', ''),
      bytes: fc.oneof(fc.uint8Array({ maxLength: 200 }), articleText.map((t) => new TextEncoder().encode(t))),
    });
    fc.assert(
      fc.property(fc.uniqueArray(file, { selector: (f) => Buffer.concat([f.name, Buffer.from(f.ext)]).toString('hex'), maxLength: 6 }), (files) => {
        const dir = tempFolder({}, 'peace-timeline-prop-');
        const names: string[] = [];
        for (const f of files) {
          const bytes = Buffer.concat([f.name, Buffer.from(f.ext)]);
          if (bytes.length === 0 || bytes.equals(Buffer.from('.')) || bytes.equals(Buffer.from('..'))) continue;
          writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), bytes]), f.bytes);
          names.push(decodeName(bytes).text);
        }
        const reading = readSeedFolder(dir, dir);
        const articles = names.filter((n) => !n.startsWith('.') && /\.(txt|md)$/iu.test(n));
        expect(reading.seen).toBe(articles.length);
        for (const name of articles) {
          const read = reading.files.some((f) => f.name === name);
          const reported = reading.diagnostics.some((d) => d.file === name && d.severity === 'error');
          expect(read !== reported, name).toBe(true);
        }
      }),
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 40) },
    );
  });
});

describe('parsing', () => {
  it('parseArticle never throws; every file gives an article or an error', () => {
    fc.assert(
      fc.property(articleText, fc.constantFrom('a.txt', 'a.md'), (text, name) => {
        const { article, diagnostics } = parseArticle(sourceFile(name, text.replace(/\r\n?/gu, '\n')), TODAY);
        if (!article) expect(diagnostics.some((d) => d.severity === 'error')).toBe(true);
        else {
          if (article.date) expectCalendarDay(article.date);
          expect(article.title).not.toBe('');
          for (const block of article.blocks) expect(block.line).toBeGreaterThanOrEqual(1);
        }
        for (const d of diagnostics) expect(d.line >= 1 && d.column >= 1).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('the date grammar', () => {
  it('scanDateExpressions never throws; offsets are inside the block and give the text', () => {
    fc.assert(
      fc.property(blocksOf(dateText), (blocks) => {
        for (const e of scanDateExpressions(blocks)) {
          const text = blocks[e.block]!.text;
          expect(0 <= e.start && e.start < e.end && e.end <= text.length).toBe(true);
          expect(text.slice(e.start, e.end)).toBe(e.text);
          if (e.month !== undefined) expect(e.month >= 1 && e.month <= 12).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it('findTextDates never throws and returns calendar days, ranges in order', () => {
    fc.assert(
      fc.property(blocksOf(dateText), isoDate, (blocks, publication) => {
        for (const d of findTextDates(blocks, publication)) {
          expectCalendarDay(d.date);
          expectCalendarDay(d.endDate);
          expect(d.endDate >= d.date).toBe(true);
          expect(blocks[d.block]!.text.slice(d.start, d.end)).toBe(d.text);
        }
      }),
      RUNS,
    );
  });

  it('inferPublicationDate never throws and returns a calendar day', () => {
    fc.assert(
      fc.property(blocksOf(dateText), fc.option(isoDate, { nil: null }), (blocks, context) => {
        const inferred = inferPublicationDate(blocks, context);
        if (inferred) expectCalendarDay(inferred.date);
      }),
      RUNS,
    );
  });
});

describe('the actor extractor, with the real knowledge base', () => {
  let lexicon: ReturnType<typeof buildActorLexicon>;
  let words: string[];
  beforeAll(() => {
    const { knowledge } = loadKnowledgeBase(KNOWLEDGE_DIR);
    lexicon = buildActorLexicon(knowledge.actors);
    // Every name the knowledge base knows, with case endings and role words around it.
    const names = knowledge.actors.flatMap((a) => JSON.stringify(a).match(/[\u0400-\u04FF][\u0400-\u04FFʼ'’-]+/gu) ?? []);
    words = [...new Set([...names, 'голова', 'Офісу', 'президента', 'зять', 'Трампа', 'радник', 'глава', 'Кремля', 'з', 'у', 'та', 'і', ',', '.', '«', '»', '—'])];
  });

  it('never throws, and every mention lies inside its block', () => {
    const ending = fc.constantFrom('', 'ом', 'а', 'у', 'ові', 'им', 'ой', 'ем', 'ого', 'ій');
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.oneof(fc.tuple(fc.constantFrom(...words), ending).map(([w, e]) => w + e), cyrillic, anyChar), { maxLength: 25 }), { minLength: 1, maxLength: 3 }),
        fc.constantFrom<Lang>('uk', 'ru'),
        fc.option(isoDate, { nil: null }),
        (paragraphs, lang, date) => {
          const blocks = paragraphs.map((p) => ({ text: p.join(' ') }));
          const found = extractActors(blocks, { lang, date, authors: [] }, lexicon);
          for (const m of [...found.mentions, ...found.unknownPeople]) {
            const text = blocks[m.block]!.text;
            expect(0 <= m.start && m.start < m.end && m.end <= text.length, JSON.stringify(m)).toBe(true);
            expect(text.slice(m.start, m.end)).toBe(m.surface);
          }
        },
      ),
      RUNS,
    );
  });
});

describe('assembling', () => {
  it('gives every file its own id, the same on every run, safe in a URL', () => {
    const item = fc.record({ title: fc.oneof(fc.constantFrom('Переговори', 'Переговоры', '', '!!!'), cyrillic, anyChar), lang: fc.constantFrom<Lang>('uk', 'ru'), file: fc.string({ minLength: 1, maxLength: 20 }) });
    fc.assert(
      fc.property(fc.uniqueArray(item, { selector: (i) => i.file, maxLength: 20 }), (items) => {
        const ids = assignArticleIds(items);
        expect(new Set(ids).size).toBe(items.length);
        expect(assignArticleIds(items)).toEqual(ids);
        for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/u);
      }),
      // Slugs cost about a millisecond each (@sindresorhus/slugify): fewer runs keep this bounded.
      { ...RUNS, numRuns: Math.min(RUNS.numRuns, 100) },
    );
  });

  it('orders the timeline totally and stably', () => {
    const entry = fc.record({ date: fc.option(fc.constantFrom('2025-11-25', '2025-11-26', '2026-01-07'), { nil: null }), file: fc.constantFrom('a.txt', 'b.txt', 'Б.txt', 'a.md') });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 30 }), (list) => {
        for (const a of list) {
          expect(compareArticles(a, a)).toBe(0);
          for (const b of list) {
            expect(Math.sign(compareArticles(a, b)) + Math.sign(compareArticles(b, a))).toBe(0);
            for (const c of list) if (compareArticles(a, b) <= 0 && compareArticles(b, c) <= 0) expect(compareArticles(a, c)).toBeLessThanOrEqual(0);
          }
        }
        // Stable: equal entries keep their order; and the order does not depend on the input's.
        const tagged = list.map((x, i) => ({ ...x, i }));
        const sorted = [...tagged].sort(compareArticles);
        for (let k = 1; k < sorted.length; k++) {
          if (compareArticles(sorted[k - 1]!, sorted[k]!) === 0) expect(sorted[k - 1]!.i).toBeLessThan(sorted[k]!.i);
        }
        const keys = (l: typeof tagged) => l.map((x) => `${x.date}|${x.file}`);
        expect(keys([...tagged].reverse().sort(compareArticles))).toEqual(keys(sorted));
      }),
      RUNS,
    );
  });
});

describe('HTML escaping', () => {
  /** A DOM-less decoder for what escapeHtml writes and what HTML allows for it. */
  const decode = (html: string) =>
    html.replace(/&(?:#(\d+)|#x([\da-f]+)|(amp|lt|gt|quot|apos));/giu, (_m, dec: string, hex: string, name: string) =>
      dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16)) : ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[name.toLowerCase()]!,
    );

  it('round-trips any text, and leaves no markup character unescaped', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.array(fc.constantFrom('&', '<', '>', '"', "'", '&amp;', '&lt;', '&#39;', 'a', 'ї')).map((p) => p.join(''))), (text) => {
        const escaped = escapeHtml(text);
        expect(decode(escaped)).toBe(text);
        expect(escaped).not.toMatch(/[<>"']|&(?!(?:amp|lt|gt|quot|#39);)/u);
      }),
      RUNS,
    );
  });
});
