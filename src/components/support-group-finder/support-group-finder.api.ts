// The documented public surface of <support-group-finder>, apart from its behaviour (the pattern
// of Material Web, whose elements extend an internal class that holds their properties): what a
// webmaster may set, the events, parts and custom properties a partner may rely on, and the
// description the README shows. The element (support-group-finder.component.ts) extends this class.
// The manifest analyzer carries all of it to <support-group-finder> through inheritance; the
// description, which it does not inherit, by a plugin in custom-elements-manifest.config.mjs.
import type { PropertyDeclarations } from 'lit';
import { RecoveryElement } from '../../internal/recovery-element.js';

export interface FilterChangeDetail {
  filters: {
    search: boolean;
    days: number;
    times: number;
    modes: number;
    types: number;
    languages: number;
    regions: number;
    distance: boolean;
  };
  /** How many meetings match. */
  results: number;
}

export interface MeetingSelectDetail {
  /** The meeting's id in the merged list (`<source index>:<feed id>`). */
  meetingId: string;
  /** The feed URL it came from. */
  source: string;
}

declare module '../../internal/recovery-element.js' {
  interface RecoveryEventMap {
    'recovery-meeting-select': MeetingSelectDetail;
    'recovery-filter-change': FilterChangeDetail;
  }
}

/**
 * A support-group finder. With no `src` it is a directory of fellowships in three paths: support
 * for me, for someone I love, and professional help. With meeting feeds (Meeting Guide JSON or the
 * BMLT semantic API) it lists meetings by day from now, with search, filters, a detail view,
 * calendar export and an optional shareable URL. It makes no request except to the feeds, and
 * stores nothing unless the partner sets `saved`. "Use my location" asks the browser only when
 * clicked. "Directions" is a plain link to an https Google Maps search for the meeting's address:
 * nothing is sent until the visitor clicks it, and then only the address (opened with
 * `rel="noopener noreferrer"`).
 *
 * Help at the moment it is needed: when a search finds nothing, when every feed failed, and
 * (quietly, above the day sections) when nothing is in progress or starting soon, the finder shows
 * one calm block (`help`, headed "Talk with someone now") with the partner's own phone, text, email
 * or contact page (from the element's attributes or `<recovery-provider>`), the 988 Suicide & Crisis
 * Lifeline (call or text) and the SAMHSA National Helpline (1-800-662-4357), as real `tel:` and
 * `sms:` links; under an empty list it comes with the chips that remove each active filter and the
 * fellowship directory's links. Online meetings in progress are one click away at the top ("Join a
 * meeting that's on now"). Feed text (meeting names, places) keeps its own direction on a
 * right-to-left page.
 *
 * Keyboard and screen reader: a "Skip past the meeting list" link (shown on focus) moves focus to
 * the line after the list; the list draws a page of 50 rows, then "Show more" (when it shows the
 * last rows and goes, focus moves to the first of them). Escape closes a
 * meeting's detail and returns focus to its name in the list; with `sync-url` the browser's Back
 * does the same and puts the page back where it was scrolled. The "Filters (N)" count counts what
 * is inside the panel, not the search text. Where the feeds name meeting languages (type codes
 * `EN`, `S`, `FR`, ... and BMLT's `ES`, `LANG`), a "Language" menu filters by them.
 *
 * Saved meetings (opt-in, `saved`): a star on each meeting and a "Saved meetings (N)" toggle that
 * shows only those, with "Add saved meetings to calendar" (one `.ics`) and "Forget saved
 * meetings". Nothing is stored until a visitor first presses a star; then one localStorage entry,
 * `recovery-widgets.saved-meetings`, holds the feed's meeting ids per feed URL, on that device
 * only, and the widget says so. Where the browser refuses storage, the stars work for the visit
 * and the widget says they will not be kept.
 *
 * With `map-tiles`, a List / Map switch adds a map of the matching meetings on the tile server you
 * name; the map's file and its tiles are loaded only when a visitor opens the map.
 *
 * @fires recovery-meeting-select - A visitor opened a meeting. `detail`: `{ meetingId, source }` (the feed URL). Nothing personal.
 * @fires recovery-filter-change - The filters changed. `detail.filters` says which kinds are active and how many values each has (`search` is only true/false, never the text); `detail.results` is the match count.
 *
 * @csspart base - The block around everything.
 * @csspart heading - The widget's heading.
 * @csspart directory - The fellowship directory.
 * @csspart path-tabs - The group of the three paths (a radio group).
 * @csspart path-tab - Each path choice.
 * @csspart path-panel - The chosen path's content.
 * @csspart path-heading - The chosen path's heading.
 * @csspart approach - The approach select.
 * @csspart entry - Each directory entry (fellowship or helpline).
 * @csspart entry-name - An entry's heading.
 * @csspart entry-approach - An entry's approach line.
 * @csspart entry-description - An entry's description.
 * @csspart entry-link - An entry's links (also `entry-finder`, `entry-online`, `entry-phone`).
 * @csspart directory-links - The fellowship finder links under an empty list or a failed feed.
 * @csspart help - The calm "Talk with someone now" block: under an empty list or failed feeds, and above the day sections when nothing is on now or soon.
 * @csspart help-heading - Its heading.
 * @csspart help-link - Each call, text, email or contact link in it.
 * @csspart on-now - "Join a meeting that's on now": online meetings in progress, at the top.
 * @csspart on-now-heading - Its heading.
 * @csspart on-now-link - Each meeting's join link in it.
 * @csspart filters - The search box and filters.
 * @csspart search - The search field.
 * @csspart filters-toggle - The "Filters" disclosure button (narrow screens).
 * @csspart filter-panel - The filters behind the disclosure.
 * @csspart filter - Each filter group (also `filter-days`, `filter-times`, `filter-modes`, `filter-distance`); the type, language and region menus are each a `filter`. While a large feed's first meetings show and the rest is read, those three menus are disabled and offer only their "Any" choice.
 * @csspart locate - The "Use my location" button.
 * @csspart geo-status - Messages about the visitor's location.
 * @csspart clear - The "Clear filters" button.
 * @csspart toolbar - The result count, the saved-meetings toggle, the print button and the List / Map switch.
 * @csspart view-switch - The List / Map switch (with `map-tiles`); its buttons are `view-list` and `view-map` (`aria-pressed`).
 * @csspart map - The map view: the map, its tools, the tiles' credit and notes.
 * @csspart map-canvas - The map itself (Leaflet's container).
 * @csspart map-loading - "Loading the map…" while its file loads.
 * @csspart map-tools - The map's buttons: `zoom-in`, `zoom-out` and `map-locate` ("Use my location").
 * @csspart map-attribution - The tiles' credit (`map-attribution`), as text.
 * @csspart map-note - The count of online meetings, and of meetings without a place, that are not on the map.
 * @csspart map-place - The meetings of a place chosen on the map that has several; each is a `map-place-meeting` button.
 * @csspart count - The visible result count.
 * @csspart print - The "Print schedule" button.
 * @csspart skip-link - "Skip past the meeting list", shown when it has keyboard focus.
 * @csspart list - The meeting list.
 * @csspart list-end - The line after the list, where the skip link moves focus.
 * @csspart day - Each section of the list (in progress, starting soon, each day).
 * @csspart day-heading - A section's heading.
 * @csspart meeting - Each meeting in the list.
 * @csspart meeting-name - A meeting's name (a button that opens its detail).
 * @csspart meeting-time - A meeting's time.
 * @csspart meeting-details - A meeting's attendance mode and types.
 * @csspart meeting-place - A meeting's place or region, and distance.
 * @csspart show-more - The "Show more" button of long lists.
 * @csspart save - The star that saves a meeting (a toggle button, with `saved`).
 * @csspart saved-toggle - "Saved meetings (N)": shows only the saved ones while pressed.
 * @csspart saved-note - Where saved meetings are kept, with the calendar and forget buttons (in the saved view), and the status after a press.
 * @csspart saved-status - "Your saved meetings are kept on this device only." and the other messages about saving.
 * @csspart saved-calendar - "Add saved meetings to calendar".
 * @csspart forget-saved - "Forget saved meetings".
 * @csspart detail - The meeting detail view.
 * @csspart back - The "Back to the list" button.
 * @csspart detail-heading - The meeting's name in the detail view.
 * @csspart feedback - The detail's "Request a change" link: the feed's `feedback_url`, else an email to its `feedback_emails` that names the meeting and links to it (to this page without `sync-url`, which cannot open a meeting from the address).
 * @csspart detail-facts - The detail's list of facts; each fact has its own part: `detail-when`, `detail-mode`, `detail-types`, `detail-location`, `detail-address`, `detail-region`, `detail-location-notes`, `detail-notes`, `detail-group`, `detail-website`, `detail-email`, `detail-phone`, `detail-timezone`, `detail-updated` (with `detail-out-of-date` inside it past `stale-after`).
 * @csspart detail-actions - Join, dial-in, directions, calendar and share.
 * @csspart detail-action - Each of those actions (also `join`, `dial`, `directions`, `calendar`, `share`).
 * @csspart detail-link - Website, email and phone links.
 * @csspart same-location - Other meetings at the same place.
 * @csspart same-location-heading - Its heading.
 * @csspart status - Polite status messages (link copied, result count).
 * @csspart loading - The loading placeholder.
 * @csspart loading-more - "Loading meetings…" while a further feed loads beside ones already shown, or in the count's place while a large feed's first meetings are shown and the rest is read.
 * @csspart error - A feed or setting problem.
 * @csspart retry - The "Try again" button of a failed feed.
 * @csspart empty - The "No meetings match" message.
 * @csspart remove-filter - Each "remove this filter" button in the empty state.
 *
 * @cssprop [--recovery-color-primary=#0b5394] - Links, buttons and the chosen option.
 * @cssprop [--recovery-color-on-primary=#fff] - Text on primary buttons.
 * @cssprop [--recovery-color-text=#1d2327] - Text and headings.
 * @cssprop [--recovery-color-muted=#50575e] - Secondary text: dates, hours, notes.
 * @cssprop [--recovery-color-surface=#fff] - The background.
 * @cssprop [--recovery-color-surface-alt=#f3f5f7] - Cards, boxes and loading placeholders.
 * @cssprop [--recovery-color-border=#8c8f94] - Borders, and the edges of form fields.
 * @cssprop [--recovery-color-focus=#0b57d0] - The keyboard focus ring.
 * @cssprop [--recovery-color-danger=#b3261e] - The border of error messages.
 * @cssprop [--recovery-dark-color-primary=the light color, lightened; else #9ccaff] - Dark theme: links, buttons and the chosen option.
 * @cssprop [--recovery-dark-color-on-primary=#0b1a2a] - Dark theme: text on primary buttons.
 * @cssprop [--recovery-dark-color-text=#e8eaed] - Dark theme: text and headings.
 * @cssprop [--recovery-dark-color-muted=#b6bcc3] - Dark theme: secondary text: dates, hours, notes.
 * @cssprop [--recovery-dark-color-surface=#1b1f24] - Dark theme: the background.
 * @cssprop [--recovery-dark-color-surface-alt=#262b31] - Dark theme: cards, boxes and loading placeholders.
 * @cssprop [--recovery-dark-color-border=#7d848c] - Dark theme: borders, and the edges of form fields.
 * @cssprop [--recovery-dark-color-focus=the light color, lightened; else #a8c7fa] - Dark theme: the keyboard focus ring.
 * @cssprop [--recovery-dark-color-danger=the light color, lightened; else #ffb4ab] - Dark theme: the border of error messages.
 * @cssprop [--recovery-radius=8px] - Corner radius.
 * @cssprop [--recovery-space-1=0.25em] - Spacing step 1, the smallest: gaps inside a line.
 * @cssprop [--recovery-space-2=0.5em] - Spacing step 2: inside controls and between close items.
 * @cssprop [--recovery-space-3=1em] - Spacing step 3: between blocks and around cards.
 * @cssprop [--recovery-space-4=1.5em] - Spacing step 4: between sections.
 * @cssprop [--recovery-font-family=inherit] - The font. Default: the page's.
 * @cssprop [--recovery-heading-font-family=the body font] - The headings' font.
 * @cssprop [--recovery-finder-padding=1em to 1.5em, by screen width] - The block's inner spacing.
 * @cssprop [--recovery-finder-heading-size=1.5em] - The heading's size.
 * @cssprop [--recovery-finder-min-height=24em] - Space reserved while meetings load.
 * @cssprop [--recovery-finder-map-height=min(32em, 70vh)] - The map's height (with `map-tiles`).
 */
