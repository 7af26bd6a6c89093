import { Layout } from '../components/Layout.tsx';
import { MeetingBadges } from '../components/MeetingBadges.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { ApproximateDate } from '../components/DateLabel.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate, t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import type { MeetingPage } from '../../src/site/model.ts';

export const data = { permalink: '/meetings/index.html', eleventyExcludeFromCollections: true };

/** Every meeting in time order, with date, place, format and status at a glance. */
export function render(this: RenderContext, { site }: PageData) {
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={t('meetings.title')}>
        <h1>{t('meetings.title')}</h1>
        <p class="intro">{t('meetings.intro')}</p>
        <TimelineChart chart={site.charts.meetings} id="tl-meetings" title={t('chart.title.meetings')} />
        <table class="meetings">
          <thead>
            <tr>
              <th scope="col">{t('meetings.date')}</th>
              <th scope="col">{t('meetings.meeting')}</th>
              <th scope="col">{t('meetings.place')}</th>
              <th scope="col">{t('meetings.formatStatus')}</th>
              <th scope="col" class="num">
                {t('meetings.articles')}
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
    <tr id={`meeting-${meeting.id}`}>
      <td class="date-cell">
        {meeting.date ? (
          meeting.approximate ? (
            <ApproximateDate date={meeting.date} />
          ) : (
            <time dateTime={meeting.date}>{formatDate(meeting.date)}</time>
          )
        ) : (
          <span class="date-unknown">{t('date.unknown')}</span>
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
