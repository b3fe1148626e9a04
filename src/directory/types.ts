/**
 * The fellowship directory: national mutual-help organizations the finder offers when no meeting
 * feed is configured (or beside one). Framework-free data, no DOM.
 */

/** Who the fellowship is for: the person with the problem, or the people around them. */
export type Audience = 'self' | 'family';

export type Approach = '12-step' | 'secular' | 'faith-based' | 'buddhist-inspired';

export const AUDIENCES: readonly Audience[] = ['self', 'family'];
export const APPROACHES: readonly Approach[] = ['12-step', 'secular', 'faith-based', 'buddhist-inspired'];

export interface DirectoryPhone {
  /** As the organization prints it. */
  display: string;
  /** Digits only, for `tel:` links. */
  tel: string;
}

export interface FellowshipEntry {
  /** Stable slug, unique in the directory. */
  id: string;
  /** The organization's official name. */
  name: string;
  serves: Audience;
  approach: Approach;
  /** Where a visitor finds meetings (the organization's own site; https). */
  finderUrl: string;
  /** The organization's own page or site for online meetings, when confirmed. */
  onlineUrl?: string;
  /** The organization's own published number, when confirmed. */
  phone?: DirectoryPhone;
  /** One line in our own words, in English (other languages: the packs' `directory` namespace, by id). */
  description: string;
  /**
   * How `finderUrl` was confirmed on `checked`: 'own-site' when a page of the organization's own
   * site was seen; 'secondary' when only the domain was confirmed through other sources (an
   * encyclopedia, a local service body). Re-check 'secondary' entries first.
   */
  confirmedBy: 'own-site' | 'secondary';
  /** `YYYY-MM-DD` the facts were last checked. */
  checked: string;
}