export class SupportGroupFinderApi extends RecoveryElement {
  static override properties: PropertyDeclarations = {
    src: {},
    timezone: {},
    fellowship: {},
    soonMinutes: { attribute: 'soon-minutes' },
    staleAfter: { attribute: 'stale-after' },
    headingLevel: { attribute: 'heading-level' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    saved: { type: Boolean },
    now: { attribute: false },
    feedTimeout: { attribute: false },
    mapTiles: { attribute: 'map-tiles' },
    mapAttribution: { attribute: 'map-attribution' },
    mapView: { attribute: 'map-view' },
    mapDefault: { type: Boolean, attribute: 'map-default' },
  };

  /** Meeting feed URLs, space-separated (Meeting Guide JSON or BMLT), at most 10. Empty: the fellowship directory. */
  src?: string;
  /** IANA time zone for records that name none, e.g. `America/Los_Angeles`. Default: the visitor's zone. */
  timezone?: string;
  /** Which type-code vocabulary the feeds use: `aa`, `al-anon` or `na`. Default: `na` for BMLT feeds, `aa` for Meeting Guide feeds. */
  fellowship?: string;
  /** How many minutes ahead a meeting counts as "starting soon". Default 30. */
  soonMinutes?: string;
  /** After how many days since a meeting's listing was last `updated` its detail says it may be out of date. Default: never. */
  staleAfter?: string;
  /** The level of the widget's heading (2-6), to fit the host page's outline. Default 2. */
  headingLevel?: string;
  /** Keeps the filters (not the search text, which never leaves the page) and the open meeting in the page URL (`rw-*` parameters), so links can be shared and Back works. */
  syncUrl = false;
  /** Lets visitors save meetings (a star on each) on their own device, and show only those. Without it nothing is ever stored. */
  saved = false;
  /** For tests and demos only: the clock the schedule uses. Default: the real time. */
  now?: Date;
  /** How long a feed may take to answer, in milliseconds, before it counts as unreachable. Default 20000. */
  feedTimeout = 20000;
  /** Turns the map on: a tile URL template on a server you host or trust, with `{z}`, `{x}`, `{y}` and optionally `{s}`, e.g. `https://tiles.example.org/{z}/{x}/{y}.png`. Without it there is no map and no tile request. Tiles are requested only after a visitor opens the map; your CSP needs `img-src` for the tile host. */
  mapTiles?: string;
  /** The tiles' credit, shown as plain text under the map, e.g. `© OpenStreetMap contributors`. */
  mapAttribution?: string;
  /** The map's first view as `latitude,longitude,zoom`, e.g. `39.95,-75.16,10`. Default: fit the meetings. */
  mapView?: string;
  /** Opens on the map instead of the list (the map's tiles then load with the finder). */
  mapDefault = false;
}
