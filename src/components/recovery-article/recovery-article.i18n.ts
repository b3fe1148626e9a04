/** English, built into the script; other languages: the `article` namespace of each language pack. */
export const articleMessages = {
  loading: 'Loading the article…',
  published: 'Published {date}',
  updated: 'Updated {date}',
  reviewed: 'Last reviewed {date}',
  reviewedBy: 'Last reviewed {date} by {reviewer}',
  by: 'By {author}',
  readingTime: '{minutes} min read',
  contents: 'Contents',
  references: 'References',
  citation: 'reference',
  backToCitation: 'Back to where reference {n} is cited',
  newTab: '(opens in a new tab)',
  source: 'Source',
  sourceNamed: 'Source: {name}',
  controls: 'Article tools',
  smaller: 'Smaller text',
  larger: 'Larger text',
  textSize: 'Text size {percent}',
  share: 'Share',
  copied: 'Link copied',
  copyThisLink: 'Copy this link',
  /**
   * The line before every article, for a reader in danger right now: one short sentence. `{call}`,
   * `{text}` and `{emergency}` become the three links below (all three must stay in it).
   */
  crisis: 'In crisis or in danger right now? {call} or {text}, any time. In an emergency, {emergency}.',
  /** A `tel:` link to 988, in the sentence above. */
  crisisCall: 'Call {number}',
  /** An `sms:` link to 988, in the sentence above. */
  crisisText: 'text {number}',
  /** A `tel:` link to 911, in the sentence above. */
  crisisEmergency: 'call {number}',
  fallbackNote: 'This article is not available in your language yet, so it is shown in English.',
  // Keyed by the failure reason (ArticleFailure).
  'not-found': 'This article could not be found. It may have moved or been removed.',
  network: 'The article could not be loaded. Please check your connection and try again.',
  invalid: 'The article could not be shown because its file is damaged.',
  misconfigured: 'This article cannot be shown because of a setup problem on this site.',
  retry: 'Try again',
} as const;
