/** English, built into the script; other languages: the `related` namespace of each language pack. */
export const relatedMessages = {
  heading: 'Related articles',
  latestHeading: 'Latest articles',
  loading: 'Loading related articles…',
  error: 'Related articles are not available right now.',
  empty: 'No related articles yet.',
  readMore: 'Read more',
  /** Visually hidden around the title after "Read more", so each link's name says where it goes. */
  aboutBefore: ' about “',
  aboutAfter: '”',
  /** Beside an article that has no translation yet. */
  inEnglish: 'In English',
} as const;
