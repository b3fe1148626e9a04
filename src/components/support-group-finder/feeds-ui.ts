import type { ReactiveController, TemplateResult } from 'lit';
import { headingLevel } from '../../internal/heading.js';
import type { RecoveryEventMap } from '../../internal/recovery-element.js';
import { warn } from '../../internal/warn.js';
import { wholeNumber } from '../../internal/whole-number.js';
import type { Meeting } from '../../meetings/types.js';
import { memoize } from '../../util/memoize.js';
import { FeedsController, type FeedSnapshot, type FeedsHost } from './controllers/feeds-controller.js';
import { FilterState } from './controllers/filter-state.js';
import { FocusController } from './controllers/focus.js';
import { GeolocationController } from './controllers/geolocation.js';
import { MapController } from './controllers/map.js';
import { MinuteClock } from './controllers/minute-clock.js';
import { PAGE_ROWS, RowsController } from './controllers/rows.js';
import { SavedController } from './controllers/saved.js';
import { type FeedsViewProps, renderFeeds } from './feeds-view.js';
import type { HelpSituation } from './help-view.js';
import type { MapSettings } from './map/map-config.js';
import { calendarFor, downloadCalendar, shareMeeting } from './meeting-actions.js';
import { buildMenus } from './menus.js';
import { meetingFormat, typeLabel } from './meeting-format.js';
import { buildSavedProps } from './saved-props.js';
import type { SavedProps, SaveStar } from './saved-view.js';
import type { FinderLocalizer } from './ui.js';
import { usesMiles } from './units.js';

/** The release this file was built with: the script refuses a file of another release. */
export { VERSION } from '../../util/version.js';

/** What the finder element is to its feed mode. */
export interface FinderHost extends FeedsHost, MapSettings {
  soonMinutes?: string;
  staleAfter?: string;
  headingLevel?: string;
  syncUrl: boolean;
  /** The partner's opt-in to saved meetings. */
  saved: boolean;
  now?: Date;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
}

/** What the element lends its feed mode: its localizer, its events, the directory's links. */
export interface FinderServices {
  i18n: FinderLocalizer;
  emit<K extends keyof RecoveryEventMap>(name: K, detail: RecoveryEventMap[K]): void;
  links(audience: 'self' | 'family'): TemplateResult;
  /** The calm help block: the partner's contact (attributes or provider) and the national lines. */
  help(situation: HelpSituation): TemplateResult;
}

/**
 * The finder with feeds: its controllers (the feeds, the filters and the address, the rows shown,
 * the visitor's location, the clock), the data derived from them, focus, and the view. A file of
 * its own in the drop-in build (`recovery-widgets.finder.js`), imported beside the script only by
 * a finder with `src`, so pages with the directory, an article or a call to action never load it.
 */
export class FeedsUi implements ReactiveController {
  private filtersOpen = false;
  private shareStatus = '';
  private announcement = '';
  private readonly i18n: FinderLocalizer;
  private readonly feeds: FeedsController;
  private readonly filters: FilterState;
  private readonly geo: GeolocationController;
  private readonly rows: RowsController;
  private readonly clock: MinuteClock;
  private readonly saved: SavedController;
  private readonly focus: FocusController;
  private readonly map: MapController;
  private results: readonly Meeting[] = [];
  private lastFiltered?: readonly Meeting[];
  private lastSnapshot?: FeedSnapshot;

  constructor(
    private readonly host: FinderHost,
    private readonly services: FinderServices,
  ) {
    this.i18n = services.i18n;
    this.feeds = new FeedsController(host, {
      warm: () => this.i18n.warm({ sorting: true }).then(() => this.i18n.locale),
      prepare: (snapshot, step) => this.prepare(snapshot, step),
      preview: {
        now: () => this.clock.now(),
        // The first meetings are the unfiltered list's: not for a shared link with filters or a meeting.
        allowed: () =>
          !this.filters.panelCount() &&
          !this.filters.filters.query.trim() &&
          !this.filters.openId &&
          !(this.saved.enabled && this.saved.only),
      },
    });
    this.filters = new FilterState(host, {
      onSettled: (results, userChange) => this.settled(results, userChange),
      // Back or Forward: the rows stay as they were (new filters start them again), so the
      // meeting's name is there to take focus back.
      onHistory: (was, now) => {
        if (was && !now) this.focus.backTo(was);
        else if (now && now !== was) {
          this.focus.leaveList(now);
          this.focus.to('#detail-heading');
        }
      },
    });
    this.geo = new GeolocationController(host, {
      accept: (p) => !!this.feeds.snapshot?.engine.isPoint(p.latitude, p.longitude),
      use: (point) => {
        this.filters.point = point;
        // From the map's own button, focus stays there: the map centres on the point.
        if (!this.map.locating) this.focus.to('#sgf-km');
      },
    });
    this.rows = new RowsController(host, () => this.results.length);
    this.clock = new MinuteClock(host, () => !!this.feeds.snapshot);
    this.saved = new SavedController(host);
    this.focus = new FocusController(host, () => !!this.filters.openId);
    this.map = new MapController(host, {
      i18n: this.i18n,
      geo: this.geo,
      open: (m) => this.open(m),
      openId: () => this.filters.openId,
    });
    // Last, so the controllers above have read the host before the results are worked out.
    host.addController(this);
  }

