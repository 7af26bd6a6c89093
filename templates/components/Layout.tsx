import type { ComponentChildren } from 'preact';
import { settings } from '../../src/site/settings.ts';
import type { IsoDate } from '../../src/types.ts';
import { absoluteUrls } from '../lib/absolute.ts';
import { pageFeeds, siteFeedLinks, type FeedLink } from '../lib/feeds.ts';
import { t } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';
import { useCurrentPage } from '../lib/page.ts';

export interface LayoutProps {
  title: string;
  description?: string;
  /** Open Graph type: `article` on an article's page. */
  type?: 'website' | 'article';
  /** An article's (exact) date, for `article:published_time`. */
  published?: IsoDate | null;
  /** False for a page that is not a place of its own (the 404 page): no canonical link, `noindex`. */
  indexable?: boolean;
  /** Extra stylesheets and scripts by site path (the search page's Pagefind files). */
  stylesheets?: string[];
  scripts?: string[];
  /** Feeds the page offers in words; by default worked out from its address (lib/feeds.ts). */
  feeds?: FeedLink[];
  children: ComponentChildren;
}

/**
 * No inline script or style anywhere: scripts and styles come from the site's own files.
 * `wasm-unsafe-eval` lets Pagefind start its WebAssembly search; `data:` images are the
 * icons in Pagefind's stylesheet.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

const OG_LOCALES = { en: 'en_GB', uk: 'uk_UA' } as const;

const NAVIGATION = [
  { path: '/', key: 'nav.timeline' },
  { path: '/meetings/', key: 'nav.meetings' },
  { path: '/actors/', key: 'nav.people' },
  { path: '/search/', key: 'nav.search' },
] as const;

/** The page shell: header with the site name and navigation, main content, footer. */
export function Layout({ title, description, type = 'website', published, indexable = true, stylesheets = [], scripts = [], feeds, children }: LayoutProps) {
  const href = useHref();
  const page = useCurrentPage();
  const absolute = absoluteUrls(href);
  const fullTitle = title === settings.title ? title : `${title} · ${settings.title}`;
  const summary = description ?? settings.description;
  const canonical = indexable && page.url ? absolute(page.url) : null;
  const offered = feeds ?? pageFeeds(page.url, title);
  // The site's feeds are announced on every page; the page's own ones besides.
  const alternates = [...siteFeedLinks(), ...offered.filter((feed) => !siteFeedLinks().some((s) => s.path === feed.path))];
  return (
    <html lang={settings.language}>
      <head>
        <meta charSet="utf-8" />
        <meta http-equiv="Content-Security-Policy" content={CONTENT_SECURITY_POLICY} />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{fullTitle}</title>
        <meta name="description" content={summary} />
        {indexable ? null : <meta name="robots" content="noindex" />}
        {canonical ? <link rel="canonical" href={canonical} /> : null}
        <meta property="og:site_name" content={settings.title} />
        <meta property="og:title" content={title} />
        <meta property="og:description" content={summary} />
        <meta property="og:type" content={type} />
        {canonical ? <meta property="og:url" content={canonical} /> : null}
        <meta property="og:locale" content={OG_LOCALES[settings.language]} />
        {type === 'article' && published ? <meta property="article:published_time" content={published} /> : null}
        <meta name="twitter:card" content="summary" />
        <meta name="twitter:title" content={title} />
        <meta name="twitter:description" content={summary} />
        <meta name="color-scheme" content="light dark" />
        <link rel="stylesheet" href={href('/assets/style.css')} />
        {stylesheets.map((path) => (
          <link rel="stylesheet" href={href(path)} key={path} />
        ))}
        {alternates.map((feed) => (
          <link rel="alternate" type={feed.type} href={href(feed.path)} title={feed.title} key={feed.path} />
        ))}
        {scripts.map((path) => (
          <script src={href(path)} defer key={path} />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={href('/')}>
              {settings.title}
            </a>
            <nav aria-label={t('nav.label')}>
              <ul>
                {NAVIGATION.map((item) => (
                  <li key={item.path}>
                    <a href={href(item.path)} aria-current={page.url === item.path ? 'page' : undefined}>
                      {t(item.key)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap">
          {children}
          {offered.length ? <FeedLinks feeds={offered} /> : null}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>{settings.description}</p>
            <p>
              <a href={href('/data/articles.json')}>{t('footer.data')}</a>
            </p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** The page's feeds and calendar as links, with a word on what to do with them. */
function FeedLinks({ feeds }: { feeds: FeedLink[] }) {
  const href = useHref();
  return (
    <section class="subscribe" aria-labelledby="subscribe-heading">
      <h2 id="subscribe-heading">{t('feeds.heading')}</h2>
      <ul>
        {feeds.map((feed) => (
          <li key={feed.path}>
            <a href={href(feed.path)} type={feed.type} class={`feed-link feed-${feed.type === 'text/calendar' ? 'calendar' : 'feed'}`}>
              {feed.label}
            </a>
          </li>
        ))}
      </ul>
      <p class="note">{t('feeds.hint')}</p>
    </section>
  );
}
