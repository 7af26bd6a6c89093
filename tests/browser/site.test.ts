/**
 * The built site in a real browser (headless Chromium through playwright-core): axe-core's
 * WCAG 2.1 A/AA rules on every kind of page at phone and desktop widths in light and dark
 * colour schemes, keyboard navigation with visible focus, and the print stylesheet.
 * One build of seeds/, one static server, one browser for the whole file.
 * Screenshots go to tests/.output/screenshots/ (gitignored) for a person to look at.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { RunOptions } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedSite } from '../site/seed-site.ts';
import { AXE_PATH, contrastRatio, DESKTOP, launchChromium, newContext, parseRgb, PHONE, requireChromium, SCREENSHOT_DIR } from './chromium.ts';
import { focusableLabels, focusState, looksOf, overflowX, runAxe, textLooks, type FocusState } from './in-page.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

type Scheme = 'light' | 'dark';
const SCHEMES: readonly Scheme[] = ['light', 'dark'];
const WIDTHS = [
  { name: 'phone', viewport: PHONE },
  { name: 'desktop', viewport: DESKTOP },
] as const;

/** The pages checked, by kind; paths are chosen from the build's data in beforeAll. */
const PAGE_KINDS = ['home', 'article', 'actor', 'meeting', 'meetings', 'actors', 'search'] as const;
type PageKind = (typeof PAGE_KINDS)[number];

/** WCAG 2.1 levels A and AA; only violations are collected (passes are slow to list). */
const AXE_OPTIONS: RunOptions = { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] };

let site: string;
let server: StaticServer;
let browser: Browser;
const paths = {} as Record<PageKind, string>;

beforeAll(async () => {
  requireChromium(); // fail at once, not after the build
  site = await seedSite();
  [server, browser] = await Promise.all([serveStatic(site), launchChromium()]);
  Object.assign(paths, choosePages(site));
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

interface Counted {
  id: string;
  url: string;
  articles?: unknown[];
  actors?: unknown[];
  meetings?: unknown[];
  tags?: unknown[];
  statusHistory?: unknown[];
  inKnowledgeBase?: boolean;
}

/**
 * The richest page of each kind in the seed build (most actors, meetings, articles…), so the
 * check sees as many of the templates' parts as the seeds can show.
 */
function choosePages(root: string): Record<PageKind, string> {
  const read = (name: string) => JSON.parse(readFileSync(path.join(root, 'data', name), 'utf8')) as Counted[];
  const richest = (items: Counted[], score: (item: Counted) => number): Counted => {
    const best = items.reduce<Counted | undefined>((top, item) => (top === undefined || score(item) > score(top) ? item : top), undefined);
    if (!best) throw new Error('the seed build has no items of a kind the browser tests need');
    return best;
  };
  const article = richest(read('articles.json'), (a) => 10 * (a.meetings?.length ?? 0) + (a.actors?.length ?? 0) + (a.tags?.length ?? 0));
  const actors = read('actors.json');
  const actor = richest(actors, (a) => (a.inKnowledgeBase ? 1000 : 0) + (a.articles?.length ?? 0));
  const meeting = richest(read('meetings.json'), (m) => 10 * (m.articles?.length ?? 0) + (m.statusHistory?.length ?? 0));
  return {
    home: '/',
    article: article.url,
    actor: `/actors/${actor.id}/`,
    meeting: `/meetings/${meeting.id}/`,
    meetings: '/meetings/',
    actors: '/actors/',
    search: '/search/',
  };
}

/** The search page is being built separately: checked once the build writes it. */
function missingPage(kind: PageKind): string | null {
  const file = path.join(site, paths[kind], 'index.html');
  return existsSync(file) ? null : `no ${paths[kind]} in the build yet (${path.relative(site, file)} missing); checked once it exists`;
}

async function open(kind: PageKind, viewport: { width: number; height: number }, colorScheme: Scheme): Promise<Page> {
  const context = await newContext(browser, { viewport, colorScheme });
  const page = await context.newPage();
  const response = await page.goto(server.origin + paths[kind]);
  if (response?.status() !== 200) throw new Error(`${paths[kind]} answered ${String(response?.status())}`);
  // A page with scripts (search) may still be drawing: wait until it has stopped fetching.
  if (await page.locator('script[src]').count()) await page.waitForLoadState('networkidle');
  return page;
}

function describeViolations(results: Awaited<ReturnType<typeof runAxe>>): string[] {
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id} (${violation.impact ?? '?'}): ${violation.help} at ${node.target.join(' ')}\n    ${(node.failureSummary ?? '').replace(/\n/gu, '\n    ')}`),
  );
}

/**
 * axe over one loaded page at every width and scheme: the viewport and the colour scheme
 * change in place (as when a phone turns or the system goes dark), so axe is loaded once.
 */
async function checkEveryLayout(page: Page, name: string): Promise<Record<string, string[]>> {
  const found: Record<string, string[]> = {};
  for (const { name: width, viewport } of WIDTHS) {
    await page.setViewportSize(viewport);
    // WCAG 1.4.10 (reflow), which axe does not check: no sideways scrolling of the whole page.
    const overflow = await page.evaluate(overflowX);
    if (overflow > 0) found[`${width} ${viewport.width}×${viewport.height}`] = [`the page is ${overflow}px wider than the window`];
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const violations = describeViolations(await page.evaluate(runAxe, AXE_OPTIONS));
      if (violations.length) found[`${width} ${viewport.width}×${viewport.height}, ${scheme}`] = violations;
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}-${scheme}.png`), fullPage: true });
    }
  }
  return found;
}

