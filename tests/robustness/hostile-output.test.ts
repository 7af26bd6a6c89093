/**
 * Safe output: the hostile fixtures (markup, scripts, event handlers, `javascript:` and
 * `data:` URLs in titles, bodies, front matter, file names and the knowledge base) are built
 * with `npm run build`, and every file written is scanned for anything executable that came
 * from the input (tests/robustness/scan-output.ts says how each kind of file is read).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../helpers.ts';
import { listFiles, runBuild, type BuildRun } from '../site/build-helpers.ts';
import { hostileInput } from './helpers.ts';
import {
  contentSecurityPolicy,
  forbidsInlineScript,
  pagefindEscapes,
  readText,
  scanHtml,
  scanIcs,
  scanJson,
  scanPagefindFragment,
  scanXml,
  type HtmlRules,
} from './scan-output.ts';

describe('the site built from hostile input', () => {
  let output: string;
  let run: BuildRun;
  let files: string[];
  let rules: HtmlRules;

  beforeAll(() => {
    const input = hostileInput();
    output = tempFolder({}, 'peace-timeline-hostile-');
    run = runBuild({ seedsDir: input.seedsDir, outputDir: output, env: { KNOWLEDGE_DIR: input.knowledgeDir } });
    files = listFiles(output);
    rules = {
      ownScript: (src) => {
        const site = src.split(/[?#]/u)[0]!;
        return /^\/(?:assets|pagefind)\//u.test(site) && !site.startsWith('//') && existsSync(path.join(output, site));
      },
    };
  });

  it('builds (the warnings about the dropped URLs are the only problems)', () => {
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('[unsafe-url]');
    expect(run.stderr).not.toMatch(/\n\s+at /u);
    // Not a vacuous scan: the payloads reached the pages, as text.
    const page = files.find((f) => f.startsWith('articles/script-alert-title'))!;
    expect(readText(output, page)).toMatch(/<h1[^>]*>&lt;script(?:>|&gt;)alert\(&quot;title&quot;\)&lt;\/script(?:>|&gt;) Переговори &lt;img src=x onerror=alert\(1\)(?:>|&gt;)<\/h1>/u);
    expect(files.some((f) => f.startsWith('actors/hostile-person/'))).toBe(true);
  });

  it('has nothing executable from the input in any file', () => {
    const findings: string[] = [];
    const unknown: string[] = [];
    const meetings = (JSON.parse(readText(output, 'data/meetings.json')) as unknown[]).length;
    for (const file of files) {
      const ext = path.extname(file).toLowerCase();
      if (['.html', '.htm', '.svg', '.xsl', '.xhtml'].includes(ext)) findings.push(...scanHtml(readText(output, file), file, rules));
      else if (ext === '.xml' || ext === '.atom' || ext === '.rss') findings.push(...scanXml(readText(output, file), file, rules));
      else if (ext === '.json') findings.push(...scanJson(readText(output, file), file, rules));
      else if (ext === '.ics') findings.push(...scanIcs(readText(output, file), file, meetings));
      else if (ext === '.pf_fragment') findings.push(...scanPagefindFragment(readFileSync(path.join(output, file)), file));
      else if (ext === '.js' || ext === '.css') {
        // Shipped by the site (templates/assets, Pagefind), never made from input.
        if (/alert\(|msgbox\(/u.test(readText(output, file))) findings.push(`${file}: input in a script or stylesheet`);
      } else if (!['.txt', '.pf_index', '.pf_meta', '.pf_filter', '.pagefind', '.wasm'].includes(ext)) unknown.push(file);
    }
    expect(findings).toEqual([]);
    expect(unknown, 'output files the scan does not know how to read').toEqual([]);
  });

  it('escapes the search results (Pagefind stores page text as it is)', () => {
    if (!files.includes('pagefind/pagefind.js')) return;
    expect(pagefindEscapes(readText(output, 'pagefind/pagefind.js'))).toBe(true);
  });

  it('sends a Content-Security-Policy forbidding inline scripts with every page', () => {
    const pages = files.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const missing = pages.filter((f) => {
      const policy = contentSecurityPolicy(readText(output, f));
      return policy === null || !forbidsInlineScript(policy);
    });
    expect(missing).toEqual([]);
  });

  it('keeps the feed stylesheet from un-escaping text', () => {
    for (const file of files.filter((f) => f.endsWith('.xsl'))) expect(readText(output, file), file).not.toMatch(/disable-output-escaping\s*=\s*["']yes/u);
  });
});

describe('the scanner itself', () => {
  const rules: HtmlRules = { ownScript: (src) => src.startsWith('/assets/') };
  it.each([
    ['<img src=x onerror=alert(1)>', 'event-handler attribute onerror'],
    ['<a href=" jav&#x09;ascript:alert(1)">x</a>', 'href="'],
    ['<a href="JAVASCRIPT:alert(1)">x</a>', 'href="'],
    ['<img src="data:image/svg+xml;base64,AAAA">', 'src="'],
    ['<p title="x" onclick=\'alert(1)\'>', 'event-handler attribute onclick'],
    ['<script>alert(1)</script>', 'an inline script'],
    ['<script src="https://evil.example/x.js"></script>', 'a script the site does not ship'],
    ['<script type="application/json">{"a":"</script><script>alert(1)"}</script>', 'an inline script: alert(1)'],
    ['<script type="application/json">{"a":"<!--"}</script>', 'unescaped <'],
    ['<iframe srcdoc="x"></iframe>', 'a <iframe> element'],
    ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', 'xlink:href'],
  ])('finds %s', (html, finding) => {
    expect(scanHtml(html, 'x.html', rules).join('\n')).toContain(finding);
  });

  it.each([
    '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>',
    '<meta name="description" content="&lt;img src=x onerror=alert(1)&gt;">',
    '<a href="/articles/x/" title="&quot; onmouseover=&quot;alert(1)">x</a>',
    '<script src="/assets/search.js" defer></script>',
    '<script type="application/json">{"a":"\\u003c/script>"}</script>',
  ])('passes %s', (html) => {
    expect(scanHtml(html, 'x.html', rules)).toEqual([]);
  });

  it('reads HTML escaped inside a feed, and events injected into iCalendar', () => {
    expect(scanXml('<feed><content type="html">&lt;img src=x onerror=alert(1)&gt;</content></feed>', 'f.xml', rules).join()).toContain('onerror');
    expect(scanXml('<feed><content type="html">&amp;lt;img src=x onerror=alert(1)&amp;gt;</content></feed>', 'f.xml', rules)).toEqual([]);
    expect(scanIcs('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:a\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nURL:javascript:alert(1)\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n', 'c.ics', 1)).toHaveLength(2);
    expect(forbidsInlineScript("default-src 'self'; script-src 'self' 'unsafe-inline'")).toBe(false);
    expect(forbidsInlineScript("default-src 'self'")).toBe(true);
  });
});
