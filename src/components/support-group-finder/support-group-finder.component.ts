import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { heading, headingLevel, type HeadingLevel } from '../../internal/heading.js';
import { LocalizeController } from '../../internal/localize.js';
import { RecoveryElement } from '../../internal/recovery-element.js';
import { sharedStyles } from '../../internal/shared-styles.js';
import { safeHttpUrl } from '../../util/validate.js';
import { warn } from '../../internal/warn.js';
import { whenIdle } from '../../util/scheduling.js';
import { isPoint } from '../../meetings/distance.js';
import type { ListGroups } from '../../meetings/schedule.js';
import type { MeetingIndex } from '../../meetings/search.js';
import type { Fellowship, Meeting, NormalizeResult } from '../../meetings/types.js';
import { isValidTimeZone } from '../../meetings/zone.js';
import { directoryLinks, renderDirectory, type Path } from './directory-view.js';
import { renderDetail } from './detail-view.js';
import { loadSource, type Source, type SourceProblem } from './feeds.js';
import { loadEngine, type Engine } from './load-engine.js';
import { KM_PER_MILE, renderFilters, type GeoStatus, type Option } from './filters-view.js';
import { renderList } from './list-view.js';
import { button } from './ui.js';
import { finderMessages } from './support-group-finder.i18n.js';
import { finderStyles } from './support-group-finder.styles.js';
import { emptyFilters, readUrl, writeUrl, type FinderFilters } from './url-state.js';
import { usesMiles } from './units.js';

/** Which filter kinds are in use, and how many values each has. Never the search text. */
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

const FELLOWSHIPS: readonly Fellowship[] = ['aa', 'al-anon', 'na'];
/** The filters that are lists, and the words of the button that empties each. */
const LISTS = ['days', 'times', 'modes', 'types', 'regions'] as const;
const REMOVE = ['removeDays', 'removeTimes', 'removeModes', 'anyType', 'anyRegion'] as const;
/**
 * Rows painted at once (more than a phone or laptop screen holds); the rest follow in idle moments,
 * a chunk small enough to stay a short task on a slow phone, up to AUTO_ROWS, then "Show more".
 */
const FIRST_ROWS = 10;
const STEP_ROWS = 50;
const AUTO_ROWS = 500;
const ANNOUNCE_MS = 800;

/**
 * Every region in use and the broader region it sits in, as the search index names them (the
 * first spelling of each, compared folded), for the region menu.
 */
function regionsInUse(meetings: readonly Meeting[], fold: (s: string) => string): [string, string | undefined][] {
  const ids = new Map<string, number>();
  const out: [string, string | undefined][] = [];
  for (const m of meetings) {
    let parent: string | undefined;
    for (const name of m.regions) {
      const key = fold(name);
      const id = ids.get(key) ?? ids.set(key, out.push([name, parent]) - 1).get(key)!;
      parent = out[id][0];
    }
  }
  return out;
}

const localZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/** What a landed feed needs before the list can show, computed a step at a time (see `prepare`). */
interface Prepared {
  results: NormalizeResult[];
  meetings: Meeting[];
  byId: Map<string, Meeting>;
  ordered: { key: string; now: Date; groups: ListGroups };
  index?: MeetingIndex;
  typeOptions: Option[];
  regionOptions: Option[];
  optionsLang: string;
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
  };

  /** Meeting feed URLs, space-separated (Meeting Guide JSON or BMLT). Empty: the fellowship directory. */
  src?: string;
  /** IANA time zone for records that name none, e.g. `America/Los_Angeles`. Default: the visitor's zone. */
  timezone?: string;
  /** Which type-code vocabulary the feeds use: `aa` (default), `al-anon` or `na`. */
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

  private sources: Source[] = [];
  private badTokens: string[] = [];
  private filters: FinderFilters = emptyFilters();
  private openId?: string;
  private limit = FIRST_ROWS;
  private geo: GeoStatus = 'idle';
  private point?: { latitude: number; longitude: number };
  private filtersOpen = false;
  private announcement = '';
  private shareStatus = '';
  private path: Path = 'self';
  private approach = '';
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: reactive state; a change re-renders
  private tick = 0;

  private readonly i18n = new LocalizeController(this, 'finder', finderMessages);
  /**
   * The visitor's zone, and the zone for records that name none (the attribute when valid, else
   * the visitor's). Read on first use, not at start: the page's first `Intl.DateTimeFormat` loads
   * zone data, one of the longest steps of a first render, and the directory never needs it.
   */
  private zones?: { viewer: string; feed: string };
  private feedFellowship: Fellowship = 'aa';
  private soon = 30;
  /** Settles once the browser's locale data is loaded, in short tasks (see `warm()`). */
  private intlReady?: Promise<void>;
  private prepared?: Prepared;
  private preparing: Promise<void> = Promise.resolve();
  private loads = new Map<number, AbortController>();
  /** The meeting-feed engine, once a feed has loaded (imported only when there are feeds). */
  private engine?: Engine;
  private meetings: Meeting[] = [];
  private byId = new Map<string, Meeting>();
  /** The search index, built on the first search or when the page is idle after the first rows. */
  private index?: MeetingIndex;
  private typeOptions: Option[] = [];
  private regionOptions: Option[] = [];
  private ordered?: { key: string; now: Date; groups: ListGroups };
  private results: Meeting[] = [];
  /** The results as a set, for the list to pick from the ordered sections; undefined when all pass. */
  private shown?: Set<Meeting>;
  private resultKey?: unknown[];
  private returnFocusTo?: string;
  /** What to focus after the next render (the button that had focus is about to go). */
  private focusNext?: string;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private urlTimer?: ReturnType<typeof setTimeout>;
  private clockTimer?: ReturnType<typeof setInterval>;
  /** Cancels the pending chunk of rows. */
  private pending?: () => void;
  private urlRead = false;
  private optionsLang?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', this.onPopState);
    addEventListener('beforeprint', this.expandAll);
    // "In progress" and "starting soon" move with the clock.
    this.clockTimer = setInterval(() => {
      if (!this.now && this.sources.length) this.tick++;
    }, 60_000);
    // Moved in the page: restart the loads that the disconnect cancelled.
    for (const s of this.sources) if (s.status === 'loading' && !this.loads.has(s.index)) this.load(s);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('popstate', this.onPopState);
    removeEventListener('beforeprint', this.expandAll);
    clearInterval(this.clockTimer);
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTimer);
    this.pending?.();
    this.pending = undefined;
    for (const c of this.loads.values()) c.abort();
    this.loads.clear();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (!this.urlRead) {
      this.urlRead = true;
      // Without sync-url the address is only read for a shared meeting link ("Copy link").
      if (this.syncUrl) this.applyUrl();
      else this.openId = readUrl(location.href).meeting;
    }
    if (changed.has('timezone') || changed.has('fellowship') || changed.has('soonMinutes')) this.readOptions();
    if (changed.has('src') || changed.has('timezone') || changed.has('fellowship')) this.configure();
    try {
      this.compute(changed);
    } catch (e) {
      // Data the core did not expect: show no meetings (render() falls back), never a broken element.
      warn(this.localName, `could not list the meetings: ${(e as Error)?.message ?? e}`);
      this.meetings = [];
      this.results = [];
      this.shown = undefined;
      this.ordered = undefined;
    }
  }

  private compute(changed: PropertyValues): void {
    if (changed.has('sources')) this.rebuild();
    if (this.optionsLang !== this.menuLanguage()) this.buildOptions();
    if (this.meetings.length) {
      const now = this.clock();
      const key = this.orderKey(now);
      // rebuild() clears the order when the meetings changed, unless prepare() made it for them.
      if (this.ordered?.key !== key) {
        this.ordered = { key, now, groups: this.engine!.groupForList(this.meetings, now, this.zone, this.soon) };
      }
      const resultKey = [this.meetings, this.filters, this.point];
      if (!this.resultKey || resultKey.some((v, i) => v !== this.resultKey![i])) {
        this.resultKey = resultKey;
        this.results = this.filterNow();
        this.shown = this.results.length < this.meetings.length ? new Set(this.results) : undefined;
        this.scheduleAnnouncement(changed.has('filters'));
      }
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const root = this.renderRoot as ShadowRoot;
    if (this.focusNext) {
      const h = root.querySelector<HTMLElement>(this.focusNext);
      this.focusNext = undefined;
      if (h) {
        // Focusable by script only, so screen readers start reading there.
        h.tabIndex = -1;
        h.focus();
      }
    } else if (this.returnFocusTo && !this.openId) {
      const id = this.returnFocusTo;
      this.returnFocusTo = undefined;
      [...root.querySelectorAll<HTMLElement>('.list [data-id]')].find((b) => b.dataset.id === id)?.focus();
    }
    // Paint the rest of a long list a chunk at a time when the page is idle, so typing never waits
    // for 10,000 rows, nor for the rows of the previous keystroke. Just after the feeds arrive, the
    // page has more to do (the search index too): the first chunk waits for a long idle time.
    const total = this.results.length;
    if (this.limit < Math.min(total, AUTO_ROWS) && !this.pending)
      this.pending = whenIdle(() => this.grow(), changed.has('sources'));
  }

  private grow(): void {
    this.pending = undefined;
    this.limit = Math.min(this.limit + STEP_ROWS, AUTO_ROWS);
  }

  private clock(): Date {
    const n = this.now;
    return n instanceof Date && !Number.isNaN(n.getTime()) ? n : new Date();
  }

  private readOptions(): void {
    const tag = this.localName;
    this.zones = undefined;
    const fellowship = this.fellowship?.trim().toLowerCase();
    this.feedFellowship = FELLOWSHIPS.includes(fellowship as Fellowship) ? (fellowship as Fellowship) : 'aa';
    if (fellowship && this.feedFellowship !== fellowship) {
      warn(tag, `fellowship="${String(fellowship).slice(0, 40)}" is not one of aa, al-anon, na; using aa type names.`);
    }
    const soon = this.soonMinutes?.trim();
    const n = Number(soon);
    this.soon = soon && Number.isInteger(n) && n >= 0 && n <= 720 ? n : 30;
    if (soon && this.soon !== n) {
      warn(tag, `soon-minutes="${soon.slice(0, 20)}" must be a whole number of minutes from 0 to 720; using 30.`);
    }
  }

  private get zone(): string {
    return this.readZones().viewer;
  }

  private readZones(): { viewer: string; feed: string } {
    if (this.zones) return this.zones;
    const viewer = localZone();
    const tz = this.timezone?.trim();
    const valid = !!tz && isValidTimeZone(tz);
    if (tz && !valid) {
      warn(
        this.localName,
        `timezone="${String(tz).slice(0, 60)}" is not an IANA time zone (like America/Chicago); using the visitor's zone, ${viewer}.`,
      );
    }
    return (this.zones = { viewer, feed: valid ? tz : viewer });
  }

  private configure(): void {
    for (const c of this.loads.values()) c.abort();
    this.loads.clear();
    const tokens = (this.src ?? '').split(/\s+/).filter(Boolean);
    const bad: string[] = [];
    const sources: Source[] = [];
    for (const token of tokens) {
      const url = safeHttpUrl(token, document.baseURI);
      if (!url) {
        bad.push(token);
        warn(
          this.localName,
          `src token "${token.slice(0, 80)}" is not an http(s) URL; it was skipped, the other feeds still load.`,
        );
      } else if (!sources.some((s) => s.url === url)) {
        sources.push({ url, host: new URL(url).host, index: sources.length, status: 'loading' });
      }
    }
    this.badTokens = bad;
    this.sources = sources;
    if (sources.length) this.intlReady = this.i18n.warm({ sorting: true });
    for (const s of sources) this.load(s);
  }

  private load(source: Source): void {
    this.loads.get(source.index)?.abort();
    const controller = new AbortController();
    this.loads.set(source.index, controller);
    void loadSource(this.localName, source, {
      timezone: () => this.readZones().feed,
      fellowship: this.feedFellowship,
      signal: controller.signal,
      timeoutMs: this.feedTimeout,
      ready: this.intlReady,
    }).then(async (done) => {
      if (!done || controller.signal.aborted) return;
      if (done.status === 'ok') {
        this.engine = await loadEngine();
        // One at a time, so each starts from the sources the landing before it left.
        await (this.preparing = this.preparing.then(() => this.prepare(done, controller.signal)));
        if (controller.signal.aborted) return;
      }
      this.loads.delete(source.index);
      this.sources = this.sources.map((s) => (s.index === done.index ? done : s));
    });
  }

  private retry(source: Source): void {
    const again: Source = { ...source, status: 'loading', problem: undefined, result: undefined };
    this.sources = this.sources.map((s) => (s.index === source.index ? again : s));
    // The Try again button goes with the message: keep keyboard focus in the widget, on its heading.
    this.focusNext = '[part~="heading"]';
    this.load(again);
  }

  /** The feeds' results in `src` order. */
  private feedResults(sources: Source[]): NormalizeResult[] {
    // Failed sources keep their place (empty), so meeting ids (`<position>:<id>`) stay the same when
    // a source fails or recovers, and shared links keep working.
    return sources.map((s) =>
      s.status === 'ok' && s.result ? s.result : { source: s.url, meetings: [], warnings: [] },
    );
  }

  /**
   * Merges, sorts and builds the menus for the sources as they will be once `done` lands, one step
   * per task, so a 2,000-meeting feed never blocks the page in one long task. `rebuild` takes the
   * result when nothing changed in between, and computes afresh otherwise.
   */
  private async prepare(done: Source, signal: AbortSignal): Promise<void> {
    const e = this.engine!;
    const step = async () => {
      await e.nextTask().catch(() => undefined);
      // A changed src or a removed element: stop, and keep nothing of the old feeds alive.
      if (signal.aborted) throw new Error('aborted');
    };
    try {
      const results = this.feedResults(this.sources.map((s) => (s.index === done.index ? done : s)));
      await step();
      const meetings = e.mergeFeeds(results);
      await step();
      const byId = new Map(meetings.map((m) => [m.id, m]));
      const now = this.clock();
      const ordered = { key: this.orderKey(now), now, groups: e.groupForList(meetings, now, this.zone, this.soon) };
      await step();
      // The first rows' times, each a new Intl formatter for its zones: formatted here, they are
      // cached when the list first paints, which keeps that task short.
      this.dayNames();
      const { inProgress, soon, days } = ordered.groups;
      for (const m of [...inProgress, ...soon, ...days.flatMap((d) => d.meetings)].slice(0, FIRST_ROWS)) {
        e.timesForViewer(m, now, this.zone, this.i18n.locale);
      }
      await step();
      // The language the menus are made in, read with them (reading `lang` re-reads the page's),
      // so a switch during the steps below leaves compute() a mismatch, and it makes them again.
      const optionsLang = this.menuLanguage();
      const { typeOptions, regionOptions } = this.options(e, meetings);
      // A shared link with filters searches at once: build the index now, in its own task.
      let index: MeetingIndex | undefined;
      if (this.activeCount()) {
        await step();
        index = e.buildIndex(meetings);
      }
      await step();
      this.prepared = { results, meetings, byId, ordered, index, typeOptions, regionOptions, optionsLang };
    } catch {
      // The next update computes everything itself, and reports what went wrong.
      this.prepared = undefined;
    }
  }

  private orderKey(now: Date): string {
    return `${Math.floor(now.getTime() / 60_000)}|${this.soon}|${this.zone}`;
  }

  /** Merges the loaded feeds and builds what the filters and menus need. */
  private rebuild(): void {
    const results = this.feedResults(this.sources);
    const p = this.prepared;
    this.prepared = undefined;
    // A loading or failed feed is a new empty placeholder on each call: any two are the same.
    const same = (a: NormalizeResult, b: NormalizeResult) => a === b || (!a.meetings.length && !b.meetings.length);
    const ready = p && p.results.length === results.length && p.results.every((r, i) => same(r, results[i]));
    this.meetings = ready ? p.meetings : (this.engine?.mergeFeeds(results) ?? []);
    this.byId = ready ? p.byId : new Map(this.meetings.map((m) => [m.id, m]));
    this.index = ready ? p.index : undefined;
    if (!this.index)
      whenIdle(() => {
        try {
          this.searchIndex();
        } catch {
          // Data the index did not expect: the first search meets it again, and says so.
        }
      }, true);
    this.ordered = ready ? p.ordered : undefined;
    this.resultKey = undefined;
    if (!this.meetings.length) {
      this.results = [];
      this.shown = undefined;
    }
    this.optionsLang = ready ? p.optionsLang : undefined;
    if (ready) ({ typeOptions: this.typeOptions, regionOptions: this.regionOptions } = p);
  }

  /** The menus' language: the locale, and whether its pack had arrived (type names come from it). */
  private menuLanguage(): string {
    return `${this.i18n.locale}|${this.i18n.ready}`;
  }

  private buildOptions(): void {
    this.optionsLang = this.menuLanguage();
    if (this.engine)
      ({ typeOptions: this.typeOptions, regionOptions: this.regionOptions } = this.options(this.engine, this.meetings));
  }

  /** The type and region menus, in the visitor's language and collation. */
  private options(e: Engine, meetings: readonly Meeting[]): { typeOptions: Option[]; regionOptions: Option[] } {
    const translate = this.translateType;
    const collator = new Intl.Collator(this.i18n.locale);
    const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
    // typesInUse reads only the meetings: the menus need not wait for the search index.
    const typeOptions = e
      .typesInUse({ meetings })
      .filter((x) => !e.ATTENDANCE_CODES.has(x.code))
      .map((x) => ({ value: x.code, label: e.typeLabel(x.code, this.feedFellowship, translate) }))
      .sort(byLabel);
    const regionOptions = regionsInUse(meetings, e.fold)
      .map(([name, parent]) => ({ value: name, label: parent ? `${parent} › ${name}` : name }))
      .sort(byLabel);
    return { typeOptions, regionOptions };
  }

  private searchIndex(): MeetingIndex | undefined {
    return this.meetings.length && this.engine ? (this.index ??= this.engine.buildIndex(this.meetings)) : undefined;
  }

  private filterNow(): Meeting[] {
    const f = this.filters;
    // Empty lists and an empty query filter nothing, so the visitor's choices go in as they are.
    const near = f.km && this.point ? { ...this.point, km: f.km } : undefined;
    // Nothing chosen: every meeting, without waiting for the search index.
    if (!f.query.trim() && !near && LISTS.every((k) => !f[k].length)) return this.meetings;
    const index = this.searchIndex();
    return index ? this.engine!.filterMeetings(index, { ...f, attendance: f.modes, near }) : [];
  }

  /** How many values each kind of filter has (search and distance count 0 or 1). */
  private active(): Record<(typeof LISTS)[number] | 'search' | 'distance', number> {
    const f = this.filters;
    const counts = Object.fromEntries(LISTS.map((k) => [k, f[k].length])) as Record<(typeof LISTS)[number], number>;
    return { ...counts, search: +!!f.query.trim(), distance: +!!(f.km && this.point) };
  }

  private activeCount(): number {
    return Object.values(this.active()).reduce((a, b) => a + b);
  }

  private setFilters(patch: Partial<FinderFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.limit = FIRST_ROWS;
    // A chunk of the previous results must not delay the new first rows.
    this.pending?.();
    this.pending = undefined;
    if (this.syncUrl) {
      // Debounced: Chromium ignores history calls past about 100 a second, and typing is fast.
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.replaceUrl(), 250);
    }
  }

  private replaceUrl(): void {
    clearTimeout(this.urlTimer);
    history.replaceState(history.state, '', writeUrl(location.href, { filters: this.filters, meeting: this.openId }));
  }

  private scheduleAnnouncement(userChange: boolean): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => {
      const n = this.results.length;
      this.announcement = this.i18n.t('count', { count: n });
      if (userChange) {
        const a = this.active();
        this.emit('recovery-filter-change', {
          filters: { ...a, search: !!a.search, distance: !!a.distance },
          results: n,
        });
      }
    }, ANNOUNCE_MS);
  }

  private applyUrl(): void {
    const state = readUrl(location.href);
    this.filters = { ...state.filters, km: this.point ? this.filters.km : 0 };
    this.openId = state.meeting;
  }

  private onPopState = (): void => {
    if (!this.syncUrl) return;
    const was = this.openId;
    this.applyUrl();
    this.limit = FIRST_ROWS;
    if (was && !this.openId) this.returnFocusTo = was;
    else if (this.openId && this.openId !== was) this.focusNext = '#detail-heading';
  };

  private expandAll = (): void => {
    this.limit = Infinity;
  };

  private open(m: Meeting): void {
    this.openId = m.id;
    this.shareStatus = '';
    this.focusNext = '#detail-heading';
    this.emit('recovery-meeting-select', { meetingId: m.id, source: m.source });
    if (this.syncUrl) clearTimeout(this.urlTimer);
    if (this.syncUrl)
      history.pushState(history.state, '', writeUrl(location.href, { filters: this.filters, meeting: m.id }));
  }

  private back(): void {
    this.returnFocusTo = this.openId;
    this.openId = undefined;
    if (this.syncUrl) history.pushState(history.state, '', writeUrl(location.href, { filters: this.filters }));
  }

  private locate(): void {
    const geo = navigator.geolocation;
    if (!geo) {
      this.geo = 'unavailable';
      return;
    }
    this.geo = 'asking';
    const failed = (e?: GeolocationPositionError) => (this.geo = e?.code === 1 ? 'denied' : 'unavailable');
    try {
      geo.getCurrentPosition(
        (pos) => {
          const { latitude, longitude } = pos.coords;
          if (!isPoint(latitude, longitude)) return failed();
          this.point = { latitude, longitude };
          this.geo = 'ok';
          this.resultKey = undefined;
          void this.updateComplete.then(() =>
            (this.renderRoot as ShadowRoot).querySelector<HTMLElement>('#sgf-km')?.focus(),
          );
        },
        failed,
        { timeout: 15000, maximumAge: 600_000 },
      );
    } catch {
      failed();
    }
  }

  private get miles(): boolean {
    return usesMiles(this.i18n.locale);
  }

  /** Per row helpers that read the language and units once per render, not once per row. */
  private rowHelpers(e: Engine, miles: boolean) {
    const { ATTENDANCE_CODES, typeLabel } = e;
    const translate = this.translateType;
    return {
      times: (m: Meeting, now: Date) => e.timesForViewer(m, now, this.zone, this.i18n.locale),
      distance: (m: Meeting): string | undefined => {
        if (!this.point || !isPoint(m.latitude, m.longitude) || m.attendance === 'online') return undefined;
        const km = e.haversineKm(this.point, { latitude: m.latitude!, longitude: m.longitude! });
        const value = miles ? km / KM_PER_MILE : km;
        const n = this.i18n.number(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
        return miles ? this.i18n.t('awayMiles', { n }) : this.i18n.t('awayKm', { n });
      },
      typeLabel: (m: Meeting, code: string): string =>
        ATTENDANCE_CODES.has(code)
          ? ''
          : typeLabel(code, m.fellowship === 'other' ? this.feedFellowship : m.fellowship, translate),
    };
  }

  /** The language pack's name for a meeting type (`aa:O`), read through the localizer. */
  private translateType = (key: string): string | undefined => this.i18n.data('types', key);

  private dayNames(): string[] {
    const locale = this.i18n.locale;
    if (this.weekdays?.locale !== locale) {
      // 2023-01-01 was a Sunday.
      const names = [0, 1, 2, 3, 4, 5, 6].map((d) => this.i18n.date(`2023-01-0${d + 1}`, { weekday: 'long' }));
      this.weekdays = { locale, names };
    }
    return this.weekdays.names;
  }
  private weekdays?: { locale: string; names: string[] };

  private addToCalendar(e: Engine, m: Meeting): void {
    const ics = e.meetingToIcs(m, {
      now: this.clock(),
      url: location.href,
      language: this.i18n.lang === 'es' ? 'es' : 'en',
    });
    if (!ics) return;
    const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = e.icsFileName(m);
    a.hidden = true;
    this.renderRoot.appendChild(a);
    a.click();
    a.remove();
    // Revoke after the download has started, not before.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  private async share(m: Meeting): Promise<void> {
    const url = writeUrl(location.href, { filters: emptyFilters(), meeting: m.id });
    const t = this.i18n;
    const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
    try {
      if (nav.share) {
        await nav.share({ title: m.name, url });
        return;
      }
      await navigator.clipboard.writeText(url);
      this.shareStatus = t.t('copied');
    } catch (e) {
      if ((e as Error)?.name === 'AbortError') return;
      this.shareStatus = t.t('copyFailed');
    }
  }

  private async print(): Promise<void> {
    this.limit = Infinity;
    await this.updateComplete;
    print();
  }

  // ----- rendering -----

  private level(): HeadingLevel {
    return headingLevel(this.localName, this.headingLevel);
  }

  /** What the list and the detail view both need. */
  private shared(e: Engine, level: HeadingLevel, now: Date, dayNames: string[], miles: boolean) {
    const t = this.i18n;
    return { t, level, now, dayNames, ...this.rowHelpers(e, miles), onOpen: (m: Meeting) => this.open(m) };
  }

  private renderProblems(): TemplateResult {
    const t = this.i18n;
    const message = ({ problem, host }: Source) =>
      problem === 'empty'
        ? t.t('problem_empty', { host })
        : t.t('err', { host, why: t.t(`problem_${problem as Exclude<SourceProblem, 'empty'>}`) });
    const failed = this.sources.filter((s) => s.status === 'error');
    return html`${this.badTokens.map((token) => html`<p part="error" class="error" role="alert">${t.t('badSrc', { token })}</p>`)}
    ${failed.map(
      (s) => html`<div part="error" class="error" role="alert">
        <p>${message(s)}</p>
        ${button('retry', html`${t.t('retry')}<span class="visually-hidden">: ${s.host}</span>`, () => this.retry(s))}
      </div>`,
    )}`;
  }

  /** The fellowships' own finders, for the audience the feeds serve. */
  private links(): TemplateResult {
    return directoryLinks(this.i18n, this.feedFellowship === 'al-anon' ? 'family' : 'self');
  }

  private renderEmpty(): TemplateResult {
    const t = this.i18n;
    const f = this.filters;
    const remove = (label: string, patch: Partial<FinderFilters>) =>
      html`<li>${button('remove-filter', label, () => this.setFilters(patch))}</li>`;
    return html`<div part="empty" class="empty">
      <p class="empty-title">${t.t('empty')}</p>
      ${
        this.activeCount()
          ? html`<p>${t.t('emptyHint')}</p>
            <ul class="chips">
              ${f.query.trim() ? remove(t.t('removeSearch', { query: f.query.trim() }), { query: '' }) : nothing}
              ${LISTS.map((k, i) => (f[k].length ? remove(t.t(REMOVE[i]), { [k]: [] }) : nothing))}
              ${f.km ? remove(t.t('anyDistance'), { km: 0 }) : nothing}
              ${remove(t.t('clearFilters'), { ...emptyFilters() })}
            </ul>`
          : nothing
      }
      ${this.links()}
    </div>`;
  }

  private renderFeeds(level: HeadingLevel): TemplateResult {
    const t = this.i18n;
    const now = this.clock();
    const e = this.engine;
    const open = this.openId ? this.byId.get(this.openId) : undefined;
    const loading = this.sources.some((s) => s.status === 'loading');
    // Not while loading: the page's first date formatter is slow to make, and i18n.warm() makes it
    // in a task of its own while the feed downloads.
    const dayNames = e && this.meetings.length ? this.dayNames() : [];
    const miles = this.miles;
    // Meetings exist only once the engine has read them, so every branch that shows one has it.
    if (e && open) {
      const shared = this.shared(e, level, now, dayNames, miles);
      // An approximate address ("Philadelphia, PA") or an online meeting is not a place to share.
      const placed = (m: Meeting) => !m.approximate && m.attendance !== 'online';
      const others = placed(open)
        ? this.meetings.filter(
            (o) =>
              o.id !== open.id &&
              placed(o) &&
              ((open.address && o.address === open.address) ||
                (open.location && o.location === open.location && o.city === open.city)),
          )
        : [];
      return renderDetail({
        ...shared,
        meeting: open,
        others: others.slice(0, 20),
        canCalendar: !!e.meetingToIcs(open, { now }),
        status: this.shareStatus,
        onBack: () => this.back(),
        onCalendar: () => this.addToCalendar(e, open),
        onShare: () => void this.share(open),
      });
    }
    if (!e || !this.meetings.length) {
      if (loading) {
        return html`${this.renderProblems()}
          <div part="loading" class="loading" role="status" aria-busy="true">
            <span>${t.t('loading')}</span>
            <span class="bar"></span><span class="bar"></span><span class="bar"></span>
          </div>`;
      }
      return html`${this.renderProblems()}
        <div part="empty" class="empty">${this.links()}</div>`;
    }
    const count = this.results.length;
    return html`${this.renderProblems()}
      ${loading ? html`<p class="muted" role="status" part="loading-more">${t.t('loading')}</p>` : nothing}
      ${renderFilters({
        t,
        filters: this.filters,
        dayNames,
        types: this.typeOptions,
        regions: this.regionOptions,
        geo: this.geo,
        miles,
        open: this.filtersOpen,
        active: this.activeCount(),
        onToggle: () => (this.filtersOpen = !this.filtersOpen),
        onChange: (patch) => this.setFilters(patch),
        onLocate: () => this.locate(),
        onClear: () => this.setFilters(emptyFilters()),
      })}
      <div class="toolbar" part="toolbar">
        <p part="count" class="count" aria-hidden="true">${t.t('count', { count })}</p>
        <p class="visually-hidden" role="status" aria-live="polite" part="status">${this.announcement}</p>
        ${button('print', t.t('print'), () => void this.print())}
      </div>
      ${
        count
          ? renderList({
              ...this.shared(e, level, now, dayNames, miles),
              today: e.isoDateIn(this.ordered!.now, this.zone),
              // The clock the sections were made with, so each row's time agrees with its section.
              now: this.ordered!.now,
              groups: this.ordered!.groups,
              shown: this.shown,
              total: count,
              limit: this.limit,
              onMore: () => (this.limit = Math.max(this.limit, AUTO_ROWS) + AUTO_ROWS),
            })
          : this.renderEmpty()
      }`;
  }

  protected override render() {
    const t = this.i18n;
    const level = this.level();
    const feeds = this.sources.length > 0;
    let body: unknown;
    try {
      body = feeds ? this.renderFeeds(level) : undefined;
    } catch (e) {
      // A record the data core did not expect must not blank the widget: show the directory.
      warn(this.localName, `could not show the meetings: ${(e as Error)?.message ?? e}`);
      body = directoryLinks(t, 'self');
    }
    // The directory has no data to wait for: it waits, laid out, for the page's language pack.
    const waiting = !feeds && !t.ready;
    return html`<section part="base" class="${this.rootClass} finder${waiting ? ' awaiting-language' : ''}" lang=${t.lang} aria-busy=${waiting ? 'true' : nothing}>
      ${heading(level, feeds ? t.t('meetingsHeading') : t.t('heading'), 'heading')}
      ${
        feeds
          ? body
          : html`${this.renderProblems()}
            ${this.badTokens.length ? nothing : html`<p>${t.t('intro')}</p>`}
            ${renderDirectory({
              t,
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

// Internal reactive state, declared outside `static properties` so the element manifest (and the
// README generated from it) lists only the real attributes.
for (const key of [
  'sources',
  'badTokens',
  'filters',
  'openId',
  'limit',
  'geo',
  'filtersOpen',
  'announcement',
  'shareStatus',
  'path',
  'approach',
  'tick',
]) {
  SupportGroupFinder.createProperty(key, { state: true });
}
