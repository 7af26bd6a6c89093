import { Layout } from '../components/Layout.tsx';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/404.html' };

/**
 * `404.html`, which hosts serve for any missing address, at any depth: every link is
 * absolute from the site's root (with the path prefix), never relative to the page.
 */
export function render(this: RenderContext, _data: PageData) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={t('notFound.title')} description={t('notFound.intro')} indexable={false}>
        <NotFoundView />
      </Layout>
    </HrefContext.Provider>
  );
}

function NotFoundView() {
  const href = useHref();
  return (
    <>
      <h1>{t('notFound.title')}</h1>
      <p class="intro">{t('notFound.intro')}</p>
      <p>{t('notFound.tryThese')}</p>
      <ul class="not-found-links">
        <li>
          <a href={href('/')}>{t('notFound.timeline')}</a>
        </li>
        <li>
          <a href={href('/meetings/')}>{t('notFound.meetings')}</a>
        </li>
        <li>
          <a href={href('/actors/')}>{t('notFound.people')}</a>
        </li>
        <li>
          <a href={href('/search/')}>{t('notFound.search')}</a>
        </li>
      </ul>
    </>
  );
}
