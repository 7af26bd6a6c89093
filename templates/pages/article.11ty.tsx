import type { ArticlePage } from '../../src/site/model.ts';
import { ActorList, actorSearchFilter, otherNamesOf } from '../components/ActorList.tsx';
import { MeetingList } from '../components/MeetingList.tsx';
import { DateLabel } from '../components/DateLabel.tsx';
import { Layout } from '../components/Layout.tsx';
import { PagerLink } from '../components/PagerLink.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate, formatMonth, t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';

export const data = {
  pagination: { data: 'site.render.articles', size: 1, alias: 'article' },
  permalink: (data: { article: ArticlePage }) => data.article.url,
  eleventyExcludeFromCollections: true,
};

/** One article: its text, where it came from, and the articles before and after it. */
export function render(this: RenderContext, { article, site }: PageData & { article: ArticlePage }) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={article.title} description={article.lead} type="article" published={article.approximate ? null : article.date}>
        <ArticleView article={article} otherNames={otherNamesOf(site.actors)} actorFilter={actorSearchFilter(site)} />
      </Layout>
    </HrefContext.Provider>
  );
}

function ArticleView({ article, otherNames, actorFilter }: { article: ArticlePage; otherNames: ReadonlyMap<string, readonly string[]>; actorFilter: string | undefined }) {
  const href = useHref();
  const month = article.date ? `m-${article.date.slice(0, 7)}` : 'undated';
  return (
    <article class="article">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href(`/#${month}`)}>{article.date ? formatMonth(article.date.slice(0, 7)) : t('home.undated')}</a>
      </nav>
      {/* Search (Pagefind) indexes the title and the text, with date and outlet to show and language and actors to filter by. */}
      <h1 lang={article.lang} data-pagefind-body data-pagefind-meta="title" data-pagefind-filter={`${t('search.filterType')}:${t('search.typeArticle')}`}>
        {article.title}
      </h1>
      <dl class="facts">
        <dt>{t('article.date')}</dt>
        <dd data-pagefind-meta={article.date ? `${t('search.metaDate')}:${article.approximate ? `${t('date.approx')} ` : ''}${formatDate(article.date)}` : undefined}>
          <DateLabel date={article.date} dateSource={article.dateSource} />
        </dd>
        <dt>{t('article.outlet')}</dt>
        <dd data-pagefind-meta={article.outlet ? t('search.metaOutlet') : undefined}>{article.outlet ?? t('article.outletUnknown')}</dd>
        <dt>{t('article.language')}</dt>
        <dd data-pagefind-filter={t('search.filterLanguage')}>{t(`lang.${article.lang}`)}</dd>
        {article.authors.length ? (
          <>
            <dt>{t('article.byline')}</dt>
            <dd lang={article.lang}>{article.authors.join(', ')}</dd>
          </>
        ) : null}
        {article.sourceUrl ? (
          <>
            <dt>{t('article.original')}</dt>
            <dd>
              <a href={article.sourceUrl} rel="nofollow noopener">
                {article.sourceUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('article.sourceFile')}</dt>
        <dd>
          <code>{article.file}</code>
        </dd>
      </dl>
      {article.tags.length ? (
        <ul class="tags" aria-label={t('article.tags')} lang={article.lang}>
          {article.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      <div data-pagefind-body>
        <ActorList actors={article.actors} label={t('article.actors')} searchFilter={actorFilter} otherNames={otherNames} />
      </div>
      {article.meetings.length ? (
        <section aria-labelledby="meetings" class="article-meetings">
          <h2 id="meetings">{t('article.meetings')}</h2>
          <MeetingList meetings={article.meetings} />
        </section>
      ) : null}
      <div class="article-body" lang={article.lang} data-pagefind-body dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.removed.length ? (
        <details class="removed">
          <summary>{t('article.removed', { count: article.removed.length })}</summary>
          <ul>
            {article.removed.map((line) => (
              <li key={line.line}>
                <span class="removed-kind">{t(`noise.${line.kind}`)}</span> ({t('article.removedLine', { line: line.line })}):{' '}
                <q lang={article.lang}>{line.text}</q>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <nav class="pager" aria-label={t('article.pager')}>
        <PagerLink link={article.previous} rel="prev" label={t('pager.previous')} />
        <PagerLink link={article.next} rel="next" label={t('pager.next')} />
      </nav>
    </article>
  );
}
