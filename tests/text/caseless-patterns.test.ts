/**
 * Under the "i" flag a class is closed under case: "\p{Lu}" matches "в" as well as "В", so a
 * rule that wants a capitalised name silently takes any word. Patterns that test case must be
 * built with caselessRegExp; this keeps new ones from slipping back to "/…/iu".
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
const CASE_CLASS = /\\\\?p\{L[ul]\}/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** Regex literals with the i flag, and `new RegExp(…, '…i…')` calls, as source spans. */
function caseInsensitivePatterns(source: string): string[] {
  const literals = [...source.matchAll(/(?<=[=(,:?]\s*)\/(?![/*])(?:\\.|\[(?:\\.|[^\]\\])*\]|[^/\\\n[])+\/[dgmsuvy]*i[dgmsuvy]*/g)].map((m) => m[0]);
  const calls = [...source.matchAll(/new RegExp\(/g)].flatMap((m) => {
    const flags = /,\s*'([dgimsuvy]*)'\s*,?\s*\)/.exec(source.slice(m.index));
    return flags && flags[1]!.includes('i') ? [source.slice(m.index, m.index + flags.index)] : [];
  });
  return [...literals, ...calls];
}

describe('patterns that test letter case', () => {
  it('finds the trap in a sample, so the check below can fail', () => {
    expect(caseInsensitivePatterns(String.raw`const A = /в\s+\p{Lu}/iu;`).some((p) => CASE_CLASS.test(p))).toBe(true);
    expect(caseInsensitivePatterns("const B = new RegExp(`в\\\\s+\\\\p{Lu}`, 'giu');").some((p) => CASE_CLASS.test(p))).toBe(true);
    expect(caseInsensitivePatterns(String.raw`const C = /в\s+\p{Lu}/u;`)).toEqual([]);
  });

  it('never use \\p{Lu} or \\p{Ll} under the i flag anywhere in src/', () => {
    const offenders = sourceFiles(SRC).flatMap((file) =>
      caseInsensitivePatterns(readFileSync(file, 'utf8'))
        .filter((pattern) => CASE_CLASS.test(pattern))
        .map((pattern) => `${file}: ${pattern.slice(0, 80)}`),
    );
    expect(offenders).toEqual([]);
  });
});
