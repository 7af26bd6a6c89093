import type { MeetingPage } from '../../src/site/model.ts';
import type { MeetingCoveragePage } from '../../src/site/pages.ts';
import { Pager, showing } from '../components/Pager.tsx';
import { ActorList, actorSearchFilter, otherNamesOf } from '../components/ActorList.tsx';
import { ApproximateDate, DateLabel } from '../components/DateLabel.tsx';
import { Layout } from '../components/Layout.tsx';
import { PagerLink } from '../components/PagerLink.tsx';
import { MeetingBadges } from '../components/MeetingBadges.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate, meetingPlace, meetingTitle, t, tCount } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';

/** One page per meeting and page number, from `site.meetingPages` (at most `DEFAULT_PAGE_SIZES.coverage` covering articles each, src/site/pagination.ts). */
export const data = {
  pagination: { data: 'site.render.meetingPages', size: 1, alias: 'meetingPage' },
  permalink: (data: { meetingPage: MeetingCoveragePage }) => data.meetingPage.url,
  eleventyExcludeFromCollections: true,
};

/**
 * One meeting: when, where, how, who, what became of it, and the articles that cover it (more
 * of them on `/meetings/<id>/page/2/` and so on, each with a short header).
 */
export function render(this: RenderContext, { meetingPage, site }: PageData & { meetingPage: MeetingCoveragePage }) {
  const { meeting } = meetingPage;
  const title = meetingPage.number > 1 ? t('filter.page', { title: meetingTitle(meeting), number: meetingPage.number }) : meetingTitle(meeting);
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={title} description={`${meetingTitle(meeting)}${meeting.date ? `, ${formatDate(meeting.date)}` : ''}: ${t(`status.${meeting.status}`).toLowerCase()}.`}>
        {meetingPage.number === 1 ? <MeetingView page={meetingPage} otherNames={otherNamesOf(site.actors)} actorFilter={actorSearchFilter(site)} /> : <MeetingMore page={meetingPage} title={title} />}
      </Layout>
    </HrefContext.Provider>
  );
}

/** A later page: the title, the way back to page 1, and this page's covering articles (not indexed for search). */
function MeetingMore({ page, title }: { page: MeetingCoveragePage; title: string }) {
  const href = useHref();
  const { meeting } = page;
  return (
    <article class="meeting-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/meetings/')}>{t('meetings.title')}</a> › <a href={href(meeting.url)}>{meetingTitle(meeting)}</a>
      </nav>
      <h1>{title}</h1>
      <Coverage page={page} />
      <Pager pager={page.pager} />
    </article>
  );
}

function Coverage({ page }: { page: MeetingCoveragePage }) {
  const href = useHref();
  const { coverage } = page;
  return (
    <section aria-labelledby="coverage">
      <h2 id="coverage">{t('meeting.inArticles')}</h2>
      {coverage.total === 0 ? <p>{t('meeting.noCoverage')}</p> : null}
      {page.pageCount > 1 ? <p class="note">{showing('filter.showing', coverage)}</p> : null}
      <ol class="entries">
        {coverage.items.map((item) => (
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
  );
}

function MeetingView({ page, otherNames, actorFilter }: { page: MeetingCoveragePage; otherNames: ReadonlyMap<string, readonly string[]>; actorFilter: string | undefined }) {
  const href = useHref();
  const { meeting } = page;
  return (
    <article class="meeting-page">
      <nav aria-label={t('breadcrumb')} class="breadcrumb">
        <a href={href('/meetings/')}>{t('meetings.title')}</a>
      </nav>
      {/* Search (Pagefind) indexes the title and the participants, with the date to show; the articles' sentences are indexed with the articles. */}
      <h1 data-pagefind-body data-pagefind-meta="title" data-pagefind-filter={`${t('search.filterType')}:${t('search.typeMeeting')}`}>
        {meetingTitle(meeting)}
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
        <dd>{meetingPlace(meeting) ?? (meeting.kind === 'in-person' ? t('meeting.placeNotStated') : t('meeting.placeNone', { kind: t(`kind.${meeting.kind}`).toLowerCase() }))}</dd>
        <dt>{t('meeting.format')}</dt>
        <dd>{t(`kind.${meeting.kind}`)}</dd>
        <dt>{t('meeting.status')}</dt>
        <dd>
          {meeting.statusHistory.length > 1 ? (
            <ol class="status-history">
              {page.statusHistory.first.map((change, index) => (
                <StatusChange change={change} key={index} />
              ))}
              {page.statusHistory.omitted ? <li class="omitted">{tCount('count.statusChangesOmitted', page.statusHistory.omitted)}</li> : null}
              {page.statusHistory.last.map((change, index) => (
                // Numbered as in the whole history: the changes left out count too.
                <StatusChange change={change} key={`last-${index}`} number={index === 0 ? page.statusHistory.first.length + page.statusHistory.omitted + 1 : undefined} />
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
            <ActorList actors={meeting.participants} label={t('meeting.participantsLabel', { title: meetingTitle(meeting) })} searchFilter={actorFilter} otherNames={otherNames} />
          </div>
        </section>
      ) : null}
      <Coverage page={page} />
      <Pager pager={page.pager} />
      <nav class="pager" aria-label={t('meeting.pager')}>
        {/* rel=prev/next belongs to the coverage pages when there are several. */}
        <PagerLink link={meeting.previous && { url: meeting.previous.url, title: meetingTitle(meeting.previous) }} rel="prev" label={t('meeting.previous')} linkRel={page.pageCount === 1} />
        <PagerLink link={meeting.next && { url: meeting.next.url, title: meetingTitle(meeting.next) }} rel="next" label={t('meeting.next')} linkRel={page.pageCount === 1} />
      </nav>
    </article>
  );
}

/** One change of status: when it was reported, and by which article. */
function StatusChange({ change, number }: { change: MeetingPage['statusHistory'][number]; number?: number | undefined }) {
  const href = useHref();
  return (
    <li value={number}>
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
  );
}
