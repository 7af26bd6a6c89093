import type { ActorPage } from '../../src/site/model.ts';
import type { ActorListPage } from '../../src/site/pages.ts';
import { Pager, showing } from '../components/Pager.tsx';
import { ActorList } from '../components/ActorList.tsx';
import { MeetingList } from '../components/MeetingList.tsx';
import { DateLabel } from '../components/DateLabel.tsx';
import { DateRange } from '../components/DateRange.tsx';
import { Layout } from '../components/Layout.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import type { TimelineChart as Chart } from '../../src/site/charts.ts';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { actorName, t, tCount } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import { sideName } from '../lib/sides.ts';
import { settings } from '../../src/site/settings.ts';

/** One page per actor and page number, from `site.actorPages` (at most `DEFAULT_PAGE_SIZES.actor` articles and meetings each, src/site/pagination.ts). */
export const data = {
  pagination: { data: 'site.render.actorPages', size: 1, alias: 'actorPage' },
  permalink: (data: { actorPage: ActorListPage }) => data.actorPage.url,
  eleventyExcludeFromCollections: true,
};

/**
 * One person or organisation: names, roles over time, and the articles that name them. Their
 * articles and meetings continue on `/actors/<id>/page/2/` and so on, each with a short header.
 */
export function render(this: RenderContext, { site, actorPage }: PageData & { actorPage: ActorListPage }) {
  const { actor } = actorPage;
  const name = actorName(actor);
  const title = actorPage.number > 1 ? t('filter.page', { title: name, number: actorPage.number }) : name;
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={title} description={t('actor.description', { name, articles: tCount('count.articles', actor.articleCount) })}>
        {actorPage.number === 1 ? <ActorView page={actorPage} chart={site.charts.actors[actor.id]} /> : <ActorMore page={actorPage} title={title} />}
      </Layout>
    </HrefContext.Provider>
  );
}

/** A later page: the name, the way back to page 1, and this page's articles and meetings. */
function ActorMore({ page, title }: { page: ActorListPage; title: string }) {
  const href = useHref();
  const { actor } = page;
  return (
    <article class="actor-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/actors/')}>{t('actors.title')}</a> › <a href={href(actor.url)}>{actorName(actor)}</a>
      </nav>
      <h1>{title}</h1>
      <p class="intro">
        <a href={href(actor.url)}>{t('actor.firstPage', { name: actorName(actor) })}</a>
      </p>
      <ActorArticles page={page} />
      <ActorMeetings page={page} />
      <Pager pager={page.pager} />
    </article>
  );
}

function ActorMeetings({ page }: { page: ActorListPage }) {
  const { meetings } = page;
  if (meetings.items.length === 0) return null;
  return (
    <section aria-labelledby="meetings">
      <h2 id="meetings">{t('actor.meetings')}</h2>
      {page.pageCount > 1 ? <p class="note">{showing('pager.showingMeetings', meetings)}</p> : null}
      <MeetingList meetings={meetings.items} />
    </section>
  );
}

