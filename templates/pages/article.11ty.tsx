import type { ArticleLink, ArticlePage } from '../../src/site/model.ts';
import { ActorList } from '../components/ActorList.tsx';
import { MeetingList } from '../components/MeetingList.tsx';
import { DateLabel } from '../components/DateLabel.tsx';
import { Layout } from '../components/Layout.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { LANGUAGE_NAMES, formatMonth } from '../lib/format.ts';
import { HrefContext, useHref } from '../lib/links.ts';

export const data = {
  pagination: { data: 'site.articles', size: 1, alias: 'article' },
  permalink: (data: { article: ArticlePage }) => data.article.url,
  eleventyExcludeFromCollections: true,
};

const NOISE_LABELS: Record<string, string> = {
  breadcrumb: 'site navigation',
  byline: 'byline',
  domain: 'site name',
  'photo-credit': 'photo credit',
  'read-also': '“read also” link',
  advert: 'advertisement marker',
  'now-watching': '“now watching” block',
  tags: 'tag line',
  dateline: 'dateline',
};

/** One article: its text, where it came from, and the articles before and after it. */
export function render(this: RenderContext, { article }: PageData & { article: ArticlePage }) {
  return (
    <HrefContext.Provider value={(path) => this.url(path)}>
      <Layout title={article.title} description={article.lead}>
        <ArticleView article={article} />
      </Layout>
    </HrefContext.Provider>
  );
}

function ArticleView({ article }: { article: ArticlePage }) {
  const href = useHref();
  const month = article.date ? `m-${article.date.slice(0, 7)}` : 'undated';
  return (
    <article class="article">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={href(`/#${month}`)}>{article.date ? formatMonth(article.date.slice(0, 7)) : 'Undated'}</a>
      </nav>
      <h1 lang={article.lang}>{article.title}</h1>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          <DateLabel date={article.date} dateSource={article.dateSource} />
        </dd>
        <dt>Outlet</dt>
        <dd>{article.outlet ?? 'Unknown'}</dd>
        <dt>Language</dt>
        <dd>{LANGUAGE_NAMES[article.lang]}</dd>
        {article.authors.length ? (
          <>
            <dt>Byline</dt>
            <dd lang={article.lang}>{article.authors.join(', ')}</dd>
          </>
        ) : null}
        {article.sourceUrl ? (
          <>
            <dt>Original</dt>
            <dd>
              <a href={article.sourceUrl} rel="nofollow noopener">
                {article.sourceUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>Source file</dt>
        <dd>
          <code>{article.file}</code>
        </dd>
      </dl>
      {article.tags.length ? (
        <ul class="tags" aria-label="Tags" lang={article.lang}>
          {article.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      ) : null}
      <ActorList actors={article.actors} label="People and organisations in this article" />
      {article.meetings.length ? (
        <section aria-labelledby="meetings" class="article-meetings">
          <h2 id="meetings">Meetings in this article</h2>
          <MeetingList meetings={article.meetings} />
        </section>
      ) : null}
      <div class="article-body" lang={article.lang} dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
      {article.removed.length ? (
        <details class="removed">
          <summary>Lines left out of the text ({article.removed.length})</summary>
          <ul>
            {article.removed.map((line) => (
              <li key={line.line}>
                <span class="removed-kind">{NOISE_LABELS[line.kind] ?? line.kind}</span> (line {line.line}):{' '}
                <q lang={article.lang}>{line.text}</q>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <nav class="pager" aria-label="Previous and next article">
        <PagerLink link={article.previous} rel="prev" label="Previous" />
        <PagerLink link={article.next} rel="next" label="Next" />
      </nav>
    </article>
  );
}

function PagerLink({ link, rel, label }: { link: ArticleLink | null; rel: 'prev' | 'next'; label: string }) {
  const href = useHref();
  if (!link) return <span class={`pager-${rel} pager-empty`} />;
  return (
    <a class={`pager-${rel}`} rel={rel} href={href(link.url)}>
      <span class="pager-label">{label}</span>
      <span class="pager-title">{link.title}</span>
    </a>
  );
}