// One page at a time: the other test files keep the second core busy, and a test that
// waits behind six others for the CPU would only time out.
describe('axe-core, WCAG 2.1 A and AA, at phone and desktop widths in light and dark: no violation', () => {
  for (const kind of PAGE_KINDS) {
    it(`${kind} page`, { timeout: 120_000 }, async ({ skip }) => {
      const missing = missingPage(kind);
      if (missing) {
        console.warn(`skipped: ${missing}`); // shown by the default reporter, unlike the note
        skip(missing);
      }
      const page = await open(kind, PHONE, 'light');
      try {
        await page.addScriptTag({ path: AXE_PATH });
        expect(await checkEveryLayout(page, kind)).toEqual({});
        // The search page again with results showing (Pagefind's interface draws them).
        const input = page.locator('.pagefind-ui__search-input');
        if (kind === 'search' && (await input.count())) {
          await input.fill('Умеров');
          await page.locator('.pagefind-ui__result').first().waitFor();
          expect(await checkEveryLayout(page, 'search-query')).toEqual({});
        }
      } finally {
        await page.context().close();
      }
    });
  }
});

/** Problems a keyboard user would have with one focus stop; none when all is well. */
function focusProblems(state: FocusState): string[] {
  const problems: string[] = [];
  const { ring } = state;
  if (!ring) problems.push('no focus outline');
  else if (ring.width < 2) problems.push(`${ring.kind} only ${ring.width}px wide`);
  else if (contrastRatio(ring.color, state.background) < 3) problems.push(`${ring.kind} ${ring.color} has contrast ${contrastRatio(ring.color, state.background).toFixed(2)} < 3:1 against ${state.background}`);
  if (!state.inViewport) problems.push('not scrolled into view');
  else if (!state.unobscured) problems.push('covered by another element');
  return problems.map((problem) => `${state.label}: ${problem}`);
}

