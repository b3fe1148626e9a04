import type { Meeting } from '../../meetings/types.js';
import type { FeedSnapshot } from './controllers/feeds-controller.js';
import type { SavedController } from './controllers/saved.js';
import { calendarFor, combineCalendars, downloadCalendar } from './meeting-actions.js';
import type { SavedProps, SaveStar } from './saved-view.js';
import type { FinderLocalizer } from './ui.js';

/** What the saved-meetings view needs from the feed mode that draws it. */
export interface SavedContext {
  saved: SavedController;
  i18n: FinderLocalizer;
  /** The meetings saved, of the snapshot's (empty before a feed lands). */
  mine: readonly Meeting[];
  snapshot?: FeedSnapshot;
  now: Date;
  /** Whether one meeting's detail is open, when the star is pressed (there focus stays on it). */
  detailOpen: () => boolean;
  /** Moves keyboard focus to the first element matching a selector in the widget. */
  focus: (selector: string) => void;
  root: ShadowRoot;
}

/** The stars, the saved view and its calendar, with the `saved` attribute. */
export function buildSavedProps(c: SavedContext): SavedProps & SaveStar {
  const { saved, mine, snapshot } = c;
  return {
    i18n: c.i18n,
    only: saved.only,
    count: mine.length,
    status: saved.status,
    canCalendar: mine.some((m) => m.time && m.days.length),
    has: (m) => saved.has(m),
    toggle: (m) => {
      // In the saved view a meeting unsaved from the list leaves it: focus goes to the toggle.
      if (saved.only && !c.detailOpen() && saved.has(m)) c.focus('[part~="saved-toggle"]');
      saved.toggle(m);
    },
    onOnly: (only) => saved.setOnly(only),
    onForget: () => {
      saved.forget();
      c.focus('[part~="saved-toggle"]');
    },
    onCalendar: () => {
      const engine = snapshot?.engine;
      const ics = engine && combineCalendars(mine.flatMap((m) => calendarFor(engine, m, c.now, c.i18n.lang) ?? []));
      if (ics) downloadCalendar(c.root, ics, 'saved-meetings.ics');
    },
  };
}
