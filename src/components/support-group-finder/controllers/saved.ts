import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Meeting } from '../../../meetings/types.js';

/** One key for every finder of the site: which meetings of which feed a visitor saved. */
export const SAVED_KEY = 'recovery-widgets.saved-meetings';

/** What is stored: `{ "feeds": { "<feed URL>": ["<the feed's own meeting id>", ...] } }`. */
interface Stored {
  feeds: Record<string, string[]>;
}

export interface SavedHost extends ReactiveControllerHost {
  /** The partner's opt-in (the `saved` attribute). */
  saved: boolean;
}

/** What the visitor is told after a press: kept on this device, or kept only until they leave. */
export type SavedStatus = '' | 'kept' | 'not-kept' | 'forgotten';

/** A meeting's lasting id: the feed's own, not its place in `src` (which a webmaster may reorder). */
const idOf = (m: Meeting) => m.feedId ?? m.id.slice(m.id.indexOf(':') + 1);

function read(): Stored {
  const raw = localStorage.getItem(SAVED_KEY);
  if (!raw) return { feeds: {} };
  try {
    // A value another script (or an older release) wrote: keep only what has our shape.
    const value = JSON.parse(raw) as Partial<Stored> | null;
    const feeds: Record<string, string[]> = {};
    if (value && typeof value.feeds === 'object' && value.feeds && !Array.isArray(value.feeds))
      for (const [feed, ids] of Object.entries(value.feeds))
        if (Array.isArray(ids)) feeds[feed] = ids.filter((id): id is string => typeof id === 'string').slice(0, 500);
    return { feeds };
  } catch {
    return { feeds: {} };
  }
}

/**
 * Saved meetings, only where the partner opted in with `saved`. Nothing is read or written without
 * it, and nothing is written until the visitor first presses a star: then one localStorage entry
 * holds the ids per feed URL, on this device only. "Forget saved meetings" removes the entry. When
 * the browser refuses storage (Safari's private mode, storage turned off), the stars still work for
 * this visit and the visitor is told they will not be kept.
 */
export class SavedController implements ReactiveController {
  /** Showing only saved meetings. */
  only = false;
  status: SavedStatus = '';
  /** Changes with every save, so what is derived from the saved set is made again. */
  version = 0;
  private stored?: Stored;
  private storable = true;

  constructor(private readonly host: SavedHost) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('storage', this.onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.onStorage);
  }

  get enabled(): boolean {
    return this.host.saved;
  }

  has(m: Meeting): boolean {
    return !!this.enabled && !!this.load().feeds[m.source]?.includes(idOf(m));
  }

  /** The saved ones among `meetings`. */
  pick(meetings: readonly Meeting[]): Meeting[] {
    return this.enabled ? meetings.filter((m) => this.has(m)) : [];
  }

  toggle(m: Meeting): void {
    const { feeds } = this.load();
    const id = idOf(m);
    const ids = feeds[m.source] ?? [];
    const next = ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
    if (next.length) feeds[m.source] = next;
    else delete feeds[m.source];
    this.write(() => localStorage.setItem(SAVED_KEY, JSON.stringify({ feeds })), 'kept');
  }

  setOnly(only: boolean): void {
    this.only = only;
    this.changed();
  }

  /** Removes every saved meeting of every feed from this device. */
  forget(): void {
    this.stored = { feeds: {} };
    this.only = false;
    this.write(() => localStorage.removeItem(SAVED_KEY), 'forgotten');
  }

  private write(store: () => void, status: SavedStatus): void {
    try {
      if (!this.storable) throw new Error('storage unavailable');
      store();
      this.status = status;
    } catch {
      // Kept in memory for this visit; the visitor is told, calmly, once and for all.
      this.storable = false;
      this.status = status === 'forgotten' ? status : 'not-kept';
    }
    this.changed();
  }

  private load(): Stored {
    if (!this.stored) {
      try {
        this.stored = read();
      } catch {
        // Reading itself refused (storage turned off): start empty, and say so on the first save.
        this.storable = false;
        this.stored = { feeds: {} };
      }
    }
    return this.stored;
  }

  private changed(): void {
    this.version++;
    this.host.requestUpdate();
  }

  /** Another tab saved or forgot meetings: show the same. */
  private onStorage = (e: StorageEvent): void => {
    if (!this.enabled || (e.key !== SAVED_KEY && e.key !== null)) return;
    this.stored = undefined;
    this.changed();
  };
}
