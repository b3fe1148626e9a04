import { html, nothing, type PropertyValues } from 'lit';
import { heading, headingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { warn } from '../../internal/warn.js';
import type { Fellowship, Meeting } from '../../meetings/types.js';
import { memoize } from '../../util/memoize.js';
import { FeedsController, type FeedSnapshot } from './controllers/feeds-controller.js';
import { FilterState } from './controllers/filter-state.js';
import { GeolocationController } from './controllers/geolocation.js';
import { MinuteClock } from './controllers/minute-clock.js';
import { PAGE_ROWS, RowsController } from './controllers/rows.js';
import { directoryLinks, type Path, renderDirectory } from './directory-view.js';
import { type FeedsViewProps, type MeetingFormat, renderFeeds, renderProblems } from './feeds-view.js';
import { calendarFor, downloadCalendar, shareMeeting } from './meeting-actions.js';
import { buildMenus } from './menus.js';
import { finderMessages } from './support-group-finder.i18n.js';
import { finderStyles } from './support-group-finder.styles.js';
import { usesMiles } from './units.js';

export interface FilterChangeDetail {
  filters: {
    search: boolean;
    days: number;
    times: number;
    modes: number;
    types: number;
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
 * stores nothing. "Use my location" asks the browser only when clicked. "Directions" is a plain link
 * to an https Google Maps search for the meeting's address: nothing is sent until the visitor
 * clicks it, and then only the address (opened with `rel="noopener noreferrer"`).
 *
 * @tagname support-group-finder
 * @summary Find a support group: a fellowship directory, or meetings from your intergroup's feeds.
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
 * @csspart filters - The search box and filters.
 * @csspart search - The search field.
 * @csspart filters-toggle - The "Filters" disclosure button (narrow screens).
 * @csspart filter-panel - The filters behind the disclosure.
 * @csspart filter - Each filter group (also `filter-days`, `filter-times`, `filter-modes`, `filter-distance`).
 * @csspart locate - The "Use my location" button.
 * @csspart geo-status - Messages about the visitor's location.
 * @csspart clear - The "Clear filters" button.
 * @csspart toolbar - The result count and print button.
 * @csspart count - The visible result count.
 * @csspart print - The "Print schedule" button.
 * @csspart list - The meeting list.
 * @csspart day - Each section of the list (in progress, starting soon, each day).
 * @csspart day-heading - A section's heading.
 * @csspart meeting - Each meeting in the list.
 * @csspart meeting-name - A meeting's name (a button that opens its detail).
 * @csspart meeting-time - A meeting's time.
 * @csspart meeting-details - A meeting's attendance mode and types.
 * @csspart meeting-place - A meeting's place or region, and distance.
 * @csspart show-more - The "Show more" button of long lists.
 * @csspart detail - The meeting detail view.
 * @csspart back - The "Back to the list" button.
 * @csspart detail-heading - The meeting's name in the detail view.
 * @csspart detail-facts - The detail's list of facts; each fact has its own part: `detail-when`, `detail-mode`, `detail-types`, `detail-location`, `detail-address`, `detail-region`, `detail-location-notes`, `detail-notes`, `detail-group`, `detail-website`, `detail-email`, `detail-phone`, `detail-timezone`, `detail-updated`.
 * @csspart detail-actions - Join, dial-in, directions, calendar and share.
 * @csspart detail-action - Each of those actions (also `join`, `dial`, `directions`, `calendar`, `share`).
 * @csspart detail-link - Website, email and phone links.
 * @csspart same-location - Other meetings at the same place.
 * @csspart same-location-heading - Its heading.
 * @csspart status - Polite status messages (link copied, result count).
 * @csspart loading - The loading placeholder.
 * @csspart loading-more - "Loading meetings…" while a further feed loads beside ones already shown.
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
 */
export class SupportGroupFinder extends RecoveryElement {
  static override styles = [sharedStyles, finderStyles];
  static override properties = {
    src: {},
    timezone: {},
    fellowship: {},
    soonMinutes: { attribute: 'soon-minutes' },
    headingLevel: { attribute: 'heading-level' },
    syncUrl: { type: Boolean, attribute: 'sync-url' },
    now: { attribute: false },
    feedTimeout: { attribute: false },
    filtersOpen: { state: true },
    shareStatus: { state: true },
    path: { state: true },
    approach: { state: true },
    announcement: { state: true },
  };

  /** Meeting feed URLs, space-separated (Meeting Guide JSON or BMLT). Empty: the fellowship directory. */
  src?: string;
  /** IANA time zone for records that name none, e.g. `America/Los_Angeles`. Default: the visitor's zone. */
  timezone?: string;
  /** Which type-code vocabulary the feeds use: `aa`, `al-anon` or `na`. Default: `na` for BMLT feeds, `aa` for Meeting Guide feeds. */
  fellowship?: string;
  /** How many minutes ahead a meeting counts as "starting soon". Default 30. */
  soonMinutes?: string;
  /** The level of the widget's heading (2-6), to fit the host page's outline. Default 2. */
  headingLevel?: string;
  /** Keeps the filters (not the search text, which never leaves the page) and the open meeting in the page URL (`rw-*` parameters), so links can be shared and Back works. */
  syncUrl = false;
  /** For tests and demos only: the clock the schedule uses. Default: the real time. */
  now?: Date;
  /** How long a feed may take to answer, in milliseconds, before it counts as unreachable. Default 20000. */
  feedTimeout = 20000;

  private filtersOpen = false;
  private shareStatus = '';
  private path: Path = 'self';
  private approach = '';
  private announcement = '';

  private readonly i18n = new LocalizeController(this, 'finder', finderMessages);
  private readonly feeds = new FeedsController(this, {
    warm: () => this.i18n.warm({ sorting: true }),
    prepare: (snapshot, step) => this.prepare(snapshot, step),
  });
  private readonly filters = new FilterState(this, {
    onSettled: (results, userChange) => this.settled(results, userChange),
    onHistory: (was, now) => {
      this.rows.reset();
      if (was && !now) this.returnFocusTo = was;
      else if (now && now !== was) this.focusNext = '#detail-heading';
    },
  });
  private readonly geo = new GeolocationController(this, {
    accept: (p) => !!this.feeds.snapshot?.engine.isPoint(p.latitude, p.longitude),
    use: (point) => {
      this.filters.point = point;
      this.focusNext = '#sgf-km';
    },
  });
  private readonly rows = new RowsController(this, () => this.results.length);
  private readonly clock = new MinuteClock(this, () => !!this.feeds.snapshot);

  private results: readonly Meeting[] = [];
  /** What to focus after the next render (the button that had focus is about to go). */
  private focusNext?: string;
  private returnFocusTo?: string;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const snapshot = this.feeds.snapshot;
    const results = snapshot ? this.filters.results(snapshot) : [];
    // New results start again at the first rows; new feeds wait for a quiet moment to grow.
    if (results !== this.results) this.rows.reset(snapshot !== this.lastSnapshot);
    this.results = results;
    this.lastSnapshot = snapshot;
  }
  private lastSnapshot?: FeedSnapshot;

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    if (this.focusNext) {
      const target = root.querySelector<HTMLElement>(this.focusNext);
      this.focusNext = undefined;
      if (target) {
        // Focusable by script only, so screen readers start reading there.
        if (!target.matches('select, input, button')) target.tabIndex = -1;
        target.focus();
      }
    } else if (this.returnFocusTo && !this.filters.openId) {
      const id = this.returnFocusTo;
      this.returnFocusTo = undefined;
      [...root.querySelectorAll<HTMLElement>('.list [data-id]')].find((b) => b.dataset.id === id)?.focus();
    }
  }

  /** Before a snapshot is shown: its sections, first rows' times and menus, a step (task) each. */
  private async prepare(snapshot: FeedSnapshot, step: () => Promise<void>): Promise<void> {
    const now = this.clock.now();
    const format = this.format(snapshot, now);
    const { inProgress, soon, days } = this.groups(snapshot, this.minute(now), this.soon, format.zone);
    await step();
    // Each first row's time is a new Intl formatter for its zones: made here, they are cached when
    // the list first paints, which keeps that task short.
    for (const m of [...inProgress, ...soon, ...days.flatMap((d) => d.meetings)].slice(0, this.rows.limit)) {
      format.times(m, now);
    }
    await step();
    this.menus(snapshot, this.menuLanguage());
    // A shared link with filters searches at once: build the index now, in its own task.
    if (this.filters.panelCount() || this.filters.filters.query.trim()) {
      await step();
      snapshot.index();
    }
    await step();
  }

  private settled(results: number, userChange: boolean): void {
    this.announcement = this.i18n.t('count', { count: results });
    if (!userChange) return;
    const a = this.filters.active();
    this.emit('recovery-filter-change', { filters: { ...a, search: !!a.search, distance: !!a.distance }, results });
  }

  private get soon(): number {
    const value = this.soonMinutes?.trim();
    const n = Number(value);
    if (!value) return 30;
    if (Number.isInteger(n) && n >= 0 && n <= 720) return n;
    warn(
      this.localName,
      `soon-minutes="${value.slice(0, 20)}" must be a whole number of minutes from 0 to 720; using 30.`,
    );
    return 30;
  }

  private minute = (now: Date) => Math.floor(now.getTime() / 60_000);

  private groups = memoize((snapshot: FeedSnapshot, _minute: number, soon: number, zone: string) =>
    snapshot.engine.groupForList(snapshot.meetings, this.clock.now(), zone, soon),
  );

  /** The menus' language: the locale, and whether its pack has arrived (type names come from it). */
  private menuLanguage = () => `${this.i18n.locale}|${this.i18n.ready}`;

  private menus = memoize((snapshot: FeedSnapshot, _language: string) =>
    buildMenus(snapshot.engine, snapshot.meetings, this.i18n.locale, this.vocabulary, (key) =>
      this.i18n.data('types', key),
    ),
  );

  private shown = memoize((results: readonly Meeting[], all: readonly Meeting[]) =>
    results.length < all.length ? new Set(results) : undefined,
  );

  private dayNames = memoize((_locale: string) =>
    // 2023-01-01 was a Sunday.
    [0, 1, 2, 3, 4, 5, 6].map((d) => this.i18n.date(`2023-01-0${d + 1}`, { weekday: 'long' })),
  );

  /** A meeting's type vocabulary: its feed's, or the `fellowship` attribute's when the feed has none. */
  private vocabulary = (m: Meeting): Fellowship =>
    m.fellowship === 'other' ? (this.feeds.fellowship ?? 'aa') : m.fellowship;

  /** How rows and the detail show a meeting, in the visitor's language, zone and units. */
  private format(snapshot: FeedSnapshot, now: Date): MeetingFormat & { zone: string } {
    const { engine } = snapshot;
    const i18n = this.i18n;
    const zone = this.feeds.viewerZone(engine);
    const miles = usesMiles(i18n.locale);
    const point = this.filters.point;
    const translate = (key: string) => i18n.data('types', key);
    return {
      i18n,
      zone,
      level: headingLevel(this.localName, this.headingLevel),
      now,
      dayNames: this.dayNames(i18n.locale),
      times: (m, at) => engine.timesForViewer(m, at, zone, i18n.locale),
      typeLabel: (m, code) =>
        engine.ATTENDANCE_CODES.has(code) ? '' : engine.typeLabel(code, this.vocabulary(m), translate),
      distance: (m) => {
        if (!point || !engine.isPoint(m.latitude, m.longitude) || m.attendance === 'online') return undefined;
        const km = engine.haversineKm(point, { latitude: m.latitude!, longitude: m.longitude! });
        const value = miles ? engine.kmToMiles(km) : km;
        const n = i18n.number(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
        return miles ? i18n.t('awayMiles', { n }) : i18n.t('awayKm', { n });
      },
      onOpen: (m) => this.open(m),
    };
  }

  private open(m: Meeting): void {
    this.shareStatus = '';
    this.focusNext = '#detail-heading';
    this.filters.open(m.id);
    this.emit('recovery-meeting-select', { meetingId: m.id, source: m.source });
  }

  private back(): void {
    this.returnFocusTo = this.filters.openId;
    this.filters.close();
  }

  private async print(): Promise<void> {
    this.rows.all();
    await this.updateComplete;
    print();
  }

  private feedsView(): FeedsViewProps {
    const i18n = this.i18n;
    const feeds = this.feeds;
    const snapshot = feeds.snapshot;
    const filters = this.filters;
    const now = this.clock.now();
    const props: FeedsViewProps = {
      sources: feeds.sources,
      badTokens: feeds.badTokens,
      loading: feeds.loading,
      meetings: snapshot?.meetings ?? [],
      results: this.results,
      limit: this.rows.limit,
      page: PAGE_ROWS,
      filters: filters.filters,
      announcement: this.announcement,
      audience: feeds.fellowship === 'al-anon' ? 'family' : 'self',
      onRetry: (s) => {
        feeds.retry(s.index);
        // The Try again button goes with the message: keep keyboard focus in the widget.
        this.focusNext = '[part~="heading"]';
      },
      onFilter: (patch) => filters.set(patch),
      onMore: () => this.rows.more(),
      onPrint: () => void this.print(),
    };
    // Not before a feed has landed: the page's first date formatter is slow to make, and
    // i18n.warm() makes it in a task of its own while the feed downloads.
    if (!snapshot?.meetings.length) return props;
    const { engine } = snapshot;
    const format = this.format(snapshot, now);
    const open = filters.openId ? snapshot.byId.get(filters.openId) : undefined;
    const menus = this.menus(snapshot, this.menuLanguage());
    props.format = format;
    props.shown = this.shown(this.results, snapshot.meetings);
    props.groups = this.groups(snapshot, this.minute(now), this.soon, format.zone);
    props.today = engine.isoDateIn(now, format.zone);
    props.filtersProps = {
      types: menus.types,
      regions: menus.regions,
      geo: this.geo.status,
      miles: usesMiles(i18n.locale),
      toKm: (distance) => (usesMiles(i18n.locale) ? engine.milesToKm(distance) : distance),
      open: this.filtersOpen,
      active: filters.panelCount(),
      anySet: filters.panelCount() + filters.active().search > 0,
      onToggle: () => (this.filtersOpen = !this.filtersOpen),
      onChange: (patch) => filters.set(patch),
      onLocate: () => this.geo.locate(),
      onClear: () => filters.clear(),
    };
    if (open) {
      // An approximate address ("Philadelphia, PA") or an online meeting is not a place to share.
      const placed = (m: Meeting) => !m.approximate && m.attendance !== 'online';
      const same = (o: Meeting) =>
        (open.address && o.address === open.address) ||
        (open.location && o.location === open.location && o.city === open.city);
      const ics = calendarFor(engine, open, now, i18n.lang);
      props.detail = {
        meeting: open,
        others: placed(open) ? snapshot.meetings.filter((o) => o !== open && placed(o) && same(o)).slice(0, 20) : [],
        canCalendar: !!ics,
        status: this.shareStatus,
        onBack: () => this.back(),
        onCalendar: () => ics && downloadCalendar(this.renderRoot as ShadowRoot, ics, engine.icsFileName(open)),
        onShare: async () => {
          const done = await shareMeeting(open);
          if (done === 'copied' || done === 'failed')
            this.shareStatus = i18n.t(done === 'copied' ? 'copied' : 'copyFailed');
        },
      };
    }
    return props;
  }

  protected override render() {
    const i18n = this.i18n;
    const level = headingLevel(this.localName, this.headingLevel);
    const feeds = this.feeds.sources.length > 0;
    let body: unknown;
    try {
      body = feeds ? renderFeeds(i18n, this.feedsView()) : undefined;
    } catch (error) {
      // A record the data core did not expect must not blank the widget: show the directory.
      warn(this.localName, `could not show the meetings: ${(error as Error)?.message ?? error}`);
      body = directoryLinks(i18n, 'self');
    }
    // The directory has no data to wait for: it waits, laid out, for the page's language pack.
    const waiting = !feeds && !i18n.ready;
    return html`<section part="base" class="${this.rootClass} finder${waiting ? ' awaiting-language' : ''}" lang=${i18n.lang} aria-busy=${waiting ? 'true' : nothing}>
      ${heading(level, feeds ? i18n.t('meetingsHeading') : i18n.t('heading'), 'heading')}
      ${
        feeds
          ? body
          : html`${renderProblems(i18n, { sources: [], badTokens: this.feeds.badTokens, onRetry: () => {} })}
            ${this.feeds.badTokens.length ? nothing : html`<p>${i18n.t('intro')}</p>`}
            ${renderDirectory({
              i18n,
              level,
              path: this.path,
              approach: this.approach,
              onPath: (p) => (this.path = p),
              onApproach: (a) => (this.approach = a),
            })}`
      }
    </section>`;
  }
}
