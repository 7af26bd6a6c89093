import type { TimelineChart as Chart } from '../../src/site/charts.ts';
import type { FilterPage } from '../../src/site/filters.ts';
import { ArticleEntry } from '../components/ArticleEntry.tsx';
import { filterName } from '../components/FilterBar.tsx';
import { Layout } from '../components/Layout.tsx';
import { Pager, showing } from '../components/Pager.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatMonth, t, tCount } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import { formatMonthInText } from '../lib/months.ts';

/** One page per filter and page number, from `site.filters.pages` (at most `FILTER_PAGE_SIZE` articles each). */
export const data = {
  pagination: { data: 'site.render.filterPages', size: 1, alias: 'filterPage' },
  permalink: (data: { filterPage: FilterPage }) => data.filterPage.url,
  eleventyExcludeFromCollections: true,
};

function filterTitle(page: FilterPage): string {
  const { filter } = page;
  switch (filter.kind) {
    case 'lang':
      return t('filter.lang', { language: t(filter.key === 'ru' ? 'lang.ru' : 'lang.uk') });
    case 'outlet':
      return filter.name === null ? t('filter.outletUnknown') : t('filter.outlet', { outlet: filter.name });
    case 'month':
      return t('filter.month', { month: formatMonthInText(filter.key) });
    case 'undated':
      return t('filter.undated');
  }
}

/** The timeline narrowed to one language, outlet or month, with a link to share. */
export function render(this: RenderContext, { site, filterPage }: PageData & { filterPage: FilterPage }) {
  const title = filterTitle(filterPage);
  const fullTitle = filterPage.number > 1 ? t('filter.page', { title, number: filterPage.number }) : title;
  const chart = filterPage.number === 1 ? site.charts.filters[filterPage.filter.url] : undefined;
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={fullTitle} description={t('filter.description', { title, articles: tCount('count.articles', filterPage.filter.count) })}>
        <FilterView page={filterPage} title={fullTitle} chart={chart} />
      </Layout>
    </HrefContext.Provider>
  );
}

function FilterView({ page, title, chart }: { page: FilterPage; title: string; chart: Chart | undefined }) {
  const href = useHref();
  const { filter } = page;
  return (
    <div class="filter-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/')}>{t('nav.timeline')}</a> › <a href={href('/timeline/')}>{t('filters.title')}</a>
      </nav>
      <h1>{title}</h1>
      <p class="intro">
        {tCount('count.articles', filter.count)}
        {filter.approximate ? `, ${tCount('count.approxDates', filter.approximate)}` : ''}.
        {page.pageCount > 1 ? ` ${showing('filter.showing', { from: page.from, to: page.to, total: filter.count })}` : ''}
      </p>
      {page.siblings.previous || page.siblings.next ? (
        <nav class="pager filter-months" aria-label={t('filter.months')}>
          {page.siblings.previous ? (
            <a class="pager-prev" rel="prev" href={href(page.siblings.previous.url)}>
              <span class="pager-label">{t('pager.previous')}</span>
              <span class="pager-title">{filterName(page.siblings.previous)}</span>
            </a>
          ) : (
            <span class="pager-prev pager-empty" />
          )}
          {page.siblings.next ? (
            <a class="pager-next" rel="next" href={href(page.siblings.next.url)}>
              <span class="pager-label">{t('pager.next')}</span>
              <span class="pager-title">{filterName(page.siblings.next)}</span>
            </a>
          ) : (
            <span class="pager-next pager-empty" />
          )}
        </nav>
      ) : null}
      {filter.kind === 'undated' ? <p class="note">{t('home.undatedNote')}</p> : null}
      {chart ? <TimelineChart chart={chart} id="tl-filter" title={t('chart.title.filter')} /> : null}
      {page.sections.map((section) => (
        <section class="month" aria-labelledby={`m-${section.month ?? 'undated'}`} key={section.month ?? 'undated'}>
          <h2 class="month-heading" id={`m-${section.month ?? 'undated'}`}>
            {section.month ? formatMonth(section.month) : t('home.undated')}
          </h2>
          <ol class="entries">
            {section.articles.map((article) => (
              <ArticleEntry article={article} key={article.id} />
            ))}
          </ol>
        </section>
      ))}
      <Pager pager={page.pager} />
    </div>
  );
}
