/**
 * Pagefind's filters in a stable order: two indexes of the same pages, written by two
 * Pagefind processes (whose hash maps are seeded differently), end up byte-identical.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { canonicalisePagefindIndex } from '../../templates/lib/pagefind-canonical.ts';
import { tempFolder } from '../helpers.ts';
import { listFiles } from './build-helpers.ts';

const PEOPLE = ['Рустем Умєров', 'Стів Віткофф', 'Кирило Буданов', 'Марко Рубіо', 'Андрій Гнатов', 'Сергій Кислиця', 'Юрій Ушаков', 'Кирилл Дмитриев', 'Джаред Кушнер', 'Ден Дрісколл'];

function pageHtml(n: number): string {
  const people = PEOPLE.filter((_, i) => (n + i) % 3 === 0);
  const filters = people.map((person) => `<span data-pagefind-filter="people">${person}</span>`).join('');
  return `<!doctype html><html lang="uk"><body><main data-pagefind-body><h1>Стаття ${n}</h1><p>Переговори в Женеві, день ${n}. ${filters}</p><span data-pagefind-filter="kind">${n % 2 ? 'Article' : 'Meeting'}</span></main></body></html>`;
}

async function writeIndex(dir: string): Promise<void> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error('Pagefind did not start');
  for (let n = 0; n < 12; n++) await index.addHTMLFile({ url: `/articles/${n}/`, content: pageHtml(n) });
  await index.writeFiles({ outputPath: dir });
  await pagefind.close();
}

function snapshot(dir: string): Map<string, Buffer> {
  return new Map(listFiles(dir).map((file) => [file, readFileSync(path.join(dir, file))]));
}

function decodeFile(file: string): unknown {
  return decode(gunzipSync(readFileSync(file)).subarray('pagefind_dcd'.length));
}

describe('canonicalisePagefindIndex', () => {
  it('makes two indexes of the same pages byte-identical, filter values sorted, and changes nothing the second time', async () => {
    const [first, second] = [tempFolder(), tempFolder()];
    await writeIndex(first);
    await writeIndex(second);
    expect(canonicalisePagefindIndex(first)).toEqual([]);
    expect(canonicalisePagefindIndex(second)).toEqual([]);
    expect(snapshot(second)).toEqual(snapshot(first));

    const filterDir = path.join(first, 'filter');
    const filters = readdirSync(filterDir).map((name) => decodeFile(path.join(filterDir, name)) as [string, [string, number[]][]]);
    expect(filters.map(([name]) => name).sort()).toEqual(['kind', 'people']);
    for (const [, values] of filters) {
      const names = values.map(([value]) => value);
      expect(names).toEqual([...names].sort());
    }
    const people = filters.find(([name]) => name === 'people')![1];
    expect(people).toHaveLength(PEOPLE.length);
    // Page numbers stay with their values: every person is on a third of the twelve pages.
    for (const [, pages] of people) expect(pages).toHaveLength(4);

    const again = snapshot(first);
    expect(canonicalisePagefindIndex(first)).toEqual([]);
    expect(snapshot(first)).toEqual(again);
  });

  it('reports a folder it cannot read instead of throwing', async () => {
    expect(canonicalisePagefindIndex(tempFolder())).toEqual([expect.stringContaining('pagefind-entry.json is missing')]);
    const broken = tempFolder();
    await writeIndex(broken);
    const meta = readdirSync(broken).find((name) => name.endsWith('.pf_meta'))!;
    writeFileSync(path.join(broken, meta), gzipSync(Buffer.from('not an index')));
    expect(canonicalisePagefindIndex(broken)).toEqual([expect.stringMatching(/stable order: .*not a Pagefind index file/u)]);
  });
});
