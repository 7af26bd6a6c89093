import { rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, ReadMemo, readSeedFolder } from '../../src/read/read-folder.ts';
import { tempFolder } from '../helpers.ts';

describe('readSeedFolder', () => {
  it('reads .txt and .md files, sub-folders included, in name order', () => {
    const dir = tempFolder({ 'b.txt': 'Б', 'a.md': 'А', 'sub/c.txt': 'В', 'notes.docx': 'x', '.hidden.txt': 'x', '.DS_Store': 'x' });
    const result = readSeedFolder(dir, dir);
    expect(result.files.map((f) => [f.name, f.display, f.text])).toEqual([
      ['a.md', 'a.md', 'А'],
      ['b.txt', 'b.txt', 'Б'],
      ['sub/c.txt', 'sub/c.txt', 'В'],
    ]);
    expect(result.diagnostics.map((d) => [d.file, d.severity, d.code])).toEqual([
      ['.hidden.txt', 'warning', 'hidden-file'],
      ['notes.docx', 'warning', 'unsupported-extension'],
    ]);
  });

  it('warns when it decodes Windows-1251', () => {
    const dir = tempFolder({ 'a.txt': iconv.encode('Переговори у Женеві тривали весь день. Делегації працювали.\n'.repeat(3), 'windows-1251') });
    const result = readSeedFolder(dir, dir);
    expect(result.files[0]!.encoding).toBe('windows-1251');
    expect(result.diagnostics).toMatchObject([{ file: 'a.txt', severity: 'warning', code: 'legacy-encoding' }]);
  });

  it('reports binary files as errors', () => {
    const dir = tempFolder({ 'a.txt': new Uint8Array([1, 0, 2, 0]) });
    expect(readSeedFolder(dir, dir).diagnostics).toMatchObject([{ file: 'a.txt', severity: 'error', code: 'binary-file' }]);
  });

  it('ignores a symbolic link that points outside the folder', () => {
    const outside = tempFolder({ 'secret.txt': 'секрет' });
    const dir = tempFolder({ 'a.txt': 'А' });
    symlinkSync(path.join(outside, 'secret.txt'), path.join(dir, 'link.txt'));
    const result = readSeedFolder(dir, dir);
    expect(result.files.map((f) => f.name)).toEqual(['a.txt']);
    expect(result.diagnostics).toMatchObject([{ file: 'link.txt', severity: 'warning', code: 'link-outside' }]);
  });

  it('reports a missing folder instead of throwing', () => {
    const result = readSeedFolder('/nonexistent/peace-timeline-seeds', '/');
    expect(result.files).toEqual([]);
    expect(result.diagnostics).toMatchObject([{ severity: 'error', code: 'seeds-folder' }]);
  });

  it('keeps file names with spaces, quotes and Cyrillic', () => {
    const dir = tempFolder({});
    writeFileSync(path.join(dir, 'Переговори "у" Женеві.txt'), 'Текст');
    expect(readSeedFolder(dir, dir).files.map((f) => f.name)).toEqual(['Переговори "у" Женеві.txt']);
  });

  it('does not walk a link back into the folder twice, and reports hidden folders holding articles', () => {
    const dir = tempFolder({ 'sub/a.txt': 'А', '.drafts/b.txt': 'Б', '.git/HEAD': 'ref' });
    symlinkSync('..', path.join(dir, 'sub', 'loop'));
    const result = readSeedFolder(dir, dir);
    expect(result.files.map((f) => f.name)).toEqual(['sub/a.txt']);
    expect(result.diagnostics.map((d) => [d.file, d.code])).toEqual([
      ['.drafts', 'hidden-folder'],
      ['sub/loop', 'link-loop'],
    ]);
  });

  it('reads words typed in two alphabets in one, with one warning a file', () => {
    const dir = tempFolder({ 'a.txt': 'Умeров і Вiткофф зустрілися.\niPhone-ом і COVID-19 не чіпаємо.' });
    const result = readSeedFolder(dir, dir);
    expect(result.files[0]!.text).toBe('Умеров і Віткофф зустрілися.\niPhone-ом і COVID-19 не чіпаємо.');
    expect(result.diagnostics).toMatchObject([{ file: 'a.txt', line: 1, column: 1, severity: 'warning', code: 'mixed-script' }]);
  });

  it('refuses a file over the size limit without reading it', () => {
    const dir = tempFolder({ 'big.txt': new Uint8Array(MAX_FILE_BYTES + 1).fill(0x41) });
    expect(readSeedFolder(dir, dir)).toMatchObject({ files: [], seen: 1, diagnostics: [{ file: 'big.txt', severity: 'error', code: 'file-too-large' }] });
  });

  it('reads a file whose name is not UTF-8, and refuses a second file of the same decoded name', () => {
    const dir = tempFolder({});
    writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), iconv.encode('Київ.txt', 'windows-1251')]), 'А');
    expect(readSeedFolder(dir, dir)).toMatchObject({ files: [{ name: 'Київ.txt', text: 'А' }], diagnostics: [{ file: 'Київ.txt', code: 'file-name-encoding' }] });
    writeFileSync(path.join(dir, 'Київ.txt'), 'Б');
    const result = readSeedFolder(dir, dir);
    expect(result.files.map((f) => f.text)).toEqual(['А']);
    expect(result.diagnostics.map((d) => d.code).sort()).toEqual(['duplicate-name', 'file-name-encoding']);
  });
});

describe('ReadMemo (npm run serve reads again only what changed)', () => {
  it('reuses unchanged files, reads changed and new ones, forgets deleted ones, and reports every problem each time', () => {
    const dir = tempFolder({
      'a.txt': 'Перша стаття.',
      'b.txt': iconv.encode('Переговори у Женеві тривали весь день. Делегації працювали.\n'.repeat(3), 'windows-1251'),
      'c.txt': 'Третя.',
    });
    const memo = new ReadMemo();
    const first = readSeedFolder(dir, dir, memo);
    writeFileSync(path.join(dir, 'a.txt'), 'Перша стаття, виправлена.');
    // Same size, new bytes: the change time tells it apart.
    writeFileSync(path.join(dir, 'c.txt'), 'Третє.');
    writeFileSync(path.join(dir, 'd.txt'), 'Нова.');
    const second = readSeedFolder(dir, dir, memo);
    const byName = (reading: typeof first) => new Map(reading.files.map((f) => [f.name, f]));
    expect(second.files.map((f) => [f.name, f.text])).toEqual([
      ['a.txt', 'Перша стаття, виправлена.'],
      ['b.txt', first.files[1]!.text],
      ['c.txt', 'Третє.'],
      ['d.txt', 'Нова.'],
    ]);
    expect(byName(second).get('b.txt')).toBe(byName(first).get('b.txt'));
    expect(second.diagnostics).toEqual(first.diagnostics);
    expect(second).toEqual(readSeedFolder(dir, dir));

    rmSync(path.join(dir, 'b.txt'));
    const third = readSeedFolder(dir, dir, memo);
    expect(third.files.map((f) => f.name)).toEqual(['a.txt', 'c.txt', 'd.txt']);
    expect(third.diagnostics).toEqual([]);
  });
});
