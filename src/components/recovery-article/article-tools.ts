import { html, nothing } from 'lit';
import { type ArticleLocalizer, icon } from './article-body.js';

/** Text sizes offered by the A−/A+ buttons, as multiples of the page's size (classes `scale-0`..`scale-4`). */
export const SCALES = [0.875, 1, 1.125, 1.25, 1.5];

export interface ToolsState {
  /** Index into SCALES. */
  scale: number;
  /** The polite status line. */
  status: string;
  /** The link to share, shown in a field when neither sharing nor copying is possible. */
  shareUrl: string;
}

export interface ToolsActions {
  resize(step: number): () => void;
  share: () => void;
}

/**
 * The text-size and share tools. At either end a size button stays focusable (aria-disabled, not
 * disabled), so focus is not lost.
 */
export function articleTools(t: ArticleLocalizer, { scale, status, shareUrl }: ToolsState, on: ToolsActions) {
  const button = (part: string, label: unknown, click: () => void, disabled?: boolean) =>
    html`<button type="button" class="button secondary" part="control ${part}" aria-disabled=${disabled ?? nothing} @click=${click}>${label}</button>`;
  const size = (sign: string, key: 'smaller' | 'larger', step: number) =>
    button(`control-${key}`, icon(`A${sign}`, t.t(key)), on.resize(step), !SCALES[scale + step]);
  const field = html`<label part="share-fallback"
    >${t.t('copyThisLink')} <input type="url" readonly .value=${shareUrl} @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
  /></label>`;
  return html`<div part="controls" role="group" aria-label=${t.t('controls')}>${size('−', 'smaller', -1)} ${size('+', 'larger', 1)} ${button(
    'control-share',
    t.t('share'),
    on.share,
  )} <span part="status" role="status">${status}</span>${shareUrl ? field : nothing}</div>`;
}

/**
 * Offers the system share sheet, else copies the link: `done` (shared, or the visitor closed the
 * sheet), `copied`, or `failed` (show the link to copy by hand).
 */
export async function shareLink(data: {
  title: string;
  text: string;
  url: string;
}): Promise<'done' | 'copied' | 'failed'> {
  try {
    await navigator.share(data);
    return 'done';
  } catch (e) {
    // The visitor closed the share sheet: nothing to do. (No share sheet: copy instead.)
    if ((e as Error).name === 'AbortError') return 'done';
  }
  try {
    await navigator.clipboard.writeText(data.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}
