/**
 * A scanner for anything executable in a built site: tags and attributes as a browser's
 * tokenizer sees them (escaped markup is text, not a tag), URLs as a browser reads them
 * (entities decoded, tabs and newlines dropped, case ignored), HTML carried inside XML feeds
 * and JSON feeds, inline JSON, iCalendar properties and Pagefind's search fragments.
 * Each finding is a sentence naming the file; a clean site gives none.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';

export interface Tag {
  name: string;
  attributes: [string, string][];
  /** For <script> and <style>: the text up to the closing tag. */
  content?: string;
  offset: number;
}

/** Start tags of HTML (or XML) as a tokenizer sees them; comments and closing tags skipped. */
export function tagsOf(html: string): Tag[] {
  const tags: Tag[] = [];
  let i = 0;
  while ((i = html.indexOf('<', i)) >= 0) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const nameMatch = /^<([a-zA-Z][^\s/>]*)/u.exec(html.slice(i, i + 200));
    if (!nameMatch) {
      i++;
      continue;
    }
    const tag: Tag = { name: nameMatch[1]!.toLowerCase(), attributes: [], offset: i };
    let j = i + nameMatch[0].length;
    for (;;) {
      while (j < html.length && /[\s/]/u.test(html[j]!)) j++;
      if (j >= html.length || html[j] === '>') break;
      const attrName = /^[^\s/>=]+/u.exec(html.slice(j, j + 200))?.[0] ?? html[j]!;
      j += attrName.length;
      while (j < html.length && /\s/u.test(html[j]!)) j++;
      let value = '';
      if (html[j] === '=') {
        j++;
        while (j < html.length && /\s/u.test(html[j]!)) j++;
        const quote = html[j];
        if (quote === '"' || quote === "'") {
          const end = html.indexOf(quote, j + 1);
          value = html.slice(j + 1, end < 0 ? html.length : end);
          j = end < 0 ? html.length : end + 1;
        } else {
          const unquoted = /^[^\s>]*/u.exec(html.slice(j))![0];
          value = unquoted;
          j += unquoted.length;
        }
      }
      tag.attributes.push([attrName.toLowerCase(), decodeEntities(value)]);
    }
    i = j + 1;
    if (tag.name === 'script' || tag.name === 'style') {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      tag.content = html.slice(i, close < 0 ? html.length : close);
      i = close < 0 ? html.length : close;
    }
    tags.push(tag);
  }
  return tags;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', colon: ':', tab: '\t', newline: '\n' };

export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d+)|#x([\da-f]+)|([a-z]+));?/giu, (match, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    if (dec) return String.fromCodePoint(Math.min(Number(dec), 0x10ffff));
    if (hex) return String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff));
    return NAMED[name!.toLowerCase()] ?? match;
  });
}

