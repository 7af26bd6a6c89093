import type { ActorPage } from '../../src/site/model.ts';
import { ActorList } from '../components/ActorList.tsx';
import { MeetingList } from '../components/MeetingList.tsx';
import { DateLabel } from '../components/DateLabel.tsx';
import { DateRange } from '../components/DateRange.tsx';
import { Layout } from '../components/Layout.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatCount } from '../lib/format.ts';
import { HrefContext, useHref } from '../lib/links.ts';
import { sideName } from '../lib/sides.ts';

export const data = {
  pagination: { data: 'site.actors', size: 1, alias: 'actor' },
  permalink: (data: { actor: ActorPage }) => data.actor.url,
  eleventyExcludeFromCollections: true,
};

/** One person or organisation: names, roles over time, and every article that names them. */
export function render(this: RenderContext, { actor }: PageData & { actor: ActorPage }) {
  return (
    <HrefContext.Provider value={(path) => this.url(path)}>
      <Layout title={actor.name} description={`${actor.name} in the coverage of the peace negotiations: ${formatCount(actor.articleCount, 'article', 'articles')}.`}>
        <ActorView actor={actor} />
      </Layout>
    </HrefContext.Provider>
  );
}

function ActorView({ actor }: { actor: ActorPage }) {
  const href = useHref();
  return (
    <article class="actor-page">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={href('/actors/')}>People and organisations</a>
      </nav>
      <h1>{actor.name}</h1>
      {actor.inKnowledgeBase ? null : (
        <p class="notice">
          Not in the knowledge base: found in the text by name. The English name is a transliteration; a curator can add this person to{' '}
          <code>knowledge/people.yaml</code>.
        </p>
      )}
      <dl class="facts">
        {actor.names.uk ? (
          <>
            <dt>Ukrainian</dt>
            <dd lang="uk">{actor.names.uk}</dd>
          </>
        ) : null}
        {actor.names.ru ? (
          <>
            <dt>Russian</dt>
            <dd lang="ru">{actor.names.ru}</dd>
          </>
        ) : null}
        <dt>Side</dt>
        <dd>{sideName(actor.side)}</dd>
        <dt>In the coverage</dt>
        <dd>
          {formatCount(actor.mentionCount, 'mention', 'mentions')} in {formatCount(actor.articleCount, 'article', 'articles')}
          {actor.firstDate ? (
            <>
              , <DateRange from={actor.firstDate} to={actor.lastDate} />
            </>
          ) : null}
        </dd>
      </dl>
      {actor.roles.length ? (
        <section aria-labelledby="roles">
          <h2 id="roles">Roles</h2>
          <ul class="roles">
            {actor.roles.map((role) => (
              <li key={`${role.title.en}-${role.from ?? ''}`}>
                {role.title.en} <span class="role-dates">({role.from || role.to ? <DateRange from={role.from} to={role.to} /> : 'dates unknown'}{role.from && !role.to ? ' – present' : ''})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {actor.meetings.length ? (
        <section aria-labelledby="meetings">
          <h2 id="meetings">Meetings</h2>
          <MeetingList meetings={actor.meetings} />
        </section>
      ) : null}
      {actor.coActors.length ? (
        <section aria-labelledby="with">
          <h2 id="with">Named most often with</h2>
          <ActorList actors={actor.coActors} label={`Actors named with ${actor.name}`} />
        </section>
      ) : null}
      <section aria-labelledby="articles">
        <h2 id="articles">In the articles</h2>
        {actor.appearances.length === 0 ? <p>No article names {actor.name} yet.</p> : null}
        <ol class="entries">
          {actor.appearances.map((appearance) => (
            <li class="entry" key={appearance.article.id}>
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
                      Listed by the curator in the article's front matter.
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
