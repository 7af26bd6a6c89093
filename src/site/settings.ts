/** Site-wide settings a publisher may change: one place, read by the templates. */
export const settings = {
  title: 'Peace Talks Timeline',
  description: 'Ukrainian and Russian news coverage of the 2025–2026 Russia–Ukraine peace negotiations, day by day.',
  /** Locale of the interface: dates and numbers are formatted in it. */
  locale: 'en-GB',
  /** Language of the interface, for `<html lang>`. */
  lang: 'en',
} as const;
