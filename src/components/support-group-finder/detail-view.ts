import { html, nothing, type TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import type { ViewerTimes } from '../../meetings/schedule.js';
import type { Meeting } from '../../meetings/types.js';
import type { FinderMessages } from './support-group-finder.i18n.js';
import { cleanEmail, EXTENSION, keypad } from '../../util/validate.js';
import { readableDial, siteOf, zoneLabel } from './readable.js';
import { type SaveStar, star } from './saved-view.js';
import { button, type FinderLocalizer, outbound } from './ui.js';
import { emptyFilters, writeUrl } from './url-state.js';

export interface DetailProps {
  i18n: FinderLocalizer;
  level: HeadingLevel;
  meeting: Meeting;
  now: Date;
  dayNames: string[];
  times: (m: Meeting, now: Date) => ViewerTimes | undefined;
  typeLabel: (m: Meeting, code: string) => string;
  distance: (m: Meeting) => string | undefined;
  others: Meeting[];
  canCalendar: boolean;
  /** `stale-after`: a listing last updated longer ago than this many days may be out of date. */
  staleDays?: number;
  status: string;
  /** With `sync-url` the page's address can open this meeting: the change request links to it. */
  linkable: boolean;
  /** The star, with the `saved` attribute. */
  saved?: SaveStar;
  onBack: () => void;
  onOpen: (m: Meeting) => void;
  onCalendar: () => void;
  onShare: () => void;
}

/**
 * A dial-in number as `tel:` wants it: digits, a leading +, and the pauses (`,`) and `#`/`*` that
 * carry a meeting id. `#` must be escaped or it would start the URL's fragment. Before the first
 * pause, the number as people write it (cleanPhone's rules): capitals by the keypad, an extension
 * as a pause. After it, ids and passcodes keep only what a keypad can send.
 */
export function telHref(value: string | undefined): string | undefined {
  const [, head = '', tail = ''] = /^([^,;]*)(.*)$/s.exec(value ?? '') ?? [];
  const [, number = head, ext] = EXTENSION.exec(head) ?? [];
  const digits = /^[^A-Z]*\d/.test(number) ? keypad(number, /[^\d+*#]/g) : number.replace(/[^\d+*#]/g, '');
  const cleaned = `${digits}${ext ? `,${ext}` : ''}${tail.replace(/[^\d,;*#]/g, '')}`.replace(/(?!^)\+/g, '');
  return /\d{3}/.test(cleaned) ? `tel:${cleaned.replace(/#/g, '%23')}` : undefined;
}

/**
 * Directions open the visitor's own maps app or site, only when they click: an https maps search
 * built from the address (no request is made before the click, and no coordinates are sent).
 */
export function directionsHref(m: Meeting): string | undefined {
  const query = m.address ?? (m.location && m.city ? `${m.location}, ${m.city}` : undefined);
  if (!query || m.attendance === 'online') return undefined;
  // A lone UTF-16 surrogate (a feed cut mid-emoji) would make encodeURIComponent throw.
  const whole = query.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return `https://www.google.com/maps/search/?api=1&query=${encodeURIComponent(whole)}`;
}

/** `HH:MM` as the visitor's locale writes a clock time, without moving it to another zone. */
export function clock(i18n: FinderLocalizer, hhmm: string | undefined): string | undefined {
  const match = hhmm && /^(\d{1,2}):(\d{2})/.exec(hhmm);
  return match
    ? i18n.time(new Date(Date.UTC(2000, 0, 1, +match[1] % 24, +match[2])), { timeStyle: 'short', timeZone: 'UTC' })
    : undefined;
}

/**
 * "Request a change" by email: a `mailto:` to the feed's feedback addresses (plain addresses only,
 * checked again here) with a subject and body naming the meeting and linking to it on this page.
 * Every feed value is encoded, so no `&` or newline in a meeting's name can add a header.
 */
export function feedbackMailto(i18n: FinderLocalizer, m: Meeting, linkable = true): string | undefined {
  const to = m.feedbackEmails?.filter((e) => cleanEmail(e) === e).join(',');
  // A lone UTF-16 surrogate (a feed cut mid-emoji) would make encodeURIComponent throw.
  const encode = (text: string) =>
    encodeURIComponent(
      text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'),
    );
  // Without `sync-url` the finder does not read the address, so a meeting link would open the
  // list: the page itself is given, and the meeting is named in the subject and the body.
  const url = linkable
    ? writeUrl(location.href, { filters: emptyFilters(), meeting: m.id })
    : writeUrl(location.href, { filters: emptyFilters() });
  return to
    ? `mailto:${to}?subject=${encode(i18n.t('changeSubject', { name: m.name }))}&body=${encode(
        i18n
          .t('changeBody', { name: m.name, url })
          // Right-to-left messages isolate each value; a mail program may take the closing mark
          // into the link, so the address goes bare (it sits on a line of its own).
          .replace(`\u2068${url}\u2069`, url)
          .replace(/\n/g, '\r\n'),
      )}`
    : undefined;
}

const muted = (text: unknown) => html`<span class="muted">${text}</span>`;

export function renderDetail(p: DetailProps): TemplateResult {
  const { i18n, meeting: m } = p;
  const sub = below(p.level);
  const times = p.times(m, p.now);
  const start = clock(i18n, m.time);
  const end = clock(i18n, m.endTime);
  const when = start
    ? html`${i18n.list(m.days.map((d) => p.dayNames[d]))} ${end ? `${start}–${end}` : start}${times?.local ? html`<br />${muted(i18n.t('yourTime', { range: times.viewerRange }))}` : nothing}`
    : i18n.t('byAppointment');
  // Feed URLs are already http(s)-only (normalize drops anything else).
  const join = m.conferenceUrl;
  const dial = telHref(m.conferencePhone);
  const phone = telHref(m.phone);
  const directions = directionsHref(m);
  const feedback = feedbackMailto(i18n, m, p.linkable);
  const types = m.types.map((c) => p.typeLabel(m, c)).filter(Boolean);
  const distance = p.distance(m);
  const day = /^\d{4}-\d{2}-\d{2}/.exec(m.updated ?? '')?.[0];
  const stale = day && p.staleDays && p.now.getTime() - Date.parse(day) > p.staleDays * 86_400_000;
  // [label, value, part after `detail-` when not the label's key]: a fact with no value is left out.
  const facts: [keyof FinderMessages, unknown, string?][] = [
    ['when', when],
    ['modes', i18n.t(`mode_${m.attendance}`), 'mode'],
    ['types', types.length && i18n.list(types)],
    ['where', m.location, 'location'],
    ['address', m.address && html`${m.address}${distance ? html` ${muted(`(${distance})`)}` : nothing}`],
    ['region', m.regions.length ? m.regions.join(' › ') : m.region],
    ['locationNotes', m.locationNotes, 'location-notes'],
    ['notes', m.notes],
    ['group', m.group && html`${m.group}${m.groupNotes ? html`<br />${muted(m.groupNotes)}` : nothing}`],
    // The site is what a reader recognizes; the whole address stays in the link.
    ['website', m.website && outbound(i18n, m.website, siteOf(m.website), 'detail-link')],
    [
      'email',
      // A plain address only: `?bcc=` or `&body=` after it would add to the visitor's email.
      cleanEmail(m.email) && html`<a part="detail-link" href="mailto:${m.email}">${m.email}</a>`,
    ],
    ['phone', phone && html`<a part="detail-link" href=${phone}>${m.phone}</a>`],
    ['timezone', zoneLabel(i18n.locale, m.timezone, p.now)],
    [
      'updated',
      m.updated &&
        html`${(day && i18n.date(day)) || m.updated}${stale ? html`<br /><span part="detail-out-of-date">${i18n.t('mayBeOutOfDate')}</span>` : nothing}`,
    ],
  ];
  // Escape anywhere in the detail goes back to the list, as the Back button does.
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    p.onBack();
  };
  const title = heading(sub, html`<bdi>${m.name}</bdi>`, 'detail-heading', 'detail-heading');
  return html`<article part="detail" class="detail" @keydown=${onKey}>
    <p>${button('back', html`<span aria-hidden="true">${i18n.dir === 'rtl' ? '→' : '←'}</span> ${i18n.t('back')}`, p.onBack)}</p>
    ${p.saved ? html`<div class="named">${title}${star(i18n, p.saved, m)}</div>` : title}
    <dl part="detail-facts" class="facts">
      ${facts.map(([label, value, part = label]) => (value ? html`<div part="detail-${part}"><dt>${i18n.t(label as 'when')}</dt><dd>${value}</dd></div>` : nothing))}
    </dl>
    <p class="actions" part="detail-actions">
      ${join ? outbound(i18n, join, i18n.t('joinOnline'), 'detail-action join', 'button') : nothing}
      ${dial ? html`<a class="button secondary" part="detail-action dial" href=${dial}>${i18n.t('dialIn', { number: readableDial(m.conferencePhone!) })}</a>` : nothing}
      ${directions ? outbound(i18n, directions, i18n.t('directions'), 'detail-action directions', 'button secondary') : nothing}
      ${p.canCalendar ? button('detail-action calendar', i18n.t('addToCalendar'), p.onCalendar) : nothing}
      ${button('detail-action share', 'share' in navigator ? i18n.t('share') : i18n.t('copyLink'), p.onShare)}
      ${
        m.feedbackUrl
          ? outbound(i18n, m.feedbackUrl, i18n.t('requestChange'), 'detail-action feedback', 'button secondary')
          : feedback
            ? html`<a class="button secondary" part="detail-action feedback" href=${feedback}>${i18n.t('requestChange')}</a>`
            : nothing
      }
    </p>
    ${m.conferenceUrlNotes || m.conferencePhoneNotes ? html`<p class="muted">${m.conferenceUrlNotes ?? ''} ${m.conferencePhoneNotes ?? ''}</p>` : nothing}
    <p role="status" part="status" class="muted">${p.status}</p>
    ${
      p.others.length
        ? html`<section part="same-location">
          ${heading(below(sub), i18n.t('sameLocation'), 'same-location-heading')}
          <ul class="plain">
            ${p.others.map(
              (o) => html`<li>
                <button type="button" class="name" part="meeting-name" @click=${() => p.onOpen(o)}>${o.name}</button>
                ${muted(`${o.days.map((d) => p.dayNames[d]).join(', ')} ${clock(i18n, o.time) ?? ''}`)}
              </li>`,
            )}
          </ul>
        </section>`
        : nothing
    }
  </article>`;
}
