import { ArticleEntry } from '../components/ArticleEntry.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { Layout } from '../components/Layout.tsx';
import { settings } from '../../src/site/settings.ts';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { formatDate, formatMonth, t, tCount } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import { formatMonthInText } from '../lib/months.ts';
import type { HomeView } from '../../src/site/pages.ts';
import type { TimelineFilters } from '../../src/site/filters.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/index.html' };

const numbers = new Intl.NumberFormat(settings.locale);

/**
 * The home page: the latest articles in date order, grouped by month (every article, undated
 * ones last, while they fit), then links to the month pages and the undated articles.
 */
export function render(this: RenderContext, { site }: PageData) {
  const { latest } = site.timeline;
  const { months, undated } = site.home;
  const undatedCount = site.timeline.undated.length;
  const { stats } = site;
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={settings.title}>
        <h1>{settings.title}</h1>
        <p class="intro">
          {tCount('count.articles', stats.articles)}
          {stats.firstDate && stats.lastDate ? `, ${formatDate(stats.firstDate)} – ${formatDate(stats.lastDate)}` : ''}
          {undatedCount ? `; ${tCount('count.undated', undatedCount)}` : ''}
          {/* "… 2026 р." already ends with a full stop. */}
          {stats.lastDate && formatDate(stats.lastDate).endsWith('.') && !undatedCount ? ' ' : '. '}
          {site.home.shown < site.home.dated ? `${t('home.latestShown', { shown: numbers.format(site.home.shown), dated: numbers.format(site.home.dated) })} ` : ''}
          {latest ? <a href="#latest">{t('home.jumpToLatest')}</a> : null}
        </p>
        {stats.articles === 0 ? <p>{t('home.empty')}</p> : null}
        <FilterBar filters={site.filters} />
        <TimelineChart chart={site.charts.home} id="tl-home" title={t('chart.title.home')} />
        {months.map((month) => (
          <section class="month" aria-labelledby={`m-${month.key}`} key={month.key}>
            <h2 class="month-heading" id={`m-${month.key}`}>
              {formatMonth(month.key)}
            </h2>
            <ol class="entries">
              {month.articles.map((article) => (
                <ArticleEntry article={article} key={article.id} anchor={article.id === latest?.id ? 'latest' : undefined} />
              ))}
            </ol>
          </section>
        ))}
        {undated.length ? (
          <section class="month" aria-labelledby="undated">
            <h2 class="month-heading" id="undated">
              {t('home.undated')}
            </h2>
            <p class="note">{t('home.undatedNote')}</p>
            <ol class="entries">
              {undated.map((article) => (
                <ArticleEntry article={article} key={article.id} />
              ))}
            </ol>
          </section>
        ) : null}
        <MoreLinks home={site.home} filters={site.filters} />
      </Layout>
    </HrefContext.Provider>
  );
}

/** Where the articles the home page does not list are: their month, every month, the undated. */
function MoreLinks({ home, filters }: { home: HomeView; filters: TimelineFilters }) {
  const href = useHref();
  const undated = home.undated.length === 0 ? filters.undated : null;
  if (home.shown === home.dated && !undated) return null;
  return (
    <nav class="home-more" aria-labelledby="more">
      <h2 id="more">{t('home.more')}</h2>
      <ul>
        {home.partialMonth ? (
          <li>
            <a href={href(`/timeline/${home.partialMonth}/`)}>{t('home.moreMonth', { month: formatMonthInText(home.partialMonth) })}</a>
          </li>
        ) : null}
        {home.shown < home.dated ? (
          <li>
            <a href={href('/timeline/#months')}>{t('home.archive')}</a>
          </li>
        ) : null}
        {undated ? (
          <li>
            <a href={href(undated.url)}>{tCount('count.undatedArticles', undated.count)}</a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
