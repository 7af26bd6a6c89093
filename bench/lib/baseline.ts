/**
 * The baseline's input: the same articles as plain Markdown pages. The seed format's date
 * line and the front matter are taken off (plain Eleventy would read front-matter keys such
 * as `tags` as collections, and the date line is not Markdown); the title becomes a
 * Markdown heading; the text is left as it is. bench/baseline/_includes/ comes along.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const DATE_LINE = /^\s*date:?[ \t]+\S+[ \t]*/iu;

export function prepareBaselineInput(corpusDir: string, outDir: string, baselineDir: string): { files: number; bytes: number } {
  mkdirSync(path.join(outDir, '_includes'), { recursive: true });
  for (const entry of readdirSync(path.join(baselineDir, '_includes'))) {
    copyFileSync(path.join(baselineDir, '_includes', entry), path.join(outDir, '_includes', entry));
  }
  let files = 0;
  let bytes = 0;
  for (const entry of readdirSync(corpusDir)) {
    if (!/\.(?:txt|md)$/iu.test(entry) || entry.startsWith('.')) continue;
    const text = readFileSync(path.join(corpusDir, entry), 'utf8').replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n');
    const page = toMarkdown(text);
    const name = `${entry.replace(/\.(?:txt|md)$/iu, '')}.md`;
    writeFileSync(path.join(outDir, name), page);
    files += 1;
    bytes += Buffer.byteLength(page, 'utf8');
  }
  return { files, bytes };
}

function toMarkdown(text: string): string {
  if (text.startsWith('---\n')) {
    const end = text.indexOf('\n---\n', 3);
    const front = end >= 0 ? text.slice(4, end) : '';
    const body = end >= 0 ? text.slice(end + 5) : text;
    const title = /^title:\s*(.*)$/mu.exec(front)?.[1]?.trim().replace(/^"(.*)"$/u, '$1') ?? '';
    return `# ${title}\n\n${body.trim()}\n`;
  }
  const [first = '', ...rest] = text.split('\n');
  const title = first.replace(DATE_LINE, '').trim();
  return `# ${title}\n\n${rest.join('\n').trim()}\n`;
}
