import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { warn } from '../../../internal/warn.js';
import type { MeetingIndex } from '../../../meetings/search.js';
import type { Fellowship, Meeting, NormalizeResult } from '../../../meetings/types.js';
import { safeHttpUrl } from '../../../util/validate.js';
import { loadSource, MAX_TOTAL_BYTES, type SourceConfig, type SourceOutcome, type SourceProblem } from '../feeds.js';
import { type Engine, loadEngine } from '../load-engine.js';

/** What the finder reads from its element. */
export interface FeedsHost extends ReactiveControllerHost, HTMLElement {
  src?: string;
  timezone?: string;
  fellowship?: string;
  feedTimeout: number;
}

export interface FeedsOptions {
  /** The page's locale data and language pack, loaded in short tasks; resolves with the locale. Awaited before a feed is read. */
  warm: () => Promise<string>;
  /** More steps before a snapshot is shown (the first rows' times, the menus); `step` may pause for a new task. */
  prepare?: (snapshot: FeedSnapshot, step: () => Promise<void>) => Promise<void>;
  /** The finder's clock, and whether it may show a feed's first meetings before the rest (no filter set, no meeting open). */
  preview?: { now: () => Date; allowed: () => boolean };
}

/** Feeds one finder reads: a page's own intergroups, with room to spare; never hundreds of requests. */
export const MAX_FEEDS = 10;

/**
 * `src` tokens that are not links, each named on the page and in the console; more are counted in
 * one console line. (A script's mistake can write thousands.)
 */
export const MAX_BAD_TOKENS = 3;

/** `src` tokens read at all: a pasted page of text must not freeze the page while it is parsed. */
export const MAX_TOKENS = 100;

/** At most `n` characters, counted as people see them (an emoji is not cut in half), "…" if cut. */
const cut = (text: string, n: number) => {
  if (text.length <= n) return text;
  const chars = Array.from(text.slice(0, 2 * n));
  return chars.length <= n && text.length <= 2 * n ? text : `${chars.slice(0, n - 1).join('')}…`;
};

/** Meetings shown first while a large feed is read: every one in progress and the next this many. */
export const PREVIEW_COUNT = 50;

/** One source as the finder shows it. */
export interface SourceState extends SourceConfig {
  status: 'loading' | 'ok' | 'error';
  problem?: SourceProblem;
}

/** The loaded feeds, merged: one immutable value per change of the sources. */
export interface FeedSnapshot {
  readonly engine: Engine;
  readonly meetings: readonly Meeting[];
  readonly byId: ReadonlyMap<string, Meeting>;
  /** The search index, built on first use (the first search, or an idle moment). */
  index(): MeetingIndex;
  /** Which configuration (src, zone, fellowship) it was made for. */
  readonly config: number;
  /** The first meetings of a feed still being read: no count, no menus to trust yet. */
  readonly partial?: boolean;
}

const FELLOWSHIPS: readonly Fellowship[] = ['aa', 'al-anon', 'na'];

/** Merged meetings as the finder uses them: an id map, and the search index on first use. */
function snapshotOf(engine: Engine, meetings: Meeting[], config: number, partial?: true): FeedSnapshot {
  let index: MeetingIndex | undefined;
  return {
    engine,
    meetings,
    byId: new Map(meetings.map((m) => [m.id, m])),
    index: () => (index ??= engine.buildIndex(meetings)),
    config,
    ...(partial && { partial }),
  };
}

const viewerZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

/**
 * The finder's feeds: each `src` URL is a task (fetch, then read by the engine, a slice per task);
 * every time one lands, a second task merges what has landed into one snapshot, a step per task.
 * Both are `@lit/task`s: a newer run aborts the older, and only the latest result counts. Removing
 * the element aborts everything at its next step; putting it back starts what was cut short.
 */
export class FeedsController implements ReactiveController {
  sources: readonly SourceState[] = [];
  /** `src` tokens that are not http(s) links: the first `MAX_BAD_TOKENS`, each cut to 80 characters. */
  badTokens: readonly string[] = [];
  /** The vocabulary named by `fellowship` (undefined: each feed's own default). */
  fellowship?: Fellowship;
  private tasks: Array<{ config: SourceConfig; task: Task<[SourceConfig], SourceOutcome | undefined> }> = [];
  private key?: string;
  private config = 0;
  private zones?: { viewer: string; feed: string };
  private readonly merged: Task<unknown[], FeedSnapshot | undefined>;
  private preview?: FeedSnapshot;

  constructor(
    private readonly host: FeedsHost,
    private readonly options: FeedsOptions,
  ) {
    host.addController(this);
    this.merged = new Task(host, {
      task: (args, { signal }) => this.merge(args, signal),
      args: () => [this.config, ...this.tasks.map((t) => t.task.value)],
    });
  }

