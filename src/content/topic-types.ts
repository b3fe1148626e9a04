/** The shape of `dist/content/topics.json`: the topic vocabulary with a label per language. */
export interface TopicLabels {
  en: string;
  es: string;
  /** The other languages' labels, when given (fr, pt, zh, ar). */
  [language: string]: string;
}

export interface TopicVocabulary {
  version: 1;
  /** Topic slug → labels, in the order of content/topics.yml. */
  topics: Record<string, TopicLabels>;
}
