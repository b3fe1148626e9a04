import { createContext } from '@lit/context';

export type Theme = 'light' | 'dark' | 'auto';
export const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * Page-level settings that `<recovery-provider>` hands to every widget inside it. Each is also an
 * attribute on every widget, and the widget's own attribute wins.
 */
export interface RecoverySettings {
  /** The partner organization's name, shown in calls to action. */
  organization?: string;
  phone?: string;
  sms?: string;
  email?: string;
  contactUrl?: string;
  /** Free text such as "Mon–Fri, 9am–5pm". */
  hours?: string;
  theme?: Theme;
  /** Where article data lives; defaults to `content/` beside the script. */
  contentBase?: string;
  /** How to link to an article on the partner's site, e.g. `/blog/{slug}`. */
  hrefTemplate?: string;
}

/** Symbol.for keeps the context shared when two copies of the script meet on one page. */
export const settingsContext = createContext<RecoverySettings | undefined>(Symbol.for('recovery-widgets.settings'));