  /** The merged feeds of the current configuration, once one has landed. */
  get snapshot(): FeedSnapshot | undefined {
    const value = this.merged.value;
    if (value?.config === this.config) return value;
    // Only while the feed is still being read: a feed that then fails shows its error instead.
    return this.preview?.config === this.config && this.loading ? this.preview : undefined;
  }

  /** True while a source is on its way (or landed and is being merged). */
  get loading(): boolean {
    return this.sources.some((s) => s.status === 'loading') || this.merged.status === TaskStatus.PENDING;
  }

  /** The visitor's zone, read on first use: the page's first zone formatter is a slow step. */
  viewerZone(engine: Engine): string {
    return this.readZones(engine).viewer;
  }

  hostUpdate(): void {
    const key = `${this.host.src}|${this.host.timezone}|${this.host.fellowship}`;
    if (key !== this.key) {
      this.key = key;
      this.configure();
    }
    this.sources = this.tasks.map(({ config, task }) => {
      const outcome = task.status === TaskStatus.COMPLETE ? task.value : undefined;
      return outcome
        ? { ...config, status: outcome.status, problem: outcome.status === 'error' ? outcome.problem : undefined }
        : { ...config, status: 'loading' };
    });
  }

  hostConnected(): void {
    // Moved in the page: start again what the disconnect cut short.
    for (const { task } of this.tasks) if (task.status !== TaskStatus.COMPLETE || !task.value) void task.run();
    // (Undefined while the constructor runs: adding a controller to a connected host connects it.)
    if (this.merged?.status === TaskStatus.ERROR) void this.merged.run();
  }

  hostDisconnected(): void {
    for (const { task } of this.tasks) task.abort();
    this.merged?.abort();
  }

  /** Loads one source again ("Try again"). */
  retry(index: number): void {
    void this.tasks.find((t) => t.config.index === index)?.task.run();
  }

  private configure(): void {
    const host = this.host;
    for (const { task } of this.tasks) {
      task.abort();
      host.removeController(task);
    }
    this.zones = undefined;
    this.preview = undefined;
    this.config++;
    const name = host.fellowship?.trim().toLowerCase();
    this.fellowship = FELLOWSHIPS.find((f) => f === name);
    if (name && !this.fellowship) {
      warn(
        host.localName,
        `fellowship="${name.slice(0, 40)}" is not one of aa, al-anon, na; each feed uses its own type names.`,
      );
    }
    const bad = new Set<string>();
    const configs: SourceConfig[] = [];
    const seen = new Set<string>();
    let skipped = 0;
    // Token by token, without splitting the whole attribute: only the first MAX_TOKENS are read.
    const words = /\S+/g;
    const src = host.src ?? '';
    let word: RegExpExecArray | null;
    let read = 0;
    while ((word = words.exec(src)) && read++ < MAX_TOKENS) {
      const token = word[0];
      const url = safeHttpUrl(token, document.baseURI);
      if (!url) {
        if (bad.has(token)) continue;
        bad.add(token);
        if (bad.size > MAX_BAD_TOKENS) continue;
        warn(
          host.localName,
          `src token "${cut(token, 80)}" is not an http(s) URL; it was skipped, the other feeds still load.`,
        );
      } else if (!seen.has(url)) {
        seen.add(url);
        if (configs.length === MAX_FEEDS) skipped++;
        else configs.push({ url, host: new URL(url).host, index: configs.length });
      }
    }
    if (skipped) {
      warn(
        host.localName,
        `src lists ${MAX_FEEDS + skipped} feeds; the finder reads the first ${MAX_FEEDS} and skipped ${skipped} (it is made for an intergroup's feed, or a few).`,
      );
    }
    if (word) {
      warn(host.localName, `src has more than ${MAX_TOKENS} tokens; the finder read the first ${MAX_TOKENS}.`);
    }
    const more = bad.size - MAX_BAD_TOKENS;
    if (more > 0) {
      warn(
        host.localName,
        more === 1
          ? 'src has another token that is not an http(s) URL; it was skipped too.'
          : `src has ${more} more tokens that are not http(s) URLs; they were skipped too.`,
      );
    }
    // Named on the page as far as a line can hold them.
    this.badTokens = [...bad].slice(0, MAX_BAD_TOKENS).map((t) => cut(t, 80));
    // The locale data, then the engine run once on made-up records: both while the feeds download.
    // One import for both (the feeds' reads share it): a failed one is not tried again for a warm-up.
    const engine = configs.length ? loadEngine().catch(() => undefined) : undefined;
    const ready = engine && this.options.warm().then((locale) => this.warmEngine(engine, locale));
    const budget = { left: MAX_TOTAL_BYTES, total: MAX_TOTAL_BYTES };
    this.tasks = configs.map((config) => {
      const task = new Task<[SourceConfig], SourceOutcome | undefined>(host, {
        autoRun: false,
        task: ([source], { signal }) =>
          loadSource(host.localName, source, {
            timezone: (engine) => this.readZones(engine).feed,
            fellowship: this.fellowship,
            signal,
            timeoutMs: host.feedTimeout,
            budget,
            ready,
            preview: configs.length === 1 ? (data, engine) => this.showFirst(data, engine, source) : undefined,
          }),
        args: () => [config],
      });
      void task.run();
      return { config, task };
    });
  }

