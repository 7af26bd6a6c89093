import { describe, expect, it } from 'vitest';
import { DEFAULT_RENDER_BATCH, PAGE_LISTS, pageLists, renderBatchFromEnv, renderBatches, wholeSite, type PageListName } from '../../src/site/render-plan.ts';
import type { SiteData } from '../../src/site/site-data.ts';

/** A site whose lists hold labelled stand-ins: only their number and order matter here. */
function siteWith(counts: Partial<Record<PageListName, number>>): SiteData {
  const list = (name: PageListName) => Array.from({ length: counts[name] ?? 0 }, (_, i) => `${name}-${i}`);
  return {
    articles: list('articles'),
    actorPages: list('actorPages'),
    meetingPages: list('meetingPages'),
    meetingIndex: list('meetingIndex'),
    filters: { pages: list('filterPages') },
    actors: list('actorFeeds'),
  } as unknown as SiteData;
}

const flatten = (plans: ReturnType<typeof renderBatches>) => plans.flatMap((plan) => PAGE_LISTS.flatMap((name) => plan[name] as unknown[]));

describe('render batches', () => {
  const site = siteWith({ articles: 23, actorPages: 5, meetingPages: 0, meetingIndex: 2, filterPages: 9, actorFeeds: 4 });
  const all = PAGE_LISTS.flatMap((name) => pageLists(site)[name] as unknown[]);

  it('puts every page in exactly one run, in list order, at most the batch size a run', () => {
    for (const size of [1, 2, 7, 10, 42, 43, 1_000]) {
      const plans = renderBatches(site, size);
      expect(flatten(plans)).toEqual(all);
      expect(plans).toHaveLength(Math.max(1, Math.ceil(all.length / size)));
      for (const plan of plans) expect(PAGE_LISTS.reduce((n, name) => n + plan[name].length, 0)).toBeLessThanOrEqual(size);
    }
  });

  it('writes the once-per-site pages in the first run only', () => {
    const plans = renderBatches(site, 10);
    expect(plans.map((plan) => plan.once.length)).toEqual([1, 0, 0, 0, 0]);
    expect(renderBatches(siteWith({}), 10)).toEqual([{ ...wholeSite(siteWith({})) }]);
  });

  it('is the whole site in one run when the site fits', () => {
    expect(renderBatches(site, 1_000)).toEqual([wholeSite(site)]);
  });

  it('refuses a batch size that is not a positive whole number', () => {
    for (const bad of [0, -1, 2.5, Number.NaN]) expect(() => renderBatches(site, bad)).toThrow(RangeError);
  });

  it('reads the batch size from PEACE_TIMELINE_RENDER_BATCH, else the default', () => {
    expect(renderBatchFromEnv({ PEACE_TIMELINE_RENDER_BATCH: '500' })).toBe(500);
    for (const value of [undefined, '', '0', '-3', 'many']) expect(renderBatchFromEnv({ PEACE_TIMELINE_RENDER_BATCH: value })).toBe(DEFAULT_RENDER_BATCH);
  });
});
