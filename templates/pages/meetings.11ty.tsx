import { Layout } from '../components/Layout.tsx';
import { MeetingBadges } from '../components/MeetingBadges.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate } from '../lib/format.ts';
import { HrefContext, useHref } from '../lib/links.ts';
import type { MeetingPage } from '../../src/site/model.ts';

export const data = { permalink: '/meetings/index.html', eleventyExcludeFromCollections: true };

/** Every meeting in time order, with date, place, format and status at a glance. */
export function render(this: RenderContext, { site }: PageData) {
  return (
    <HrefContext.Provider value={(path) => this.url(path)}>
      <Layout title="Meetings">
        <h1>Meetings</h1>
        <p class="intro">Talks, calls and summits the articles report, announce or recall, merged across articles and languages.</p>
        <table class="meetings">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Meeting</th>
              <th scope="col">Place</th>
              <th scope="col">Format and status</th>
              <th scope="col" class="num">
                Articles
              </th>
            </tr>
          </thead>
          <tbody>
            {site.meetings.map((meeting) => (
              <MeetingRow meeting={meeting} key={meeting.id} />
            ))}
          </tbody>
        </table>
      </Layout>
    </HrefContext.Provider>
  );
}

function MeetingRow({ meeting }: { meeting: MeetingPage }) {
  const href = useHref();
  return (
    <tr>
      <td class="date-cell">
        {meeting.date ? (
          <>
            {meeting.approximate ? <abbr title="approximately">approx.</abbr> : null} <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>
          </>
        ) : (
          <span class="date-unknown">Date unknown</span>
        )}
      </td>
      <th scope="row">
        <a href={href(meeting.url)}>{meeting.title}</a>
      </th>
      <td>{meeting.place ?? '—'}</td>
      <td>
        <MeetingBadges meeting={meeting} />
      </td>
      <td class="num">{meeting.coverage.length}</td>
    </tr>
  );
}
