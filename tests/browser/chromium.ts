import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions } from 'playwright-core';
import { PROJECT_ROOT } from '../helpers.ts';

/** Debian's Chromium (`.ci/run` installs it when missing); CHROMIUM_PATH points elsewhere. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Screenshots and other artefacts of the browser tests, to look at (gitignored). */
export const OUTPUT_DIR = path.join(PROJECT_ROOT, 'tests', '.output');
export const SCREENSHOT_DIR = path.join(OUTPUT_DIR, 'screenshots');

/** axe-core's browser bundle, injected into each page. */
export const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

/** Throws, saying what to do, when there is no Chromium: call it before slow set-up work. */
export function requireChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}, and there is none. ` +
        'Install it (Debian/Ubuntu: apt-get install chromium, as .ci/run does) or set CHROMIUM_PATH to a Chromium binary.',
    );
  }
}

/**
 * Starts headless Chromium, or fails at once with what to do when it is not installed
 * (a missing browser must fail the suite, not hang it or skip it silently).
 */
export async function launchChromium(): Promise<Browser> {
  requireChromium();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    timeout: 30_000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A fresh context (own cookies, colour scheme, viewport). `bypassCSP` lets axe be injected
 * even when the site forbids inline scripts; actions fail after 15 s instead of hanging.
 */
export async function newContext(browser: Browser, options: BrowserContextOptions): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce', ...options });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(15_000);
  return context;
}

/** WCAG relative luminance contrast of two CSS `rgb()`/`rgba()` colours (alpha ignored). */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function luminance(colour: string): number {
  const channels = parseRgb(colour).slice(0, 3).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const [r = 0, g = 0, b = 0] = channels;
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `rgb(1, 2, 3)` / `rgba(1, 2, 3, 0.5)` / `rgb(1 2 3 / 50%)` → [r, g, b, alpha]. */
export function parseRgb(colour: string): [number, number, number, number] {
  const numbers = colour.match(/[\d.]+%?/gu);
  if (!colour.startsWith('rgb') || !numbers || numbers.length < 3) throw new Error(`not an rgb() colour: ${colour}`);
  const [r, g, b, alpha = '1'] = numbers as [string, string, string, string?];
  return [Number(r), Number(g), Number(b), alpha.endsWith('%') ? Number(alpha.slice(0, -1)) / 100 : Number(alpha)];
}