function ActorView({ page, chart }: { page: ActorListPage; chart: Chart | undefined }) {
  const href = useHref();
  const { actor } = page;
  return (
    <article class="actor-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/actors/')}>{t('actors.title')}</a>
      </nav>
      <h1>{actorName(actor)}</h1>
      {actor.inKnowledgeBase ? null : (
        <p class="notice">
          {t('actor.notInKnowledgeBase')}{' '}
          <code>knowledge/people.yaml</code>.
        </p>
      )}
      <dl class="facts">
        {actor.names.uk && (settings.language === 'en' || !sameName(actor.names.uk, actorName(actor))) ? (
          <>
            <dt>{t('actor.ukrainian')}</dt>
            <dd lang="uk">{actor.names.uk}</dd>
          </>
        ) : null}
        {settings.language === 'en' ? null : (
          <>
            <dt>{t('actor.english')}</dt>
            <dd lang="en">{actor.names.en}</dd>
          </>
        )}
        {actor.names.ru ? (
          <>
            <dt>{t('actor.russian')}</dt>
            <dd lang="ru">{actor.names.ru}</dd>
          </>
        ) : null}
        <dt>{t('actor.side')}</dt>
        <dd>{sideName(actor.side)}</dd>
        <dt>{t('actor.inCoverage')}</dt>
        <dd>
          {t('actor.inCoverageValue', { mentions: tCount('count.mentions', actor.mentionCount), articles: tCount('count.articles', actor.articleCount) })}
          {actor.firstDate ? (
            <>
              , <DateRange from={actor.firstDate} to={actor.lastDate} />
            </>
          ) : null}
        </dd>
      </dl>
      {chart ? <TimelineChart chart={chart} id="tl-actor" title={t('chart.title.actor', { name: actorName(actor) })} measure="mentions" /> : null}
      {actor.roles.length ? (
        <section aria-labelledby="roles">
          <h2 id="roles">{t('actor.roles')}</h2>
          <ul class="roles">
            {actor.roles.map((role) => (
              <li key={`${role.title.en}-${role.from ?? ''}`}>
                {roleTitle(role.title)} <span class="role-dates">({role.from || role.to ? <DateRange from={role.from} to={role.to} /> : t('actor.datesUnknown')}{role.from && !role.to ? ` – ${t('actor.present')}` : ''})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ActorMeetings page={page} />
      {actor.coActors.length ? (
        <section aria-labelledby="with">
          <h2 id="with">{t('actor.namedWith')}</h2>
          <ActorList actors={actor.coActors} label={t('actor.namedWithLabel', { name: actorName(actor) })} />
        </section>
      ) : null}
      <ActorArticles page={page} />
      <Pager pager={page.pager} />
    </article>
  );
}

/** Sentences shown per article: an article may name someone in dozens (a list page stays bounded). */
const SNIPPETS = 3;

/** This page's articles naming the actor, each with (the first few of) the sentences that do. */
function ActorArticles({ page }: { page: ActorListPage }) {
  const href = useHref();
  const { actor, appearances } = page;
  if (page.number > 1 && appearances.items.length === 0) return null;
  return (
      <section aria-labelledby="articles">
      <h2 id="articles">{t('actor.inArticles')}</h2>
      {page.pageCount > 1 ? <p class="note">{showing('filter.showing', appearances)}</p> : null}
      {appearances.total === 0 ? <p>{t('actor.noArticles', { name: actorName(actor) })}</p> : null}
      <ol class="entries">
        {appearances.items.map((appearance) => (
          <li class={appearance.article.dateSource === 'text' ? 'entry entry-approximate' : 'entry'} key={appearance.article.id}>
            <p class="entry-meta">
              <DateLabel date={appearance.article.date} dateSource={appearance.article.dateSource} />
            </p>
            <h3 class="entry-title" lang={appearance.article.lang}>
              <a href={href(appearance.article.url)}>{appearance.article.title}</a>
            </h3>
            <ul class="snippets" lang={appearance.article.lang}>
              {appearance.mentions.slice(0, SNIPPETS).map((mention) =>
                mention.sentence ? (
                  <li key={mention.sentence}>
                    <Snippet sentence={mention.sentence} surface={mention.surface} />
                  </li>
                ) : (
                  <li key="curated" class="note">
                    {t('actor.curated')}
                  </li>
                ),
              )}
              {appearance.mentions.length > SNIPPETS ? (
                <li class="note">
                  <a href={href(appearance.article.url)}>{tCount('count.moreSentences', appearance.mentions.length - SNIPPETS)}</a>
                </li>
              ) : null}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The same name but for a capital letter ("коаліція охочих" as the heading "Коаліція охочих"): not repeated under the heading. */
function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, settings.locale, { sensitivity: 'accent' }) === 0;
}

/** A role's title in the interface's language (Ukrainian titles for a Ukrainian interface). */
function roleTitle(title: { en: string; uk: string }): string {
  return settings.language === 'uk' ? title.uk : title.en;
}

/** The sentence of a mention, with the words that name the actor marked. */
function Snippet({ sentence, surface }: { sentence: string; surface: string }) {
  const at = sentence.indexOf(surface);
  if (at < 0 || surface === '') return <>{sentence}</>;
  return (
    <>
      {sentence.slice(0, at)}
      <mark>{surface}</mark>
      {sentence.slice(at + surface.length)}
    </>
  );
}
