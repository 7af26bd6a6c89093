import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findTextDates, inferPublicationDate, scanDateExpressions } from '../../../src/extract/dates/index.ts';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));

/** The seed's lines as blocks, with the leading "date YYYY-MM-DD" taken off the first one. */
function readSeed(name: string): { date: string | null; blocks: { text: string }[] } {
  const lines = readFileSync(SEEDS + name, 'utf8').replace(/\r\n?/g, '\n').split('\n');
  const m = /^\s*date (\d{4}-\d{2}-\d{2})\s*/.exec(lines[0] ?? '');
  if (m) lines[0] = lines[0]!.slice(m[0].length);
  return { date: m?.[1] ?? null, blocks: lines.filter((l) => l.trim() !== '').map((text) => ({ text })) };
}

function datesOf(name: string): string[] {
  const { date, blocks } = readSeed(name);
  return findTextDates(blocks, date!).map((d) => `${d.text} → ${d.date}`);
}

describe('seeds', () => {
  it('000 (uk, 2025-11-25): "сьогоднішня зустріч" is the publication day', () => {
    expect(datesOf('000_8124e8ad9604be43.txt')).toEqual(['сьогоднішня → 2025-11-25']);
  });

  it('001 (ru, 2025-12-31): the NSA meeting planned for 3 January, no month-only dates', () => {
    expect(datesOf('001_d573edd654c68f5f.txt')).toEqual(['3 января → 2026-01-03']);
    const { blocks } = readSeed('001_d573edd654c68f5f.txt');
    expect(scanDateExpressions(blocks).find((e) => e.text === '3 января')?.future).toBe(true);
  });

  it('002 (ru, 2025-11-26): dateline, "во вторник" = 25 Nov, Putin on 21 Nov', () => {
    expect(datesOf('002_c3f19f54ed547ed9.txt')).toEqual([
      '26 ноя → 2025-11-26',
      'во вторник → 2025-11-25',
      'во вторник → 2025-11-25',
      '21 ноября → 2025-11-21',
    ]);
  });

  it('003 (uk, no date line): inferred 2025-11-30 from the recalled 29 листопада', () => {
    const { date, blocks } = readSeed('003_83dcc17e5d22c300.txt');
    expect(date).toBeNull();
    const inferred = inferPublicationDate(blocks, '2025-11-26');
    expect(inferred?.date).toBe('2025-11-30');
    expect(inferred?.expression).toMatchObject({ text: '29 листопада', recalled: true });
    expect(inferPublicationDate(blocks, null)).toBeNull();
    // Once the date is known, "сьогоднішніх зустрічей" is that day.
    expect(findTextDates(blocks, '2025-11-30').map((d) => `${d.text} → ${d.date}`)).toEqual([
      'сьогоднішніх → 2025-11-30',
      '29 листопада → 2025-11-29',
    ]);
  });

  it('004 (uk, 2026-01-07): 7 січня (continuing work) and the recalled 6 січня summit', () => {
    expect(datesOf('004_56c201d3acdcaa1f.txt')).toEqual([
      '7 січня → 2026-01-07',
      '7 січня → 2026-01-07',
      '6 січня → 2026-01-06',
    ]);
    const { blocks } = readSeed('004_56c201d3acdcaa1f.txt');
    const flags = scanDateExpressions(blocks).map((e) => [e.text, e.future, e.recalled]);
    expect(flags).toEqual([
      ['7 січня', true, false],
      ['7 січня', true, false],
      ['6 січня', false, true],
    ]);
  });
});
