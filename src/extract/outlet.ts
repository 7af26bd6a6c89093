import type { Outlet } from '../knowledge/schema.ts';
import { foldCyrillic } from '../text/fold.ts';

/**
 * Finds which outlet published an article: the front matter says so, or an agency
 * dateline, a domain line, or an attribution in the text ("інформує «Главком»",
 * "сообщает РИА Новости"). Known outlets are named as they name themselves.
 */
export interface OutletIndex {
  byKey: Map<string, string>;
  byDomain: Map<string, string>;
}

export function buildOutletIndex(outlets: readonly Outlet[]): OutletIndex {
  const byKey = new Map<string, string>();
  const byDomain = new Map<string, string>();
  for (const outlet of outlets) {
    for (const alias of [outlet.name, ...outlet.aliases]) byKey.set(outletKey(alias), outlet.name);
    for (const domain of outlet.domains) byDomain.set(domain.toLowerCase().replace(/^www\./u, ''), outlet.name);
  }
  return { byKey, byDomain };
}

const ATTRIBUTION =
  /(?<![\p{L}])(?:інформує|пише|повідомляє|передає|повідомило|повідомили|пишуть|зазначає|информирует|пишет|сообщает|передает|передаёт|сообщило|сообщили|пишут|отмечает)\s+(?:видання|агентство|агентства|издание|агентство|телеканал|газета|портал)?\s*(?<name>«[^«»]{2,40}»|"[^"]{2,40}"|(?:[\p{Lu}][\p{L}.-]*)(?:\s+[\p{Lu}][\p{L}.-]*){0,2})/gu;

export function findOutlet(
  input: { declared: string | null; hints: readonly string[]; texts: readonly string[] },
  index: OutletIndex,
): string | null {
  if (input.declared) return canonical(input.declared, index);
  for (const hint of input.hints) return canonical(hint, index);
  for (const text of input.texts) {
    for (const match of text.matchAll(ATTRIBUTION)) {
      const name = match.groups?.name?.replace(/^[«"]|[»"]$/gu, '').trim();
      if (!name) continue;
      const known = index.byKey.get(outletKey(name));
      if (known) return known;
      if (match.groups!.name!.startsWith('«') || match.groups!.name!.startsWith('"')) return name;
    }
  }
  return null;
}

function canonical(name: string, index: OutletIndex): string {
  const domain = name.toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/u, '').replace(/\/$/u, '');
  return index.byDomain.get(domain) ?? index.byKey.get(outletKey(name)) ?? name.trim();
}

/** Case, quotes and uk/ru letter differences do not make another outlet. */
function outletKey(name: string): string {
  return foldCyrillic(name.replace(/[«»"“”„]/gu, '').replace(/\s+/gu, ' ').trim());
}
