import { Layout } from '../components/Layout.tsx';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/search/index.html' };

/**
 * The search page: Pagefind's default interface over the index built after Eleventy
 * (templates/lib/search-index.ts), started by assets/search.js. Without JavaScript, or
 * from files opened on a disk, it says so and points to the pages that list everything.
 */
export function render(this: RenderContext, _data: PageData) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={t('search.title')} description={t('search.intro')} stylesheets={['/pagefind/pagefind-ui.css']} scripts={['/pagefind/pagefind-ui.js', '/assets/search.js']}>
        <SearchView />
      </Layout>
    </HrefContext.Provider>
  );
}

function SearchView() {
  const href = useHref();
  return (
    <>
      <h1>{t('search.title')}</h1>
      <p class="intro">{t('search.intro')}</p>
      <div id="search" class="search" data-bundle-path={href('/pagefind/')} />
      <noscript>
        <div class="search-fallback">
          <p>{t('search.noscript')}</p>
          <BrowseLinks />
        </div>
      </noscript>
      <div id="search-unavailable" class="search-fallback" hidden>
        <p>{t('search.unavailable')}</p>
        <BrowseLinks />
      </div>
    </>
  );
}

function BrowseLinks() {
  const href = useHref();
  return (
    <ul>
      <li>
        <a href={href('/')}>{t('search.browseTimeline')}</a>
      </li>
      <li>
        <a href={href('/meetings/')}>{t('search.browseMeetings')}</a>
      </li>
      <li>
        <a href={href('/actors/')}>{t('search.browsePeople')}</a>
      </li>
    </ul>
  );
}
