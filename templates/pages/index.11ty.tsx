import { ArticleEntry } from '../components/ArticleEntry.tsx';
import { FilterBar } from '../components/FilterBar.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { Layout } from '../components/Layout.tsx';
import { settings } from '../../src/site/settings.ts';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate, formatMonth, t, tCount } from '../lib/i18n.ts';
import { HrefContext, withPrefix } from '../lib/links.ts';

export const data = { permalink: '/index.html', eleventyExcludeFromCollections: true };

/** The home page: every article in date order, grouped by month, undated ones last. */
export function render(this: RenderContext, { site }: PageData) {
  const { months, undated, latest } = site.timeline;
  const { stats } = site;
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={settings.title}>
        <h1>{settings.title}</h1>
        <p class="intro">
          {tCount('count.articles', stats.articles)}
          {stats.firstDate && stats.lastDate ? `, ${formatDate(stats.firstDate)} – ${formatDate(stats.lastDate)}` : ''}
          {undated.length ? `; ${tCount('count.undated', undated.length)}` : ''}
          {/* "… 2026 р." already ends with a full stop. */}
          {stats.lastDate && formatDate(stats.lastDate).endsWith('.') && !undated.length ? ' ' : '. '}
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
      </Layout>
    </HrefContext.Provider>
  );
}
