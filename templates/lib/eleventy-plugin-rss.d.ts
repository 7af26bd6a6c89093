/** The helpers of `@11ty/eleventy-plugin-rss` these templates use (the package ships no types). */
declare module '@11ty/eleventy-plugin-rss' {
  /** An RFC 3339 instant in UTC, without milliseconds ("2025-11-25T00:00:00Z"). */
  export function dateToRfc3339(date: Date): string;
  /** HTML with every relative link and image address made absolute against `base`. */
  export function convertHtmlToAbsoluteUrls(html: string, base: string, processOptions?: Record<string, unknown>): Promise<string>;
  export function absoluteUrl(url: string, base: string): string;
}