  /** The visitor's results for this update; new ones start again at the first rows. */
  hostUpdate(): void {
    const snapshot = this.feeds.snapshot;
    const filtered = snapshot ? this.filters.results(snapshot) : [];
    const results = this.savedOnly(filtered, this.saved.enabled && this.saved.only, this.saved.version);
    // A feed's first meetings begin the whole list: the rows shown (after "Show more") stay.
    const continued = !!this.lastSnapshot?.partial && !snapshot?.partial && filtered.length >= this.results.length;
    if (results !== this.results && !continued) {
      // New feeds wait for a quiet moment before the list grows.
      this.rows.reset(snapshot !== this.lastSnapshot);
      // The saved view is no filter the filter state announces: its count is said here.
      if (filtered === this.lastFiltered && !snapshot?.partial)
        this.announcement = this.i18n.t('count', { count: results.length });
    }
    this.results = results;
    this.lastFiltered = filtered;
    this.lastSnapshot = snapshot;
  }

  private savedOnly = memoize((results: readonly Meeting[], only: boolean, _version: number) =>
    only ? this.saved.pick(results) : results,
  );

  /** Whether the finder has feeds to show (or to explain): otherwise it is the directory. */
  get active(): boolean {
    return this.feeds.sources.length > 0;
  }

  get badTokens(): readonly string[] {
    return this.feeds.badTokens;
  }

  render(): TemplateResult {
    try {
      return renderFeeds(this.i18n, this.feedsView());
    } catch (error) {
      // A record the data core did not expect must not blank the widget: show the directory.
      warn(this.host.localName, `could not show the meetings: ${(error as Error)?.message ?? error}`);
      return this.services.links('self');
    }
  }

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

  private settled(_filtered: number, userChange: boolean): void {
    // A feed's first meetings are not its count: the whole feed's is said when it lands.
    if (this.feeds.snapshot?.partial) return;
    // What the visitor sees: the filters' results, only the saved ones in the saved view.
    const results = this.results.length;
    this.announcement = this.i18n.t('count', { count: results });
    this.host.requestUpdate();
    if (!userChange) return;
    const a = this.filters.active();
    this.services.emit('recovery-filter-change', {
      filters: { ...a, search: !!a.search, distance: !!a.distance },
      results,
    });
  }

  private get soon(): number {
    const h = this.host;
    return wholeNumber(h.localName, 'soon-minutes', h.soonMinutes, [0, 720], 'minutes', 'using 30') ?? 30;
  }

  /** `stale-after` in days, or undefined when unset (no listing is called out of date). */
  private get staleDays(): number | undefined {
    const h = this.host;
    return wholeNumber(h.localName, 'stale-after', h.staleAfter, [1, 3650], 'days', 'no listing is called out of date');
  }

  private minute = (now: Date) => Math.floor(now.getTime() / 60_000);

  private groups = memoize((snapshot: FeedSnapshot, _minute: number, soon: number, zone: string) =>
    snapshot.engine.groupForList(snapshot.meetings, this.clock.now(), zone, soon),
  );

  /** The menus' language: the locale, and whether its pack has arrived (type names come from it). */
  private menuLanguage = () => `${this.i18n.locale}|${this.i18n.ready}`;

  private menus = memoize((snapshot: FeedSnapshot, _language: string) =>
    buildMenus(snapshot.engine, snapshot.meetings, this.i18n.locale, (m, code) =>
      typeLabel(snapshot.engine, this.i18n, m, code, this.feeds.fellowship),
    ),
  );

  private shown = memoize((results: readonly Meeting[], all: readonly Meeting[]) =>
    results.length < all.length ? new Set(results) : undefined,
  );