/** A URL as a browser resolves its scheme: control characters and white space inside it do not count. */
export function dangerousUrl(url: string): boolean {
  const squeezed = url.replace(/[\u0000-\u0020\u007F-\u009F]/gu, '').toLowerCase();
  return /^(?:javascript|vbscript|data|livescript|mocha):/u.test(squeezed);
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'cite', 'longdesc', 'srcset', 'ping', 'manifest', 'codebase']);
/** Elements the site never makes: in the output they could only come from input. */
const FOREIGN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'portal']);
/** Marks in every hostile payload of the fixtures. */
const PAYLOAD = /alert\(|msgbox\(/u;

export interface HtmlRules {
  /** Site paths of scripts the site ships itself (`/assets/search.js`, `/pagefind/…`). */
  ownScript: (src: string) => boolean;
}

/** Everything executable in one HTML (or SVG, or XSL) text. */
export function scanHtml(html: string, where: string, rules: HtmlRules): string[] {
  const findings: string[] = [];
  for (const tag of tagsOf(html)) {
    const at = `${where} (offset ${tag.offset}, <${tag.name}>)`;
    if (FOREIGN_ELEMENTS.has(tag.name)) findings.push(`${at}: a <${tag.name}> element`);
    for (const [name, value] of tag.attributes) {
      if (/^on/u.test(name)) findings.push(`${at}: event-handler attribute ${name}="${value.slice(0, 60)}"`);
      if ((URL_ATTRIBUTES.has(name) || name.endsWith(':href')) && value.split(/,\s*/u).some(dangerousUrl)) findings.push(`${at}: ${name}="${value.slice(0, 60)}"`);
      if (name === 'http-equiv' && value.toLowerCase() === 'refresh') findings.push(`${at}: a meta refresh`);
      // Text attributes (content, title, alt…) may quote the input; these may not.
      if (PAYLOAD.test(value) && (URL_ATTRIBUTES.has(name) || name === 'style' || name === 'srcdoc')) findings.push(`${at}: input's script in attribute ${name}`);
    }
    if (tag.name === 'meta' && tag.attributes.some(([n, v]) => n === 'http-equiv' && v.toLowerCase() === 'refresh')) continue;
    if (tag.name === 'script') {
      const src = tag.attributes.find(([n]) => n === 'src')?.[1];
      const type = (tag.attributes.find(([n]) => n === 'type')?.[1] ?? '').toLowerCase();
      if (src !== undefined) {
        if (!rules.ownScript(src)) findings.push(`${at}: a script the site does not ship: ${src}`);
        if ((tag.content ?? '').trim() !== '') findings.push(`${at}: a script with both src and content`);
      } else if (type === 'application/json' || type === 'application/ld+json') {
        findings.push(...scanInlineJson(tag.content ?? '', at));
      } else {
        findings.push(`${at}: an inline script: ${(tag.content ?? '').slice(0, 60)}`);
      }
    }
    if (tag.name === 'style' && PAYLOAD.test(tag.content ?? '')) findings.push(`${at}: input in a <style>`);
  }
  return findings;
}

/** JSON inside <script type="application/json">: no `<` at all (so no `</script>`), no line separators, valid. */
export function scanInlineJson(json: string, at: string): string[] {
  const findings: string[] = [];
  if (/[<\u2028\u2029]/u.test(json)) findings.push(`${at}: unescaped < or line separator in inline JSON`);
  try {
    JSON.parse(json);
  } catch {
    findings.push(`${at}: inline JSON that does not parse`);
  }
  return findings;
}

/** Every string of a JSON value, with the key it is under. */
function* stringsOf(value: unknown, key = ''): Generator<[string, string]> {
  if (typeof value === 'string') yield [key, value];
  else if (Array.isArray(value)) for (const item of value) yield* stringsOf(item, key);
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* stringsOf(v, k);
}

/** A JSON file: valid; no dangerous URL under a URL-ish key; HTML under `content_html` (JSON Feed) scanned as HTML. */
export function scanJson(text: string, where: string, rules: HtmlRules): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return [`${where}: not valid JSON`];
  }
  const findings: string[] = [];
  for (const [key, value] of stringsOf(data)) {
    if (/url|href|link|src|image|icon|favicon/iu.test(key) && dangerousUrl(value)) findings.push(`${where}: "${key}": ${value.slice(0, 60)}`);
    if (/html/iu.test(key)) findings.push(...scanHtml(value, `${where} "${key}"`, rules));
  }
  return findings;
}

/**
 * An Atom or RSS feed (or a sitemap): its own markup, and the HTML it carries escaped in
 * `type="html"` elements and RSS descriptions, which feed readers render.
 */
export function scanXml(text: string, where: string, rules: HtmlRules): string[] {
  const findings = scanHtml(text.replace(/<\?xml[^>]*\?>/gu, ''), where, rules);
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/u.test(text)) findings.push(`${where}: a control character (not well-formed XML)`);
  for (const match of text.matchAll(/<(content|summary|description|title|subtitle)(\s[^>]*)?>([^]*?)<\/\1>/gu)) {
    const attributes = match[2] ?? '';
    const carriesHtml = /type\s*=\s*["'](?:html|xhtml)["']/u.test(attributes) || match[1] === 'description';
    if (!carriesHtml) continue;
    const inner = match[3]!.startsWith('<![CDATA[') ? match[3]!.slice(9, -3) : decodeEntities(match[3]!);
    findings.push(...scanHtml(inner, `${where} <${match[1]}>`, rules));
  }
  for (const match of text.matchAll(/<(?:loc|uri|id|link|url)>([^<]*)</gu)) if (dangerousUrl(decodeEntities(match[1]!))) findings.push(`${where}: URL ${match[1]}`);
  return findings;
}