describe('keyboard navigation and visible focus', () => {
  it('the skip link is the first stop, shows itself, and leads into the main content', async () => {
    const page = await open('home', DESKTOP, 'light');
    try {
      await page.keyboard.press('Tab');
      const first = await page.evaluate(focusState);
      expect(first?.isSkipLink, `first Tab stop: ${first?.label ?? 'nothing'}`).toBe(true);
      expect(focusProblems(first!)).toEqual([]);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'keyboard-skip-link-desktop-light.png') });
      await page.keyboard.press('Enter');
      // The jump to the fragment is committed after the key press returns; under load the URL was read before it.
      await page.waitForFunction(() => location.hash === '#main', undefined, { timeout: 5000 }).catch(() => {});
      expect(new URL(page.url()).hash).toBe('#main');
      await page.keyboard.press('Tab');
      const next = await page.evaluate(focusState);
      expect(next?.inMain, `Tab after the skip link: ${next?.label ?? 'nothing'}`).toBe(true);
    } finally {
      await page.context().close();
    }
  });

  for (const scheme of SCHEMES) {
    it(`every stop on the home page is reached in order and shows a visible outline (${scheme})`, async () => {
      const page = await open('home', DESKTOP, scheme);
      try {
        const expected = await page.evaluate(focusableLabels);
        const reached: string[] = [];
        const problems: string[] = [];
        for (let presses = 0; presses < expected.length + 5; presses += 1) {
          await page.keyboard.press('Tab');
          const state = await page.evaluate(focusState);
          if (!state || (state.isSkipLink && reached.length > 0)) break; // left the page or came round again
          reached.push(state.label);
          problems.push(...focusProblems(state));
        }
        expect(reached).toEqual(expected);
        expect(problems).toEqual([]);
      } finally {
        await page.context().close();
      }
    });
  }

  it('an article page is reached from the home page with the keyboard alone', async () => {
    const page = await open('home', PHONE, 'light');
    try {
      let state: FocusState | null = null;
      for (let presses = 0; presses < 60 && !state?.href?.includes('/articles/'); presses += 1) {
        await page.keyboard.press('Tab');
        state = await page.evaluate(focusState);
      }
      expect(state?.href, 'a Tab stop on an article link').toContain('/articles/');
      await Promise.all([page.waitForURL(`**${state!.href!}`), page.keyboard.press('Enter')]);
      await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
      await page.keyboard.press('Tab');
      expect((await page.evaluate(focusState))?.isSkipLink, 'the article page starts with its skip link too').toBe(true);
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'keyboard-article-phone-light.png') });
    } finally {
      await page.context().close();
    }
  });
});

describe('print stylesheet', () => {
  for (const kind of ['article', 'meeting'] as const) {
    for (const scheme of SCHEMES) {
      it(`${kind} page prints black on white without navigation or footer (${scheme} scheme)`, async () => {
        const page = await open(kind, DESKTOP, scheme);
        try {
          await page.emulateMedia({ media: 'print', colorScheme: scheme });
          const navigation = await page.evaluate(looksOf, ['.skip-link', '.site-header nav', '.breadcrumb', '.pager', '.site-footer']);
          for (const looks of navigation) if (looks) expect(looks.display, `${looks.selector} in print`).toBe('none');
          const [body, heading] = await page.evaluate(looksOf, ['body', 'main h1']);
          expect(body).toMatchObject({ color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
          expect(heading?.color).toBe('rgb(0, 0, 0)');

          const texts = await page.evaluate(textLooks, 'body');
          expect(texts.length).toBeGreaterThan(5);
          const shaded = texts.filter((text) => text.background !== 'rgb(255, 255, 255)').map((text) => `${text.label}: on ${text.background}`);
          expect(shaded, 'text on a shaded background on paper').toEqual([]);
          const faint = texts.filter((text) => parseRgb(text.color)[3] < 1 || contrastRatio(text.color, 'rgb(255, 255, 255)') < 7).map((text) => `${text.label}: ${text.color}`);
          expect(faint, 'text lighter than near-black on paper').toEqual([]);
          await page.screenshot({ path: path.join(SCREENSHOT_DIR, `print-${kind}-${scheme}.png`), fullPage: true });
        } finally {
          await page.context().close();
        }
      });
    }
  }
});
