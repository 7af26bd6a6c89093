/**
 * Site-wide settings a publisher changes in `site.config.json` (validated here):
 * the title, the interface language and the public address the site is published at.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export const INTERFACE_LANGUAGES = ['en', 'uk'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];

const settingsSchema = z
  .object({
    title: z.string().min(1),
    description: z.string().min(1),
    /** Language of the interface (menus, labels, dates); articles keep their own. */
    language: z.enum(INTERFACE_LANGUAGES),
    /** Public address of the site's root, for canonical links, feeds and the calendar. */
    url: z.string().url().refine((u) => /^https?:\/\//u.test(u), 'an http(s) address'),
  })
  .strict();

export type Settings = z.infer<typeof settingsSchema> & { locale: string };

const CONFIG_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../site.config.json');

/** Locale for dates and numbers in each interface language. */
const LOCALES: Record<InterfaceLanguage, string> = { en: 'en-GB', uk: 'uk' };

export type SettingsResult = { ok: true; settings: Settings } | { ok: false; message: string };

/** Reads and checks the config; `SITE_LANGUAGE` and `SITE_URL` override it for one build. */
export function readSettings(file = CONFIG_FILE, env: NodeJS.ProcessEnv = process.env): SettingsResult {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return { ok: false, message: `${file}: cannot be read as JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  const overridden = { ...(raw as object), ...(env.SITE_LANGUAGE ? { language: env.SITE_LANGUAGE } : {}), ...(env.SITE_URL ? { url: env.SITE_URL } : {}) };
  const parsed = settingsSchema.safeParse(overridden);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, message: `${file}: "${issue.path.join('.')}": ${issue.message}` };
  }
  const url = parsed.data.url.endsWith('/') ? parsed.data.url : `${parsed.data.url}/`;
  return { ok: true, settings: { ...parsed.data, url, locale: LOCALES[parsed.data.language] } };
}

const loaded = readSettings();
if (!loaded.ok) {
  process.stderr.write(`site.config.json:1:1: error: ${loaded.message} [site-config]\n`);
  process.exit(1);
}

/** The settings of this build. */
export const settings: Settings = loaded.settings;