/** iCalendar: a URL-valued property with a script URL, or more events than meetings (an injected line break). */
export function scanIcs(text: string, where: string, expectedEvents?: number): string[] {
  const findings: string[] = [];
  const lines = text.replace(/\r\n[ \t]/gu, '').split(/\r\n/u);
  for (const line of lines) {
    const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/u.exec(line);
    if (!match && line !== '') findings.push(`${where}: a line that is not a property: ${line.slice(0, 60)}`);
    if (match && /^(?:URL|ATTACH|X-[A-Z-]*URL|SOURCE|TZURL)$/u.test(match[1]!) && dangerousUrl(match[2]!)) findings.push(`${where}: ${line.slice(0, 80)}`);
  }
  if (/[^\r]\n/u.test(text)) findings.push(`${where}: a bare LF (iCalendar lines end with CRLF)`);
  const events = lines.filter((l) => l === 'BEGIN:VEVENT').length;
  if (expectedEvents !== undefined && events !== expectedEvents) findings.push(`${where}: ${events} events for ${expectedEvents} meetings (a line break from input?)`);
  return findings;
}

/**
 * Pagefind's search fragments (gzip, a signature, then JSON): their URLs are site paths.
 * Their `content` and `meta.title` hold page text as it is, "<script>" included: Pagefind's
 * UI shows titles as text and escapes < and > in the content before building excerpts,
 * which `pagefindEscapes` checks is still so in the shipped pagefind.js.
 */
export function scanPagefindFragment(bytes: Buffer, where: string): string[] {
  let text: string;
  try {
    text = gunzipSync(bytes).toString('utf8');
  } catch {
    return [`${where}: not a gzip fragment`];
  }
  const json = JSON.parse(text.slice(text.indexOf('{'))) as { url?: string; meta?: Record<string, string> };
  const findings: string[] = [];
  if (!json.url?.startsWith('/') || dangerousUrl(json.url)) findings.push(`${where}: fragment url ${json.url}`);
  for (const [key, value] of Object.entries(json.meta ?? {})) if (/url|image/iu.test(key) && dangerousUrl(value)) findings.push(`${where}: meta ${key} ${value}`);
  return findings;
}

export function pagefindEscapes(pagefindJs: string): boolean {
  return pagefindJs.includes('.replace(/</g,"&lt;").replace(/>/g,"&gt;")');
}

/** The Content-Security-Policy of an HTML page (its meta), or null. */
export function contentSecurityPolicy(html: string): string | null {
  const meta = tagsOf(html).find((t) => t.name === 'meta' && t.attributes.some(([n, v]) => n === 'http-equiv' && v.toLowerCase() === 'content-security-policy'));
  return meta?.attributes.find(([n]) => n === 'content')?.[1] ?? null;
}

/** Whether a policy forbids inline scripts: script-src (or default-src) without 'unsafe-inline'. */
export function forbidsInlineScript(policy: string): boolean {
  const directives = new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/u))
      .filter((d) => d[0])
      .map((d) => [d[0]!.toLowerCase(), d.slice(1).map((s) => s.toLowerCase())] as const),
  );
  const scripts = directives.get('script-src') ?? directives.get('default-src');
  return scripts !== undefined && !scripts.includes("'unsafe-inline'") && !scripts.includes('*') && !scripts.some((s) => s === 'data:' || s === 'http:' || s === 'https:');
}

export function readText(root: string, rel: string): string {
  return readFileSync(path.join(root, rel), 'utf8');
}
