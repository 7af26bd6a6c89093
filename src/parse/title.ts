/** Headings longer than this are cut at a word boundary; the full text stays in the body. */
export const MAX_TITLE_LENGTH = 120;

/**
 * An agency dateline opening the first paragraph: "ЛОНДОН, 26 ноя - РИА Новости.",
 * "МОСКВА, 26 ноября. /ТАСС/.", "КИЇВ, 26 листопада – Укрінформ.". Group `outlet` names the agency.
 */
const DATELINE = /^(?<place>[\p{Lu}][\p{Lu}\s-]{1,40}),\s*(?<day>\d{1,2}\s+\p{L}+\.?)(?:\s*[-–—]\s*(?<outlet>[^.]{2,40}?)\.|\.\s*\/(?<slashed>[^/]{2,30})\/\.?)\s+/u;

export interface Dateline {
  text: string;
  outlet: string;
}

export function readDateline(text: string): Dateline | null {
  const match = DATELINE.exec(text);
  if (!match?.groups) return null;
  const outlet = (match.groups.outlet ?? match.groups.slashed ?? '').trim();
  return outlet ? { text: match[0].trim(), outlet } : null;
}

/** True when a first line reads as a sentence of the text rather than a headline. */
export function isSentence(text: string): boolean {
  return /[.!?…]["»”]?$/u.test(text.trim());
}

/** The heading for a title: the dateline dropped, long text cut at a word boundary. */
export function headingTitle(text: string, max = MAX_TITLE_LENGTH): string {
  const dateline = readDateline(text);
  let title = (dateline ? text.slice(dateline.text.length) : text).trim().replace(/\s+/gu, ' ');
  if (title.length <= max) return title.replace(/\.$/u, '');
  const cut = title.slice(0, max + 1);
  const boundary = cut.lastIndexOf(' ');
  title = (boundary > max / 2 ? cut.slice(0, boundary) : cut.slice(0, max)).replace(/[\s,;:–—-]+$/u, '');
  // A heading should not end on a dangling preposition or conjunction ("… війни в…").
  title = title.replace(/(?:\s+\p{L}{1,2})+$/u, '').replace(/[\s,;:–—-]+$/u, '');
  return `${title}…`;
}
