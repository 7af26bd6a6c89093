import type { ActorPage } from '../../src/site/model.ts';
import { ActorList } from '../components/ActorList.tsx';
import { MeetingList } from '../components/MeetingList.tsx';
import { DateLabel } from '../components/DateLabel.tsx';
import { DateRange } from '../components/DateRange.tsx';
import { Layout } from '../components/Layout.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import type { TimelineChart as Chart } from '../../src/site/charts.ts';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { t, tCount } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import { sideName } from '../lib/sides.ts';
import { settings } from '../../src/site/settings.ts';

export const data = {
  pagination: { data: 'site.actors', size: 1, alias: 'actor' },
  permalink: (data: { actor: ActorPage }) => data.actor.url,
  eleventyExcludeFromCollections: true,
};

/** One person or organisation: names, roles over time, and every article that names them. */
export function render(this: RenderContext, { site, actor }: PageData & { actor: ActorPage }) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={actor.name} description={t('actor.description', { name: actor.name, articles: tCount('count.articles', actor.articleCount) })}>
        <ActorView actor={actor} chart={site.charts.actors[actor.id]} />
      </Layout>
    </HrefContext.Provider>
  );
}

function ActorView({ actor, chart }: { actor: ActorPage; chart: Chart | undefined }) {
  const href = useHref();
  return (
    <article class="actor-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/actors/')}>{t('actors.title')}</a>
      </nav>
      <h1>{actor.name}</h1>
      {actor.inKnowledgeBase ? null : (
        <p class="notice">
          {t('actor.notInKnowledgeBase')}{' '}
          <code>knowledge/people.yaml</code>.
        </p>
      )}
      <dl class="facts">
        {actor.names.uk ? (
          <>
            <dt>{t('actor.ukrainian')}</dt>
            <dd lang="uk">{actor.names.uk}</dd>
          </>
        ) : null}
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
      {chart ? <TimelineChart chart={chart} id="tl-actor" title={t('chart.title.actor', { name: actor.name })} measure="mentions" /> : null}
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
      {actor.meetings.length ? (
        <section aria-labelledby="meetings">
          <h2 id="meetings">{t('actor.meetings')}</h2>
          <MeetingList meetings={actor.meetings} />
        </section>
      ) : null}
      {actor.coActors.length ? (
        <section aria-labelledby="with">
          <h2 id="with">{t('actor.namedWith')}</h2>
          <ActorList actors={actor.coActors} label={t('actor.namedWithLabel', { name: actor.name })} />
        </section>
      ) : null}
      <section aria-labelledby="articles">
        <h2 id="articles">{t('actor.inArticles')}</h2>
        {actor.appearances.length === 0 ? <p>{t('actor.noArticles', { name: actor.name })}</p> : null}
        <ol class="entries">
          {actor.appearances.map((appearance) => (
            <li class={appearance.article.dateSource === 'text' ? 'entry entry-approximate' : 'entry'} key={appearance.article.id}>
              <p class="entry-meta">
                <DateLabel date={appearance.article.date} dateSource={appearance.article.dateSource} />
              </p>
              <h3 class="entry-title" lang={appearance.article.lang}>
                <a href={href(appearance.article.url)}>{appearance.article.title}</a>
              </h3>
              <ul class="snippets" lang={appearance.article.lang}>
                {appearance.mentions.map((mention) =>
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
              </ul>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
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
