import { html, nothing, type TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import type { LocalizeController } from '../../internal/localize.js';
import { safeHttpUrl } from '../../internal/validate.js';
import { timesForViewer } from '../../meetings/schedule.js';
import type { Meeting } from '../../meetings/types.js';
import { outbound } from './directory-view.js';
import type { FinderMessages } from './support-group-finder.i18n.js';

export interface DetailProps {
  t: LocalizeController<FinderMessages>;
  level: HeadingLevel;
  meeting: Meeting;
  now: Date;
  zone: string;
  dayNames: string[];
  typeLabel: (m: Meeting, code: string) => string;
  distance: (m: Meeting) => string | undefined;
  others: Meeting[];
  canCalendar: boolean;
  status: string;
  onBack: () => void;
  onOpen: (m: Meeting) => void;
  onCalendar: () => void;
  onShare: () => void;
}

/**
 * A dial-in number as `tel:` wants it: digits, a leading +, and the pauses (`,`) and `#`/`*` that
 * carry a meeting id. `#` must be escaped or it would start the URL's fragment.
 */
export function telHref(value: string | undefined): string | undefined {
  const cleaned = value?.replace(/[^\d+,;*#]/g, '').replace(/(?!^)\+/g, '');
  if (!cleaned || !/\d{3}/.test(cleaned)) return undefined;
  return `tel:${cleaned.replace(/#/g, '%23')}`;
}

/**
 * Directions open the visitor's own maps app or site, only when they click: an https maps search
 * built from the address (no request is made before the click, and no coordinates are sent).
 */
export function directionsHref(m: Meeting): string | undefined {
  const query = m.address ?? (m.location && m.city ? `${m.location}, ${m.city}` : undefined);
  if (!query || m.attendance === 'online') return undefined;
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(query)}`;
}

/** `HH:MM` as the visitor's locale writes a clock time, without moving it to another zone. */
function clock(t: LocalizeController<FinderMessages>, hhmm: string | undefined): string | undefined {
  const match = hhmm && /^(\d{1,2}):(\d{2})/.exec(hhmm);
  if (!match) return undefined;
  return t.time(new Date(Date.UTC(2000, 0, 1, +match[1] % 24, +match[2])), { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
}

function updated(t: LocalizeController<FinderMessages>, value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  return (day && t.date(day)) || value;
}

const item = (label: string, value: unknown, part: string) =>
  value ? html`<div part=${part}><dt>${label}</dt><dd>${value}</dd></div>` : nothing;

export function renderDetail(p: DetailProps): TemplateResult {
  const { t, meeting: m } = p;
  const sub = below(p.level);
  const times = timesForViewer(m, p.now, p.zone, t.locale);
  const start = clock(t, m.time);
  const end = clock(t, m.endTime);
  const days = m.days.length ? t.list(m.days.map((d) => p.dayNames[d])) : '';
  const when = start
    ? html`${days} ${end ? t.t('timeRange', start, end) : start}
        ${times?.local ? html`<br /><span class="muted">${t.t('yourTime', times.viewerRange)}</span>` : nothing}`
    : t.t('byAppointment');
  const join = safeHttpUrl(m.conferenceUrl);
  const dial = telHref(m.conferencePhone);
  const phone = telHref(m.phone);
  const website = safeHttpUrl(m.website);
  const directions = directionsHref(m);
  const types = m.types.map((c) => p.typeLabel(m, c)).filter(Boolean);
  const distance = p.distance(m);
  return html`<article part="detail" class="detail">
    <p><button type="button" class="button secondary" part="back" @click=${p.onBack}>← ${t.t('back')}</button></p>
    ${heading(sub, m.name, 'detail-heading', 'detail-heading')}
    <dl part="detail-facts" class="facts">
      ${item(t.t('when'), when, 'detail-when')}
      ${item(t.t('modes'), t.t(`mode_${m.attendance}`), 'detail-mode')}
      ${item(t.t('types'), types.length ? t.list(types) : '', 'detail-types')}
      ${item(t.t('where'), m.location, 'detail-location')}
      ${item(t.t('address'), m.address ? html`${m.address}${distance ? html` <span class="muted">(${distance})</span>` : nothing}` : '', 'detail-address')}
      ${item(t.t('region'), m.regions.length ? m.regions.join(' › ') : m.region, 'detail-region')}
      ${item(t.t('locationNotes'), m.locationNotes, 'detail-location-notes')}
      ${item(t.t('notes'), m.notes, 'detail-notes')}
      ${item(t.t('group'), m.group ? html`${m.group}${m.groupNotes ? html`<br /><span class="muted">${m.groupNotes}</span>` : nothing}` : '', 'detail-group')}
      ${item(t.t('website'), website ? outbound(t, website, website, 'detail-link') : '', 'detail-website')}
      ${item(t.t('email'), m.email && /^[^\s@<>]+@[^\s@<>]+$/.test(m.email) ? html`<a part="detail-link" href="mailto:${m.email}">${m.email}</a>` : '', 'detail-email')}
      ${item(t.t('phone'), phone ? html`<a part="detail-link" href=${phone}>${m.phone}</a>` : '', 'detail-phone')}
      ${item(t.t('timezone'), m.timezone, 'detail-timezone')}
      ${item(t.t('updated'), m.updated ? updated(t, m.updated) : '', 'detail-updated')}
    </dl>
    <p class="actions" part="detail-actions">
      ${join ? outbound(t, join, t.t('joinOnline'), 'detail-action join', 'button') : nothing}
      ${dial ? html`<a class="button secondary" part="detail-action dial" href=${dial}>${t.t('dialIn', m.conferencePhone!)}</a>` : nothing}
      ${directions ? outbound(t, directions, t.t('directions'), 'detail-action directions', 'button secondary') : nothing}
      ${p.canCalendar
        ? html`<button type="button" class="button secondary" part="detail-action calendar" @click=${p.onCalendar}>${t.t('addToCalendar')}</button>`
        : nothing}
      <button type="button" class="button secondary" part="detail-action share" @click=${p.onShare}>
        ${'share' in navigator ? t.t('share') : t.t('copyLink')}
      </button>
    </p>
    ${m.conferenceUrlNotes || m.conferencePhoneNotes
      ? html`<p class="muted">${m.conferenceUrlNotes ?? ''} ${m.conferencePhoneNotes ?? ''}</p>`
      : nothing}
    <p role="status" part="status" class="muted">${p.status}</p>
    ${p.others.length
      ? html`<section part="same-location">
          ${heading(below(sub), t.t('sameLocation'), 'same-location-heading')}
          <ul class="plain">
            ${p.others.map(
              (o) => html`<li>
                <button type="button" class="name" part="meeting-name" @click=${() => p.onOpen(o)}>${o.name}</button>
                <span class="muted">${o.days.map((d) => p.dayNames[d]).join(', ')} ${clock(t, o.time) ?? ''}</span>
              </li>`,
            )}
          </ul>
        </section>`
      : nothing}
  </article>`;
}
