import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Turns a site path ("/articles/x/") into a link that works under the path prefix. */
export type Href = (path: string) => string;

export const HrefContext = createContext<Href>((path) => path);

export function useHref(): Href {
  return useContext(HrefContext);
}

/**
 * The page's link maker from one call of Eleventy's `url` filter (`this.url('/')`, the path
 * prefix): calling the filter for every link cost ~28 s of a 10,000-article build.
 */
export function withPrefix(prefix: string): Href {
  const root = prefix.endsWith('/') ? prefix : `${prefix}/`;
  return (path) => (path.startsWith('/') && !path.startsWith('//') ? root + path.slice(1) : path);
}
