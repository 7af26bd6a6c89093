import type { MeetingPage } from '../../src/site/model.ts';
import { ActorList, otherNamesOf } from '../components/ActorList.tsx';
import { ApproximateDate, DateLabel } from '../components/DateLabel.tsx';
import { Layout } from '../components/Layout.tsx';
import { PagerLink } from '../components/PagerLink.tsx';
import { MeetingBadges } from '../components/MeetingBadges.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate, t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';

export const data = {
  pagination: { data: 'site.meetings', size: 1, alias: 'meeting' },
  permalink: (data: { meeting: MeetingPage }) => data.meeting.url,
  eleventyExcludeFromCollections: true,
};

/** One meeting: when, where, how, who, what became of it, and every article that covers it. */
export function render(this: RenderContext, { meeting, site }: PageData & { meeting: MeetingPage }) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={meeting.title} description={`${meeting.title}${meeting.date ? `, ${formatDate(meeting.date)}` : ''}: ${t(`status.${meeting.status}`).toLowerCase()}.`}>
        <MeetingView meeting={meeting} otherNames={otherNamesOf(site.actors)} />
      </Layout>
    </HrefContext.Provider>
  );
}

function MeetingView({ meeting, otherNames }: { meeting: MeetingPage; otherNames: ReadonlyMap<string, readonly string[]> }) {
  const href = useHref();
  return (
    <article class="meeting-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/meetings/')}>{t('meetings.title')}</a>
      </nav>
      {/* Search (Pagefind) indexes the title and the participants, with the date to show; the articles' sentences are indexed with the articles. */}
      <h1 data-pagefind-body data-pagefind-meta="title" data-pagefind-filter={`${t('search.filterType')}:${t('search.typeMeeting')}`}>
        {meeting.title}
      </h1>
      <p class="badges">
        <MeetingBadges meeting={meeting} />
      </p>
      <dl class="facts">
        <dt>{t('meeting.date')}</dt>
        <dd data-pagefind-meta={meeting.date ? `${t('search.metaDate')}:${meeting.approximate ? `${t('date.approx')} ` : ''}${formatDate(meeting.date)}` : undefined}>
          {meeting.date ? (
            <>
              {meeting.approximate ? <ApproximateDate date={meeting.date} /> : <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>}
              {meeting.endDate && meeting.endDate !== meeting.date ? (
                <>
                  {' – '}
                  <time dateTime={meeting.endDate}>{formatDate(meeting.endDate)}</time>
                </>
              ) : null}
              {meeting.approximate ? <span class="note"> {t('meeting.approxNote')}</span> : null}
            </>
          ) : (
            t('date.unknown')
          )}
        </dd>
        <dt>{t('meeting.place')}</dt>
        <dd>{meeting.place ?? (meeting.kind === 'in-person' ? t('meeting.placeNotStated') : t('meeting.placeNone', { kind: t(`kind.${meeting.kind}`).toLowerCase() }))}</dd>
        <dt>{t('meeting.format')}</dt>
        <dd>{t(`kind.${meeting.kind}`)}</dd>
        <dt>{t('meeting.status')}</dt>
        <dd>
          {meeting.statusHistory.length > 1 ? (
            <ol class="status-history">
              {meeting.statusHistory.map((change, index) => (
                <li key={index}>
                  {t(`status.${change.status}`)}
                  {change.reportedOn ? (
                    <>
                      {' '}
                      ({t('meeting.reported', { date: formatDate(change.reportedOn) })}
                      {change.article ? (
                        <>
                          {` ${t('meeting.reportedIn')} `}
                          <a href={href(change.article.url)}>{change.article.title}</a>
                        </>
                      ) : null}
                      )
                    </>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            t(`status.${meeting.status}`)
          )}
        </dd>
      </dl>
      {meeting.participants.length ? (
        <section aria-labelledby="participants">
          <h2 id="participants">{t('meeting.participants')}</h2>
          {/* Weighed low: a search for a name should list the articles that name them before their meetings. */}
          <div data-pagefind-body data-pagefind-weight="0.2">
            <ActorList actors={meeting.participants} label={t('meeting.participantsLabel', { title: meeting.title })} searchFilter={t('search.filterActor')} otherNames={otherNames} />
          </div>
        </section>
      ) : null}
      <section aria-labelledby="coverage">
        <h2 id="coverage">{t('meeting.inArticles')}</h2>
        {meeting.coverage.length === 0 ? <p>{t('meeting.noCoverage')}</p> : null}
        <ol class="entries">
          {meeting.coverage.map((item) => (
            <li class="entry" key={item.article.id}>
              <p class="entry-meta">
                <DateLabel date={item.article.date} dateSource={item.article.dateSource} /> <span>{t('meeting.reportsAs', { status: t(`status.${item.status}`).toLowerCase() })}</span>
              </p>
              <h3 class="entry-title" lang={item.article.lang}>
                <a href={href(item.article.url)}>{item.article.title}</a>
              </h3>
              {item.evidence ? (
                <blockquote class="evidence" lang={item.article.lang}>
                  {item.evidence}
                </blockquote>
              ) : (
                <p class="note">{t('meeting.curated')}</p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <nav class="pager" aria-label={t('meeting.pager')}>
        <PagerLink link={meeting.previous} rel="prev" label={t('meeting.previous')} />
        <PagerLink link={meeting.next} rel="next" label={t('meeting.next')} />
      </nav>
    </article>
  );
}
