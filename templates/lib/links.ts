import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

/** Turns a site path ("/articles/x/") into a link that works under the path prefix. */
export type Href = (path: string) => string;

export const HrefContext = createContext<Href>((path) => path);

export function useHref(): Href {
  return useContext(HrefContext);
}
