/**
 * Pagefind's filters in a stable order: two indexes of the same pages, made by two Pagefind
 * processes (whose hash maps are seeded differently), end up byte-identical.
 */
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode } from 'cborg';
import * as pagefind from 'pagefind';
import { describe, expect, it } from 'vitest';
import { canonicalisePagefindBundle, type BundleFile } from '../../templates/lib/pagefind-canonical.ts';

const PEOPLE = ['Рустем Умєров', 'Стів Віткофф', 'Кирило Буданов', 'Марко Рубіо', 'Андрій Гнатов', 'Сергій Кислиця', 'Юрій Ушаков', 'Кирилл Дмитриев', 'Джаред Кушнер', 'Ден Дрісколл'];

function pageHtml(n: number): string {
  const people = PEOPLE.filter((_, i) => (n + i) % 3 === 0);
  const filters = people.map((person) => `<span data-pagefind-filter="people">${person}</span>`).join('');
  return `<!doctype html><html lang="uk"><body><main data-pagefind-body><h1>Стаття ${n}</h1><p>Переговори в Женеві, день ${n}. ${filters}</p><span data-pagefind-filter="kind">${n % 2 ? 'Article' : 'Meeting'}</span></main></body></html>`;
}

async function makeBundle(): Promise<BundleFile[]> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error('Pagefind did not start');
  for (let n = 0; n < 12; n++) await index.addHTMLFile({ url: `/articles/${n}/`, content: pageHtml(n) });
  const { files } = await index.getFiles();
  await pagefind.close();
  return files;
}

function asMap(files: readonly BundleFile[]): Map<string, Buffer> {
  return new Map(files.map((file) => [file.path, Buffer.from(file.content)]));
}

function decodeIndexFile(content: Uint8Array): unknown {
  return decode(gunzipSync(content).subarray('pagefind_dcd'.length));
}

describe('canonicalisePagefindBundle', () => {
  it('makes two indexes of the same pages byte-identical, filter values sorted, and changes nothing the second time', async () => {
    const first = canonicalisePagefindBundle(await makeBundle());
    const second = canonicalisePagefindBundle(await makeBundle());
    expect([first.problem, second.problem]).toEqual([null, null]);
    expect(asMap(second.files)).toEqual(asMap(first.files));

    const filters = first.files.filter((file) => file.path.startsWith('filter/')).map((file) => decodeIndexFile(file.content) as [string, [string, number[]][]]);
    expect(filters.map(([name]) => name).sort()).toEqual(['kind', 'people']);
    for (const [, values] of filters) {
      const names = values.map(([value]) => value);
      expect(names).toEqual([...names].sort());
    }
    const people = filters.find(([name]) => name === 'people')![1];
    expect(people).toHaveLength(PEOPLE.length);
    // Page numbers stay with their values: every person is on a third of the twelve pages.
    for (const [, pages] of people) expect(pages).toHaveLength(4);
    // The entry names the new meta file, and the meta file the new filter files.
    const entry = JSON.parse(Buffer.from(first.files.find((file) => file.path === 'pagefind-entry.json')!.content).toString()) as { languages: { ru: { hash: string } } };
    const meta = first.files.find((file) => file.path === `pagefind.${entry.languages.ru.hash}.pf_meta`);
    expect(meta).toBeDefined();
    const listed = (decodeIndexFile(meta!.content) as unknown[])[3] as [string, string][];
    expect(listed.map(([, hash]) => `filter/${hash}.pf_filter`).sort()).toEqual(first.files.filter((file) => file.path.startsWith('filter/')).map((file) => file.path).sort());

    const again = canonicalisePagefindBundle(first.files);
    expect(asMap(again.files)).toEqual(asMap(first.files));
  });

  it('reports a bundle it cannot read and hands it back as it is', async () => {
    expect(canonicalisePagefindBundle([]).problem).toMatch(/pagefind-entry\.json is missing/u);
    const bundle = await makeBundle();
    const broken = bundle.map((file) => (file.path.endsWith('.pf_meta') ? { path: file.path, content: gzipSync(Buffer.from('not an index')) } : file));
    const result = canonicalisePagefindBundle(broken);
    expect(result.problem).toMatch(/stable order: .*not a Pagefind index file/u);
    expect(result.files).toEqual(broken);
  });
});
