import { createRequire } from 'node:module';
import path from 'node:path';
import { HtmlValidate, StaticConfigLoader, type ConfigData, type Report } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../helpers.ts';
import { listFiles } from './build-helpers.ts';
import { seedSite } from './seed-site.ts';

/** The committed configuration (html-validate:recommended, with each relaxed rule's reason). */
const CONFIG = createRequire(import.meta.url)(path.join(PROJECT_ROOT, '.htmlvalidate.cjs')) as ConfigData;

/** Compiler-style lines, like the build's own diagnostics: `file:line:column: message [rule]`. */
function problems(report: Report, root: string): string[] {
  return report.results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(root, result.filePath)}:${m.line}:${m.column}: ${m.message} [${m.ruleId}]`),
  );
}

describe('html-validate on every page of the seed build', () => {
  let site: string;
  // The configuration alone, never a .htmlvalidate.* found near the (temporary) build folder.
  const validator = new HtmlValidate(new StaticConfigLoader(CONFIG));

  beforeAll(async () => {
    site = await seedSite();
  });

  it('finds no problem in any HTML file', async () => {
    const pages = listFiles(site).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(50);
    const found: string[] = [];
    for (const page of pages) found.push(...problems(await validator.validateFile(path.join(site, page)), site));
    expect(found).toEqual([]);
  });

  it('(the check itself finds a duplicate id, a misplaced element and a missing alt text)', async () => {
    const html = '<!doctype html>\n<html lang="en"><head><meta charset="utf-8"/><title>t</title></head><body><p id="a">x</p><p id="a">y</p><ul><div>z</div></ul><img src="a.png"/></body></html>\n';
    const rules = problems(await validator.validateString(html, 'bad.html'), '.').map((line) => /\[([\w/-]+)\]$/u.exec(line)?.[1]);
    expect(rules).toEqual(expect.arrayContaining(['no-dup-id', 'element-permitted-content', 'wcag/h37']));
  });
});
