import { ONCE_PER_SITE } from '../lib/eleventy.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const data = { ...ONCE_PER_SITE, permalink: '/assets/style.css' };

const STYLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../styles');

/**
 * One stylesheet for the whole site, from the files in `templates/styles/` in name order
 * (one file per feature, so features can be styled without touching each other).
 */
export function render(): string {
  return readdirSync(STYLES)
    .filter((name) => name.endsWith('.css'))
    .sort()
    .map((name) => `/* ${name} */\n${readFileSync(path.join(STYLES, name), 'utf8').trim()}\n`)
    .join('\n');
}