  /**
   * A large single feed's first meetings, shown while the rest is read: the list's first rows
   * come out exactly as the whole feed's will (previewFeed gives up where it cannot promise
   * that). Settles after they are painted, so reading the rest does not hold them back.
   */
  private async showFirst(data: unknown, engine: Engine, source: SourceConfig): Promise<void> {
    const o = this.options.preview;
    if (!o?.allowed() || this.merged.value?.config === this.config) return;
    const config = this.config;
    const pause = engine.pauseEvery();
    const step = async () => {
      await pause();
      // A changed src or a removed element: nothing to show.
      if (config !== this.config || !this.host.isConnected) throw new Error('gone');
    };
    try {
      const result = await engine.previewFeed(
        data,
        source.url,
        {
          timezone: this.readZones(engine).feed,
          fellowship: this.fellowship,
          sourceIndex: source.index,
          now: o.now(),
          count: PREVIEW_COUNT,
        },
        step,
      );
      if (!result?.meetings.length) return;
      await step();
      const snapshot = snapshotOf(engine, engine.mergeFeeds([result]), config, true);
      // The first rows' times and the menus, as for the whole feed: the task that draws them stays short.
      await this.options.prepare?.(snapshot, step);
      await engine.nextTask();
      if (config !== this.config || this.merged.value?.config === config) return;
      this.preview = snapshot;
    } catch {
      return;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
  }

  /** The sources that have landed, merged and indexed a step per task. */
  private async merge([config, ...outcomes]: unknown[], signal: AbortSignal): Promise<FeedSnapshot | undefined> {
    const landed = outcomes as Array<SourceOutcome | undefined>;
    if (!landed.some((o) => o?.status === 'ok')) return undefined;
    const engine = await loadEngine();
    // Steps share a task while they fit in its budget: each task hop can wait for a frame.
    const pause = engine.pauseEvery();
    const step = async () => {
      await pause();
      // A changed src or a removed element: stop, and keep nothing of the old feeds alive.
      signal.throwIfAborted();
    };
    // Failed sources keep their place (empty), so meeting ids (`<position>:<id>`) stay the same when
    // a source fails or recovers, and shared links keep working.
    const results = this.tasks.map(
      ({ config: c }, i): NormalizeResult =>
        landed[i]?.status === 'ok' ? landed[i].result : { source: c.url, meetings: [], warnings: [] },
    );
    await step();
    const meetings = engine.mergeFeeds(results);
    await step();
    const snapshot = snapshotOf(engine, meetings, config as number);
    await this.options.prepare?.(snapshot, step);
    // The first rows are drawn in the task that receives the snapshot: a task of their own.
    await engine.nextTask();
    signal.throwIfAborted();
    return snapshot;
  }

  /** The engine's readers compiled and the zones' formatters made before a feed arrives (warm-up.ts). */
  private async warmEngine(loading: Promise<Engine | undefined>, locale: string): Promise<void> {
    const config = this.config;
    try {
      // An engine that will not load is the feeds' own reads' to report; a warm-up only saves time.
      const engine = await loading;
      await engine?.nextTask();
      // A changed src or a removed element: nothing to warm for.
      if (!engine || config !== this.config || !this.host.isConnected) return;
      const { viewer, feed } = this.readZones(engine);
      engine.warmUp(feed, viewer, locale, this.options.preview?.now() ?? new Date());
    } catch {
      // warmUp never meant to throw; if it does, the feed's read still runs.
    }
  }

  /** The visitor's zone, and the zone for records that name none (the attribute when valid). */
  private readZones(engine: Engine): { viewer: string; feed: string } {
    if (this.zones) return this.zones;
    const viewer = viewerZone();
    const tz = this.host.timezone?.trim();
    const valid = !!tz && engine.isValidTimeZone(tz);
    if (tz && !valid) {
      warn(
        this.host.localName,
        `timezone="${tz.slice(0, 60)}" is not an IANA time zone (like America/Chicago); using the visitor's zone, ${viewer}.`,
      );
    }
    return (this.zones = { viewer, feed: valid ? tz : viewer });
  }
}
