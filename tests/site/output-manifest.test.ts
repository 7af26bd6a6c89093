import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleOutput } from '../../src/site/output-manifest.ts';
import { tempFolder } from '../helpers.ts';

function write(root: string, rel: string): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, rel);
  return file;
}

describe('pages the previous build wrote and this one did not', () => {
  it('are removed, with their emptied folders; nothing else is', () => {
    const out = tempFolder();
    const manifests = tempFolder();
    const first = ['index.html', 'articles/a/index.html', 'articles/b/index.html', 'actors/x/page/2/index.html'].map((rel) => write(out, rel));
    write(out, 'CNAME'); // the user's own file, never written by a build
    expect(removeStaleOutput(out, first, manifests)).toEqual([]);

    const second = [first[0]!, first[1]!];
    expect(removeStaleOutput(out, second, manifests)).toEqual(['actors/x/page/2/index.html', 'articles/b/index.html']);
    expect(existsSync(path.join(out, 'articles/b'))).toBe(false);
    expect(existsSync(path.join(out, 'actors'))).toBe(false);
    expect(existsSync(path.join(out, 'articles/a/index.html'))).toBe(true);
    expect(existsSync(path.join(out, 'CNAME'))).toBe(true);
  });

  it('are left alone without a record of the previous build, or for another output folder', () => {
    const out = tempFolder();
    const other = tempFolder();
    const manifests = tempFolder();
    const page = write(out, 'articles/a/index.html');
    expect(removeStaleOutput(other, [write(other, 'index.html')], manifests)).toEqual([]);
    expect(removeStaleOutput(out, [], manifests)).toEqual([]);
    expect(existsSync(page)).toBe(true);
  });

  it('never reach outside the output folder, whatever the record says', () => {
    const parent = tempFolder();
    const out = path.join(parent, 'site');
    const manifests = tempFolder();
    const outside = write(parent, 'keep.txt');
    removeStaleOutput(out, [write(out, 'index.html'), outside], manifests);
    expect(removeStaleOutput(out, [], manifests)).toEqual(['index.html']);
    expect(existsSync(outside)).toBe(true);
  });
});
