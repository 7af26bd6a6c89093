import type { Diagnostic } from '../types.ts';
import type { SiteModel } from './model.ts';

/** What the templates receive as the global `site` data. */
export interface SiteData extends SiteModel {
  /** Problems of this build, for the build report page and the console. */
  diagnostics: Diagnostic[];
  stats: { articles: number; dated: number; firstDate: string | null; lastDate: string | null };
}

export function toSiteData(model: SiteModel, diagnostics: Diagnostic[]): SiteData {
  const dated = model.articles.filter((a) => a.date !== null);
  return {
    ...model,
    diagnostics,
    stats: {
      articles: model.articles.length,
      dated: dated.length,
      firstDate: dated[0]?.date ?? null,
      lastDate: dated[dated.length - 1]?.date ?? null,
    },
  };
}
