/**
 * The Eleventy run under way, when `npm run build` renders the site in several runs
 * (src/cli/build.ts): the build runs the pipeline once and hands each run its plan here;
 * `eleventy.config.ts` reads it. Without it (Eleventy started on its own, `npm run serve`),
 * each Eleventy build runs the pipeline itself and renders everything.
 */
import type { RenderPlan } from './render-plan.ts';
import type { SiteData } from './site-data.ts';

export interface RenderRun {
  site: SiteData;
  plan: RenderPlan;
  /** 0-based position of this run among `count`. */
  index: number;
  count: number;
}

let provided: RenderRun | null = null;

export function provideRenderRun(run: RenderRun | null): void {
  provided = run;
}

export function providedRenderRun(): RenderRun | null {
  return provided;
}
