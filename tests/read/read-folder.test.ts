import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readSeedFolder } from '../../src/read/read-folder.ts';
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
});