  private dayNames = memoize((_locale: string) =>
    // 2023-01-01 was a Sunday.
    [0, 1, 2, 3, 4, 5, 6].map((d) => this.i18n.date(`2023-01-0${d + 1}`, { weekday: 'long' })),
  );

  private isPoint = memoize(
    (engine: FeedSnapshot['engine']) => (m: Meeting) => engine.isPoint(m.latitude, m.longitude),
  );

  /** How rows and the detail show a meeting, in the visitor's language, zone and units. */
  private format(snapshot: FeedSnapshot, now: Date) {
    return meetingFormat({
      engine: snapshot.engine,
      i18n: this.i18n,
      zone: this.feeds.viewerZone(snapshot.engine),
      level: headingLevel(this.host.localName, this.host.headingLevel),
      now,
      dayNames: this.dayNames(this.i18n.locale),
      point: this.filters.point,
      fellowship: this.feeds.fellowship,
      onOpen: (m) => this.open(m),
    });
  }

  private open(m: Meeting): void {
    this.shareStatus = '';
    this.focus.leaveList(m.id);
    this.focus.to('#detail-heading');
    this.filters.open(m.id);
    this.services.emit('recovery-meeting-select', { meetingId: m.id, source: m.source });
  }

  private back(): void {
    this.focus.backTo(this.filters.openId);
    this.filters.close();
  }

  private async print(): Promise<void> {
    this.rows.all();
    await this.host.updateComplete;
    print();
  }

  private savedMeetings = memoize((meetings: readonly Meeting[], _version: number) => this.saved.pick(meetings));

  /** The stars, the saved view and its calendar, with the `saved` attribute. */
  private savedProps(snapshot: FeedSnapshot | undefined, now: Date): (SavedProps & SaveStar) | undefined {
    if (!this.saved.enabled) return undefined;
    return buildSavedProps({
      saved: this.saved,
      i18n: this.i18n,
      mine: snapshot ? this.savedMeetings(snapshot.meetings, this.saved.version) : [],
      snapshot,
      now,
      detailOpen: () => !!this.filters.openId,
      focus: (selector) => this.focus.to(selector),
      root: this.host.renderRoot as ShadowRoot,
    });
  }

  private feedsView(): FeedsViewProps {
    const i18n = this.i18n;
    const feeds = this.feeds;
    const snapshot = feeds.snapshot;
    const filters = this.filters;
    const now = this.clock.now();
    const props: FeedsViewProps = {
      help: this.services.help,
      saved: this.savedProps(snapshot, now),
      sources: feeds.sources,
      badTokens: feeds.badTokens,
      loading: feeds.loading,
      partial: !!snapshot?.partial,
      meetings: snapshot?.meetings ?? [],
      results: this.results,
      limit: this.rows.limit,
      page: PAGE_ROWS,
      filters: filters.filters,
      announcement: this.announcement,
      links: this.services.links(feeds.fellowship === 'al-anon' ? 'family' : 'self'),
      onRetry: (s) => {
        feeds.retry(s.index);
        // The Try again button goes with the message: keep keyboard focus in the widget.
        this.focus.to('[part~="heading"]');
      },
      onFilter: (patch) => filters.set(patch),
      onMore: () => {
        const drawn = Math.min(this.rows.limit, this.results.length);
        this.rows.more();
        // The button goes with the last rows: focus moves to the first of them, not to the page.
        if (this.rows.limit >= this.results.length) this.focus.toRow(drawn);
      },
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
    props.map = this.map.parts(this.results, this.isPoint(engine));
    props.filtersProps = {
      ...menus,
      pending: !!snapshot.partial,
      geo: this.geo.status,
      miles: usesMiles(i18n.locale),
      toKm: (distance) => (usesMiles(i18n.locale) ? engine.milesToKm(distance) : distance),
      open: this.filtersOpen,
      active: filters.panelCount(),
      anySet: filters.panelCount() + filters.active().search > 0,
      onToggle: () => {
        this.filtersOpen = !this.filtersOpen;
        this.host.requestUpdate();
      },
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
        staleDays: this.staleDays,
        status: this.shareStatus,
        linkable: this.host.syncUrl,
        saved: props.saved,
        onBack: () => this.back(),
        onCalendar: () => ics && downloadCalendar(this.host.renderRoot as ShadowRoot, ics, engine.icsFileName(open)),
        onShare: async () => {
          const done = await shareMeeting(open);
          if (done === 'copied' || done === 'failed') {
            this.shareStatus = i18n.t(done === 'copied' ? 'copied' : 'copyFailed');
            this.host.requestUpdate();
          }
        },
      };
    }
    return props;
  }
}
