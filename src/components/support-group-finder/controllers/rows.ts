import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle } from '../../../util/scheduling.js';

/**
 * Rows painted at once (more than a phone or laptop screen holds); more follow in idle moments, a
 * chunk small enough to stay a short task on a slow phone, up to a first page; then "Show more".
 * A page of 50 keeps the Tab walk past the list short, and the skip link jumps it.
 */
export const FIRST_ROWS = 10;
const STEP_ROWS = 20;
export const PAGE_ROWS = 50;

/**
 * The list's rows: how many are drawn, growing when the page is idle up to a page, by a page on
 * "Show more", and all of them for printing.
 */
export class RowsController implements ReactiveController {
  limit = FIRST_ROWS;
  private cancel?: () => void;
  /** The first chunk after new data waits for a long idle moment: the page has more to do then. */
  private quiet = true;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** How many rows there are to show now. */
    private readonly total: () => number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    addEventListener('beforeprint', this.all);
  }

  hostDisconnected(): void {
    removeEventListener('beforeprint', this.all);
    this.stop();
  }

  hostUpdated(): void {
    if (this.limit < Math.min(this.total(), PAGE_ROWS) && !this.cancel) {
      this.cancel = whenIdle(this.grow, this.quiet);
      this.quiet = false;
    }
  }

  /** New results: back to the first rows (a chunk of the old ones must not delay them). */
  reset(quiet = false): void {
    this.stop();
    this.limit = FIRST_ROWS;
    this.quiet = quiet;
  }

  /** "Show more": the next page. */
  more(): void {
    this.stop();
    this.limit = Math.max(this.limit, PAGE_ROWS) + PAGE_ROWS;
    this.host.requestUpdate();
  }

  /** Every row, for printing; resolves once they are drawn. */
  all = (): void => {
    this.stop();
    this.limit = Infinity;
    this.host.requestUpdate();
  };

  private grow = (): void => {
    this.cancel = undefined;
    this.limit = Math.min(this.limit + STEP_ROWS, PAGE_ROWS);
    this.host.requestUpdate();
  };

  private stop(): void {
    this.cancel?.();
    this.cancel = undefined;
  }
}
