import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meeting } from '../../../meetings/types.js';
import { memoize } from '../../../util/memoize.js';
import { emptyFilters, type FinderFilters, readUrl, writeUrl } from '../url-state.js';
import type { FeedSnapshot } from './feeds-controller.js';

/** The filters that are lists. */
export const LISTS = ['days', 'times', 'modes', 'types', 'languages', 'regions'] as const;
export type ListFilter = (typeof LISTS)[number];

/** How many values each kind of filter has (search and distance count 0 or 1). */
export type ActiveFilters = Record<ListFilter | 'search' | 'distance', number>;

export interface FilterHost extends ReactiveControllerHost, HTMLElement {
  syncUrl: boolean;
}

export interface Point {
  latitude: number;
  longitude: number;
}

export interface FilterStateOptions {
  /** The visitor changed the filters and the results settled: say so (the count) and tell the page. */
  onSettled: (results: number, userChange: boolean) => void;
  /** Back or Forward changed the open meeting (with `sync-url`). */
  onHistory: (was: string | undefined, now: string | undefined) => void;
}

/** Screen readers hear the count once typing pauses, not on every keystroke. */
const ANNOUNCE_MS = 800;
/** Chromium ignores history calls past about 100 a second, and typing is fast. */
const URL_MS = 250;

/**
 * What the visitor chose, the meeting they opened, and the results: the filters, the address
 * (`sync-url`: filters and the open meeting, never the search text; Back and Forward), and the
 * results announcement once the list settles.
 */
export class FilterState implements ReactiveController {
  filters: FinderFilters = emptyFilters();
  openId?: string;
  /** The point "Use my location" found; distance filters only apply with one. */
  point?: Point;
  private read = false;
  private urlTimer?: ReturnType<typeof setTimeout>;
  private announceTimer?: ReturnType<typeof setTimeout>;
  private userChange = false;
  private lastResults?: Meeting[];

  constructor(
    private readonly host: FilterHost,
    private readonly options: FilterStateOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    removeEventListener('popstate', this.onPopState);
    clearTimeout(this.urlTimer);
    clearTimeout(this.announceTimer);
  }

  hostUpdate(): void {
    if (this.read) return;
    this.read = true;
    // Without sync-url the address is only read for a shared meeting link ("Copy link").
    if (this.host.syncUrl) this.applyUrl();
    else this.openId = readUrl(location.href).meeting;
  }

  /** The meetings that pass the filters (all of them, without waiting for an index, when none is set). */
  results(snapshot: FeedSnapshot): Meeting[] {
    const results = this.compute(snapshot, this.filters, this.point);
    if (results !== this.lastResults) {
      this.lastResults = results;
      this.scheduleAnnouncement(results.length);
    }
    return results;
  }

  private compute = memoize((snapshot: FeedSnapshot, f: FinderFilters, point?: Point): Meeting[] => {
    const near = f.km && point ? { ...point, km: f.km } : undefined;
    if (!f.query.trim() && !near && LISTS.every((k) => !f[k].length)) return snapshot.meetings as Meeting[];
    // A language is a type code to the engine: the meeting must have it, as it must every chosen type.
    const types = [...f.types, ...f.languages];
    return snapshot.engine.filterMeetings(snapshot.index(), { ...f, types, attendance: f.modes, near });
  });

  /** How many values each kind of filter has. */
  active(): ActiveFilters {
    const f = this.filters;
    const counts = Object.fromEntries(LISTS.map((k) => [k, f[k].length])) as Record<ListFilter, number>;
    return { ...counts, search: +!!f.query.trim(), distance: +!!(f.km && this.point) };
  }

  /** How many filters are set inside the filter panel (the search box is outside it). */
  panelCount(): number {
    const { search: _, ...inPanel } = this.active();
    return Object.values(inPanel).reduce((a, b) => a + b, 0);
  }

  set(patch: Partial<FinderFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.userChange = true;
    if (this.host.syncUrl) {
      clearTimeout(this.urlTimer);
      this.urlTimer = setTimeout(() => this.replaceUrl(), URL_MS);
    }
    this.host.requestUpdate();
  }

  clear(): void {
    this.set(emptyFilters());
  }

  /** Opens a meeting's detail; with `sync-url` it is a new history entry, so Back closes it. */
  open(id: string): void {
    this.openId = id;
    if (this.host.syncUrl) {
      clearTimeout(this.urlTimer);
      history.pushState(history.state, '', writeUrl(location.href, { filters: this.filters, meeting: id }));
    }
    this.host.requestUpdate();
  }

  close(): void {
    this.openId = undefined;
    if (this.host.syncUrl) history.pushState(history.state, '', writeUrl(location.href, { filters: this.filters }));
    this.host.requestUpdate();
  }

  private replaceUrl(): void {
    history.replaceState(history.state, '', writeUrl(location.href, { filters: this.filters, meeting: this.openId }));
  }

  private applyUrl(): void {
    const state = readUrl(location.href);
    // The address never holds the search text or the distance: Back and Forward keep them. The same
    // filters stay the same object, so the results (and the rows drawn) do too, and Back from a
    // meeting returns to its row where the visitor left it.
    const next = {
      ...state.filters,
      query: state.filters.query || this.filters.query,
      km: this.point ? this.filters.km : 0,
    };
    if (JSON.stringify(next) !== JSON.stringify(this.filters)) this.filters = next;
    this.openId = state.meeting;
  }

  private onPopState = (): void => {
    if (!this.host.syncUrl) return;
    const was = this.openId;
    this.applyUrl();
    this.options.onHistory(was, this.openId);
    this.host.requestUpdate();
  };

  private scheduleAnnouncement(count: number): void {
    clearTimeout(this.announceTimer);
    const userChange = this.userChange;
    this.userChange = false;
    this.announceTimer = setTimeout(() => this.options.onSettled(count, userChange), ANNOUNCE_MS);
  }
}
