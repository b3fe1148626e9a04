import type { ReactiveController, ReactiveControllerHost } from 'lit';

export interface FocusHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** Focusable by script only, so screen readers start reading there. */
function focusable(target: HTMLElement): HTMLElement {
  if (!target.matches('a[href], select, input, button')) target.tabIndex = -1;
  return target;
}

/**
 * Keeps `row` at `top` on screen: now, and in the next frames, as the rows around it that were
 * skipped while off screen (`content-visibility: auto`) are laid out with their real heights.
 */
function pin(row: HTMLElement, top: number, frames = 12, still = 0): void {
  // The browser's own scroll anchoring would correct the same change a second time.
  const list = row.closest<HTMLElement>('.list');
  if (list) list.style.overflowAnchor = 'none';
  const off = row.getBoundingClientRect().top - top;
  const moved = Math.abs(off) >= 1;
  if (moved) scrollBy({ top: off, behavior: 'instant' });
  // Done once it stayed put for two frames (or after a fifth of a second at most).
  const steady = moved ? 0 : still + 1;
  if (frames > 1 && steady < 2) requestAnimationFrame(() => row.isConnected && pin(row, top, frames - 1, steady));
  else if (list) list.style.overflowAnchor = '';
}

/**
 * Where keyboard focus goes when the view changes under it: the detail's heading when a meeting
 * opens; back to the meeting's name, at the scroll position the list had, when it closes (Back to
 * the list, Escape, or the browser's Back); a stated element when the button that had focus goes.
 */
export class FocusController implements ReactiveController {
  private next?: string;
  private nextRow?: number;
  private returnTo?: string;
  /** Where the page was scrolled, and where on screen the opened meeting's row was. */
  private left?: { scroll: number; top?: number };

  constructor(
    private readonly host: FocusHost,
    /** Whether a meeting's detail is showing. */
    private readonly detailOpen: () => boolean,
  ) {
    host.addController(this);
  }

  /** Focuses what `selector` finds after the next render. */
  to(selector: string): void {
    this.next = selector;
  }

  /** Focuses the list's row at `index` after the next render (the widget's heading if none). */
  toRow(index: number): void {
    this.nextRow = index;
  }

  /** The meeting `id` opens over the list: remember where the list was. */
  leaveList(id: string): void {
    if (this.detailOpen()) return;
    this.left = { scroll: scrollY, top: this.row(id)?.getBoundingClientRect().top };
  }

  private row(id: string): HTMLElement | undefined {
    const root = this.host.renderRoot as ShadowRoot;
    return [...root.querySelectorAll<HTMLElement>('.list [data-id]')].find((b) => b.dataset.id === id);
  }

  /** The meeting `id` closed: its name in the list gets focus back. */
  backTo(id: string | undefined): void {
    this.returnTo = id;
  }

  hostUpdated(): void {
    const root = this.host.renderRoot as ShadowRoot;
    if (this.nextRow !== undefined) {
      const rows = root.querySelectorAll<HTMLElement>('.list [data-id]');
      const target = rows[this.nextRow] ?? root.querySelector<HTMLElement>('[part~="heading"]');
      this.nextRow = undefined;
      target && focusable(target).focus();
    } else if (this.next) {
      const target = root.querySelector<HTMLElement>(this.next);
      this.next = undefined;
      target && focusable(target).focus();
    } else if (this.returnTo && !this.detailOpen()) {
      const id = this.returnTo;
      this.returnTo = undefined;
      const row = this.row(id);
      // The page where it was, then the row exactly where it was on screen (rows drawn anew may not
      // have their old heights yet); a meeting not in the rows drawn: the widget's heading.
      const left = this.left;
      if (left) scrollTo({ top: left.scroll, behavior: 'instant' });
      const target = focusable(row ?? root.querySelector<HTMLElement>('[part~="heading"]')!);
      target.focus({ preventScroll: true });
      const box = target.getBoundingClientRect();
      if (row && left?.top !== undefined) pin(row, left.top);
      else if (box.top < 0 || box.bottom > innerHeight) target.scrollIntoView({ block: 'nearest' });
    }
  }
}
