import type { MeetingLink, MeetingPage } from '../../src/site/model.ts';
import { ActorList } from '../components/ActorList.tsx';
import { DateLabel } from '../components/DateLabel.tsx';
import { Layout } from '../components/Layout.tsx';
import { MeetingBadges } from '../components/MeetingBadges.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate } from '../lib/format.ts';
import { HrefContext, useHref } from '../lib/links.ts';
import { KIND_NAMES, STATUS_NAMES } from '../lib/meetings.ts';

export const data = {
  pagination: { data: 'site.meetings', size: 1, alias: 'meeting' },
  permalink: (data: { meeting: MeetingPage }) => data.meeting.url,
  eleventyExcludeFromCollections: true,
};

/** One meeting: when, where, how, who, what became of it, and every article that covers it. */
export function render(this: RenderContext, { meeting }: PageData & { meeting: MeetingPage }) {
  return (
    <HrefContext.Provider value={(path) => this.url(path)}>
      <Layout title={meeting.title} description={`${meeting.title}${meeting.date ? `, ${formatDate(meeting.date)}` : ''}: ${STATUS_NAMES[meeting.status].toLowerCase()}.`}>
        <MeetingView meeting={meeting} />
      </Layout>
    </HrefContext.Provider>
  );
}

function MeetingView({ meeting }: { meeting: MeetingPage }) {
  const href = useHref();
  return (
    <article class="meeting-page">
      <nav aria-label="Breadcrumb" class="breadcrumb">
        <a href={href('/meetings/')}>Meetings</a>
      </nav>
      <h1>{meeting.title}</h1>
      <p class="badges">
        <MeetingBadges meeting={meeting} />
      </p>
      <dl class="facts">
        <dt>Date</dt>
        <dd>
          {meeting.date ? (
            <>
              {meeting.approximate ? (
                <>
                  <abbr title="approximately">approx.</abbr>{' '}
                </>
              ) : null}
              <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>
              {meeting.endDate && meeting.endDate !== meeting.date ? (
                <>
                  {' – '}
                  <time dateTime={meeting.endDate}>{formatDate(meeting.endDate)}</time>
                </>
              ) : null}
              {meeting.approximate ? <span class="note"> (no article gives the date: it is the reporting article's)</span> : null}
            </>
          ) : (
            'Unknown'
          )}
        </dd>
        <dt>Place</dt>
        <dd>{meeting.place ?? (meeting.kind === 'in-person' ? 'Not stated' : `None (${KIND_NAMES[meeting.kind].toLowerCase()})`)}</dd>
        <dt>Format</dt>
        <dd>{KIND_NAMES[meeting.kind]}</dd>
        <dt>Status</dt>
        <dd>
          {meeting.statusHistory.length > 1 ? (
            <ol class="status-history">
              {meeting.statusHistory.map((change, index) => (
                <li key={index}>
                  {STATUS_NAMES[change.status]}
                  {change.reportedOn ? (
                    <>
                      {' '}
                      (reported <time dateTime={change.reportedOn}>{formatDate(change.reportedOn)}</time>
                      {change.article ? (
                        <>
                          {' in '}
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
            STATUS_NAMES[meeting.status]
          )}
        </dd>
      </dl>
      {meeting.participants.length ? (
        <section aria-labelledby="participants">
          <h2 id="participants">Participants</h2>
          <ActorList actors={meeting.participants} label={`Participants of ${meeting.title}`} />
        </section>
      ) : null}
      <section aria-labelledby="coverage">
        <h2 id="coverage">In the articles</h2>
        {meeting.coverage.length === 0 ? <p>Known from the knowledge base; no article covers it yet.</p> : null}
        <ol class="entries">
          {meeting.coverage.map((item) => (
            <li class="entry" key={item.article.id}>
              <p class="entry-meta">
                <DateLabel date={item.article.date} dateSource={item.article.dateSource} /> <span>reports it as {STATUS_NAMES[item.status].toLowerCase()}</span>
              </p>
              <h3 class="entry-title" lang={item.article.lang}>
                <a href={href(item.article.url)}>{item.article.title}</a>
              </h3>
              {item.evidence ? (
                <blockquote class="evidence" lang={item.article.lang}>
                  {item.evidence}
                </blockquote>
              ) : (
                <p class="note">Listed by the curator in the article's front matter.</p>
              )}
            </li>
          ))}
        </ol>
      </section>
      <nav class="pager" aria-label="Previous and next meeting">
        <PagerLink link={meeting.previous} rel="prev" label="Previous meeting" />
        <PagerLink link={meeting.next} rel="next" label="Next meeting" />
      </nav>
    </article>
  );
}

function PagerLink({ link, rel, label }: { link: MeetingLink | null; rel: 'prev' | 'next'; label: string }) {
  const href = useHref();
  if (!link) return <span class={`pager-${rel} pager-empty`} />;
  return (
    <a class={`pager-${rel}`} rel={rel} href={href(link.url)}>
      <span class="pager-label">{label}</span>
      <span class="pager-title">{link.title}</span>
    </a>
  );
}
