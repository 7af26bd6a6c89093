import type { ActorPage } from '../../src/site/model.ts';
import { DateRange } from '../components/DateRange.tsx';
import { Layout } from '../components/Layout.tsx';
import { ONCE_PER_SITE, type PageData, type RenderContext } from '../lib/eleventy.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import { sideAnchor, sideName } from '../lib/sides.ts';
import { actorName, t } from '../lib/i18n.ts';

export const data = { ...ONCE_PER_SITE, permalink: '/actors/index.html' };

/** Everyone in the coverage, by side, most mentioned first; the rest of the knowledge base after. */
export function render(this: RenderContext, { site }: PageData) {
  const { groups, unmentioned } = site.actorIndex;
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={t('actors.title')}>
        <h1>{t('actors.title')}</h1>
        <p class="intro">
          {t('actors.intro')}{' '}
          {groups.map((group, index) => (
            <>
              {index ? ' · ' : ''}
              <a href={`#${sideAnchor(group.side)}`}>{sideName(group.side)}</a>
            </>
          ))}
        </p>
        {groups.map(({ side, actors }) => (
          <section aria-labelledby={sideAnchor(side)} key={sideAnchor(side)}>
            <h2 id={sideAnchor(side)} class="month-heading">
              {sideName(side)}
            </h2>
            {side === null ? <p class="note">{t('actors.unlistedNote')}</p> : null}
            <ActorTable actors={actors} />
          </section>
        ))}
        {unmentioned.length ? (
          <section aria-labelledby="unmentioned">
            <h2 id="unmentioned">{t('actors.unmentioned')}</h2>
            <p class="note">{t('actors.unmentionedNote')}</p>
            <ul class="actor-list">
              {unmentioned.map((actor) => (
                <li key={actor.id}>
                  <UnmentionedLink actor={actor} />
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </Layout>
    </HrefContext.Provider>
  );
}

function ActorTable({ actors }: { actors: readonly ActorPage[] }) {
  const href = useHref();
  return (
    <table class="actors">
      <thead>
        <tr>
          <th scope="col">{t('actors.name')}</th>
          <th scope="col" class="num">
            {t('actors.mentions')}
          </th>
          <th scope="col" class="num">
            {t('actors.articles')}
          </th>
          <th scope="col">{t('actors.appearance')}</th>
        </tr>
      </thead>
      <tbody>
        {actors.map((actor) => (
          <tr key={actor.id}>
            <th scope="row">
              <a href={href(actor.url)}>{actorName(actor)}</a>
              <span class="kind">{actor.type === 'organisation' ? ` ${t('actors.organisation')}` : ''}</span>
            </th>
            <td class="num">{actor.mentionCount}</td>
            <td class="num">{actor.articleCount}</td>
            <td>
              <DateRange from={actor.firstDate} to={actor.lastDate} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function UnmentionedLink({ actor }: { actor: ActorPage }) {
  const href = useHref();
  return <a href={href(actor.url)}>{actorName(actor)}</a>;
}

