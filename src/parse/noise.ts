import type { NoiseKind } from '../types.ts';

/**
 * Web-page furniture that ends up in articles copied from news sites, recognised line by
 * line. Each rule says what the line is, so the parser can keep what it learns from it
 * (tags, the outlet's domain, the byline's author) instead of throwing it away.
 */
const LINE_RULES: readonly { kind: NoiseKind; pattern: RegExp }[] = [
  { kind: 'photo-credit', pattern: /^\(?(?:фото|фото та відео|фото и видео|відео|видео|ілюстрація|иллюстрация|джерело фото|источник фото|photo|credit)\s*[:：]/iu },
  { kind: 'photo-credit', pattern: /^(?:фото|photo)\s+(?:ілюстративне|иллюстративное|з відкритих джерел|из открытых источников|архів|архив)\.?$/iu },
  { kind: 'read-also', pattern: /^(?:читайте також|читайте также|читайте тоже|також читайте|также читайте|дивіться також|смотрите также|по темі|по теме|read (?:also|more))(?![\p{L}])\s*[:：]?/iu },
  { kind: 'advert', pattern: /^(?:реклама|advertisement|партнерський матеріал|партнерский материал|на правах реклами|на правах рекламы)\.?$/iu },
  { kind: 'now-watching', pattern: /^(?:сейчас смотрят|зараз дивляться|сейчас читают|зараз читають|популярне|популярное|найпопулярніше|самое популярное|головне за день|главное за день)\.?$/iu },
  { kind: 'tags', pattern: /^(?:теги|тэги|теґи|мітки|метки|tags)\s*[:：]/iu },
  { kind: 'domain', pattern: /^(?:https?:\/\/)?(?:www\.)?[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:ua|ru|com|net|org|info|news|media|by|kz|eu|uk|укр|рф)\/?$/iu },
];

const BREADCRUMB_ROOTS = /^(?:головна|главная|home|новини|новости|news)(?![\p{L}])/iu;
const BREADCRUMB_SEPARATORS = /\s[›»>\/|→]\s/u;

/** "Головна Світ Політика", "Главная › Новости › Политика": a site's navigation trail. */
export function isBreadcrumb(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length > 7 || /[.!?…:]$/u.test(line.trim())) return false;
  return BREADCRUMB_ROOTS.test(line.trim()) || BREADCRUMB_SEPARATORS.test(line);
}

export function classifyNoiseLine(line: string): NoiseKind | null {
  const text = line.trim();
  for (const rule of LINE_RULES) if (rule.pattern.test(text)) return rule.kind;
  return null;
}

/** The tags of a "Теги: …" line. */
export function tagsFromLine(line: string): string[] {
  const list = line.replace(/^[^:：]*[:：]/u, '').trim();
  if (!list) return [];
  const parts = /[,;#]/u.test(list) ? list.split(/\s*[,;#]\s*/u) : groupNames(list.split(/\s+/u));
  return dedupe(parts.map((part) => part.trim().replace(/^#/u, '')).filter(Boolean));
}

/**
 * Tag lines without separators ("Володимир Зеленський переговори США Джаред Кушнер")
 * are split at words, then runs of capitalised words (not all-caps abbreviations) are
 * joined back in twos (threes at the end of an odd run), because in such lines those
 * runs are people's names.
 */
function groupNames(words: string[]): string[] {
  const tags: string[] = [];
  let run: string[] = [];
  const flush = () => {
    // "Джаред Кушнер Стів Віткофф": names are given name + surname, so long runs split in pairs.
    for (let i = 0; i < run.length; i += 2) {
      const rest = run.length - i;
      tags.push(run.slice(i, rest === 3 ? i + 3 : i + 2).join(' '));
      if (rest === 3) break;
    }
    run = [];
  };
  for (const word of words) {
    const titleCase = /^\p{Lu}[\p{Ll}'’ʼ-]+$/u.test(word);
    if (titleCase) {
      run.push(word);
    } else {
      flush();
      tags.push(word);
    }
  }
  flush();
  return tags;
}

/** "Іванна Гончар": two or three capitalised words and nothing else, as bylines are. */
export function looksLikePersonName(line: string): boolean {
  const words = line.trim().split(/\s+/u);
  if (words.length < 2 || words.length > 3) return false;
  return words.every((word) => /^\p{Lu}\p{Ll}+(?:[-'’ʼ]\p{Lu}?\p{Ll}+)?$/u.test(word));
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}
