import { describe, expect, it } from 'vitest';
import { LOCALE_MESSAGES } from '../../templates/lib/i18n.ts';
import { readSettings } from '../../src/site/settings.ts';
import { tempFolder } from '../helpers.ts';
import path from 'node:path';

const reference = LOCALE_MESSAGES.en;

describe('interface locales', () => {
  it.each(Object.keys(LOCALE_MESSAGES))('%s has every English key, and no other', (lang) => {
    const messages = LOCALE_MESSAGES[lang as keyof typeof LOCALE_MESSAGES];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
  });

  it.each(Object.keys(LOCALE_MESSAGES))('%s keeps the placeholders of every English string', (lang) => {
    const messages = LOCALE_MESSAGES[lang as keyof typeof LOCALE_MESSAGES];
    const placeholders = (value: unknown) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const [key, value] of Object.entries(reference)) {
      expect([...new Set(placeholders(messages[key]))], key).toEqual([...new Set(placeholders(value))]);
    }
  });

  it('gives Ukrainian plurals every form the language needs', () => {
    const rules = new Intl.PluralRules('uk');
    for (const [key, value] of Object.entries(LOCALE_MESSAGES.uk)) {
      if (typeof value === 'string') continue;
      for (const n of [1, 2, 5, 11, 21, 22, 25, 1.5]) expect(value, `${key} for ${n}`).toHaveProperty(rules.select(n));
    }
  });
});

describe('site.config.json', () => {
  it('is valid as shipped', () => {
    expect(readSettings(undefined, {})).toMatchObject({ ok: true, settings: { language: 'en', locale: 'en-GB' } });
  });

  it('takes the language and address from the environment for one build', () => {
    expect(readSettings(undefined, { SITE_LANGUAGE: 'uk', SITE_URL: 'https://news.example/timeline' })).toMatchObject({
      ok: true,
      settings: { language: 'uk', locale: 'uk', url: 'https://news.example/timeline/' },
    });
  });

  it('refuses an unknown language with a clear message', () => {
    const result = readSettings(undefined, { SITE_LANGUAGE: 'de' });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/"language"/);
  });

  it('reports a missing or broken file', () => {
    expect(readSettings(path.join(tempFolder(), 'none.json'), {}).ok).toBe(false);
  });
});
