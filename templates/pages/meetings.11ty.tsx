import { Layout } from '../components/Layout.tsx';
import { MeetingBadges } from '../components/MeetingBadges.tsx';
import { TimelineChart } from '../components/TimelineChart.tsx';
import { ApproximateDate } from '../components/DateLabel.tsx';
import type { PageData, RenderContext } from '../lib/eleventy.ts';
import { formatDate, meetingPlace, meetingTitle, t } from '../lib/i18n.ts';
import { HrefContext, useHref, withPrefix } from '../lib/links.ts';
import type { MeetingPage } from '../../src/site/model.ts';
import type { MeetingIndexPage } from '../../src/site/pages.ts';
import { Pager, showing } from '../components/Pager.tsx';

/** `/meetings/`, then `/meetings/page/2/` and so on, from `site.meetingIndex` (`DEFAULT_PAGE_SIZES.meetings` a page, src/site/pagination.ts). */
export const data = {
  pagination: { data: 'site.render.meetingIndex', size: 1, alias: 'indexPage' },
  permalink: (data: { indexPage: MeetingIndexPage }) => data.indexPage.url,
  eleventyExcludeFromCollections: true,
};

/** Every meeting in time order, with date, place, format and status at a glance; the chart on page 1. */
export function render(this: RenderContext, { site, indexPage }: PageData & { indexPage: MeetingIndexPage }) {
  const title = indexPage.number > 1 ? t('filter.page', { title: t('meetings.title'), number: indexPage.number }) : t('meetings.title');
  return (
    <HrefContext.Provider value={withPrefix(this.url('/'))}>
      <Layout title={title} description={indexPage.number > 1 ? t('meetings.intro') : undefined}>
        <h1>{title}</h1>
        <p class="intro">
          {t('meetings.intro')}
          {indexPage.pageCount > 1 ? ` ${showing('pager.showingMeetings', indexPage.meetings)}` : ''}
        </p>
        {indexPage.number === 1 ? <TimelineChart chart={site.charts.meetings} id="tl-meetings" title={t('chart.title.meetings')} /> : null}
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
            {indexPage.meetings.items.map((meeting) => (
              <MeetingRow meeting={meeting} key={meeting.id} />
            ))}
          </tbody>
        </table>
        <Pager pager={indexPage.pager} />
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
        <a href={href(meeting.url)}>{meetingTitle(meeting)}</a>
      </th>
      <td>{meetingPlace(meeting) ?? '—'}</td>
      <td>
        <MeetingBadges meeting={meeting} />
      </td>
      <td class="num">{meeting.coverage.length}</td>
    </tr>
  );
}
