/**
 * The people of an article or meeting page in the search index: their other names are always
 * indexed (so "Умєров" finds "Умеров"); they are a search filter only while the site is small
 * enough for Pagefind to count filter values quickly (src/site/site-data.ts).
 */
import { renderToStaticMarkup } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { ActorRef } from '../../src/site/model.ts';
import { PEOPLE_FILTER_MAX_PAGES, searchOptions } from '../../src/site/site-data.ts';
import { ActorList, actorSearchFilter } from '../../templates/components/ActorList.tsx';

const umerov: ActorRef = { id: 'rustem-umerov', name: 'Rustem Umerov', displayNames: { en: 'Rustem Umerov', uk: 'Рустем Умєров' }, type: 'person' };
const otherNames = new Map([['rustem-umerov', ['Рустем Умєров', 'Рустем Умеров']]]);

function render(peopleFilter: boolean): string {
  const searchFilter = actorSearchFilter({ search: { peopleFilter } });
  return renderToStaticMarkup(<ActorList actors={[umerov]} label="People" searchFilter={searchFilter} otherNames={otherNames} />);
}

describe('people in the search index', () => {
  it('gives each person as a filter value, and indexes their other names, on a small site', () => {
    const html = render(true);
    expect(html).toContain('data-pagefind-filter="People and organisations"');
    expect(html).toContain('title="Рустем Умєров · Рустем Умеров" data-pagefind-index-attrs="title"');
  });

  it('still indexes their other names when the site is too large for the filter', () => {
    const html = render(false);
    expect(html).not.toContain('data-pagefind-filter');
    expect(html).toContain('title="Рустем Умєров · Рустем Умеров" data-pagefind-index-attrs="title"');
  });

  it('keeps the filter up to its limit of searchable pages, and drops it above', () => {
    expect(searchOptions(0).peopleFilter).toBe(true);
    expect(searchOptions(PEOPLE_FILTER_MAX_PAGES).peopleFilter).toBe(true);
    expect(searchOptions(PEOPLE_FILTER_MAX_PAGES + 1).peopleFilter).toBe(false);
  });
});
