import type { ArticleSummary } from '../../src/site/model.ts';
import { t } from '../lib/i18n.ts';
import { useHref } from '../lib/links.ts';
import { ActorList } from './ActorList.tsx';
import { DateLabel } from './DateLabel.tsx';

/** One article on the timeline: date, title, outlet, language, lead and actors. */
export function ArticleEntry({ article, anchor }: { article: ArticleSummary; anchor?: string }) {
  const href = useHref();
  return (
    <li class={article.approximate ? 'entry entry-approximate' : 'entry'} id={anchor}>
      <article>
        {/* Spaces between the parts (a flex gap alone would let them run together when read aloud); the
            language code is shown, its name is what a screen reader says ("UK" is not "Ukrainian"). */}
        <p class="entry-meta">
          <DateLabel date={article.date} dateSource={article.dateSource} />{' '}
          {article.outlet ? <span class="outlet">{article.outlet}</span> : null}{' '}
          <span class="lang" title={t(`lang.${article.lang}`)}>
            <span aria-hidden="true">{article.lang.toUpperCase()}</span>
            <span class="visually-hidden">{t(`lang.${article.lang}`)}</span>
          </span>
        </p>
        <h3 class="entry-title" lang={article.lang}>
          <a href={href(article.url)}>{article.title}</a>
        </h3>
        {article.lead ? (
          <p class="lead" lang={article.lang}>
            {article.lead}
          </p>
        ) : null}
        <ActorList actors={article.actors} label={t('entry.actors')} />
      </article>
    </li>
  );
}
