import { html, nothing, type TemplateResult } from 'lit';
import type { Meeting } from '../../meetings/types.js';
import type { SavedStatus } from './controllers/saved.js';
import { button, type FinderLocalizer } from './ui.js';

/** What the list and the detail need to show a meeting's star; undefined without `saved`. */
export interface SaveStar {
  has: (m: Meeting) => boolean;
  toggle: (m: Meeting) => void;
}

export interface SavedProps {
  i18n: FinderLocalizer;
  /** Showing only saved meetings. */
  only: boolean;
  count: number;
  status: SavedStatus;
  canCalendar: boolean;
  onOnly: (only: boolean) => void;
  onCalendar: () => void;
  onForget: () => void;
}

const STATUS = { kept: 'savedKept', 'not-kept': 'savedNotKept', forgotten: 'savedForgotten' } as const;

/** The star: a toggle button named after the meeting ("Save Monday Night Group", pressed or not). */
export const star = (i18n: FinderLocalizer, saved: SaveStar, m: Meeting): TemplateResult => {
  const pressed = saved.has(m);
  return html`<button type="button" class="star" part="save" aria-pressed=${pressed} @click=${() => saved.toggle(m)}>
    <svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true">
      <path d="M12 2.5l2.9 6.1 6.6.8-4.9 4.6 1.3 6.6L12 17.3l-5.9 3.3 1.3-6.6-4.9-4.6 6.6-.8z" />
    </svg>
    <span class="visually-hidden">${i18n.t('save', { name: m.name })}</span>
  </button>`;
};

/** "Saved meetings (N)": shows only the saved ones while pressed. */
export const savedToggle = (p: SavedProps): TemplateResult =>
  html`<button type="button" class="button secondary" part="saved-toggle" aria-pressed=${p.only} @click=${() => p.onOnly(!p.only)}>
    ${p.i18n.t('savedOnly', { count: p.count })}
  </button>`;

/**
 * Where saved meetings are kept (said plainly), the calendar of all of them, and forgetting them;
 * and a polite status after each press. The status region is always there, so it is announced.
 */
export function renderSavedNote(p: SavedProps): TemplateResult {
  const { i18n } = p;
  return html`<div part="saved-note" class="saved-note">
    ${
      p.only
        ? html`<p>${i18n.t('savedWhere')}</p>
          <p class="actions">
            ${p.canCalendar ? button('saved-calendar', i18n.t('savedCalendar'), p.onCalendar) : nothing}
            ${p.count ? button('forget-saved', i18n.t('forgetSaved'), p.onForget) : nothing}
          </p>`
        : nothing
    }
    <p role="status" class="muted" part="saved-status">${p.status ? i18n.t(STATUS[p.status]) : ''}</p>
  </div>`;
}
