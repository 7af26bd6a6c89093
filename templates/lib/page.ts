/**
 * The page being rendered, for components that need to know where they are (the canonical
 * address, the feeds that belong to the page). `eleventy.config.ts` provides it around
 * every TSX page, so pages do not have to pass it down.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

export interface CurrentPage {
  /** The page's site path without the path prefix ("/actors/rustem-umerov/"), or null outside a build. */
  url: string | null;
}

export const PageContext = createContext<CurrentPage>({ url: null });

export function useCurrentPage(): CurrentPage {
  return useContext(PageContext);
}
