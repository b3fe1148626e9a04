import { html, nothing, type TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import type { ListGroups, ViewerTimes } from '../../meetings/schedule.js';
import type { Meeting } from '../../meetings/types.js';
import { type SaveStar, star } from './saved-view.js';
import { button, type FinderLocalizer } from './ui.js';

export interface ListProps {
  i18n: FinderLocalizer;
  level: HeadingLevel;
  groups: ListGroups;
  /** The meetings that pass the filters; undefined when all do. */
  shown?: Set<Meeting>;
  total: number;
  limit: number;
  /** How many more rows "Show more" adds. */
  page: number;
  now: Date;
  /** Today's date in the viewer's zone, `YYYY-MM-DD`. */
  today: string;
  dayNames: string[];
  times: (m: Meeting, now: Date) => ViewerTimes | undefined;
  typeLabel: (m: Meeting, code: string) => string;
  distance: (m: Meeting) => string | undefined;
  onOpen: (m: Meeting) => void;
  onMore: () => void;
  /** The stars, with the `saved` attribute. */
  saved?: SaveStar;
}

function row(p: ListProps, m: Meeting): TemplateResult {
  const { i18n } = p;
  const times = p.times(m, p.now);
  const distance = p.distance(m);
  const types = m.types.map((c) => p.typeLabel(m, c)).filter(Boolean);
  // Where a meeting is, in one line: the place's name, else its region, else nothing ("online" says it).
  const place = m.location || m.address;
  const region = m.region ?? m.city;
  const where = place && region && !place.includes(region) ? `${place}, ${region}` : (place ?? region ?? '');
  // Feed text keeps its own direction (an English name on an Arabic page, an Arabic one on an English page).
  const name = html`<button type="button" class="name" part="meeting-name" data-id=${m.id} @click=${() => p.onOpen(m)}><bdi>${m.name}</bdi></button>`;
  return html`<li part="meeting" class="meeting">
    ${p.saved ? html`<div class="named">${name}${star(i18n, p.saved, m)}</div>` : name}
    ${
      times
        ? html`<p part="meeting-time" class="time">
          <span>${times.viewerRange}</span>
          ${times.local ? html`<span class="muted">${i18n.t('localTime', { time: times.local, zone: times.localZoneName ?? m.timezone })}</span>` : nothing}
        </p>`
        : nothing
    }
    <p part="meeting-details" class="details">
      <span class="mode">${i18n.t(`mode_${m.attendance}`)}</span>
      ${types.length ? html`<span>${types.join(' · ')}</span>` : nothing}
    </p>
    ${
      where || distance
        ? html`<p part="meeting-place" class="muted"><bdi>${where}</bdi>${distance ? html` <span class="distance">${i18n.t('distanceNote', { distance })}</span>` : nothing}</p>`
        : nothing
    }
  </li>`;
}

/** The schedule, in sections, stopping after `limit` rows so the first results paint at once. */
export function renderList(p: ListProps): TemplateResult {
  const { i18n, groups, shown } = p;
  const sub = below(p.level);
  let budget = p.limit;
  const section = (key: string, title: string, all: Meeting[]) => {
    // Stops at the budget: a keystroke looks at the first rows of the schedule, not all 10,000.
    const meetings: Meeting[] = [];
    for (let i = 0; i < all.length && meetings.length < budget; i++)
      if (!shown || shown.has(all[i])) meetings.push(all[i]);
    if (!meetings.length) return nothing;
    budget -= meetings.length;
    return html`<section part="day" class="day" data-section=${key}>
      ${heading(sub, title, 'day-heading')}
      <ul class="meetings">${meetings.map((m) => row(p, m))}</ul>
    </section>`;
  };
  // Calendar arithmetic, not +24 h: a DST change makes some days 23 or 25 hours long.
  const [y, mo, d] = p.today.split('-').map(Number);
  const iso = (plus: number) => new Date(Date.UTC(y, mo - 1, d + plus)).toISOString().slice(0, 10);
  // A heading starts with a capital where the script has them: French, Spanish and Portuguese
  // write weekday names in lower case, which is right mid-sentence but not at a heading's start.
  const capital = (text: string) => text.charAt(0).toLocaleUpperCase(i18n.locale) + text.slice(1);
  const dayTitle = (date: string, name: string) =>
    capital(
      date === iso(0)
        ? i18n.t('today', { day: name })
        : date === iso(1)
          ? i18n.t('tomorrow', { day: name })
          : i18n.t('dayDate', { day: name, date: i18n.date(date, { month: 'long', day: 'numeric' }) }),
    );
  const remaining = p.total - p.limit;
  return html`<div part="list" class="list">
    ${section('in-progress', i18n.t('inProgress'), groups.inProgress)}
    ${section('soon', i18n.t('soon'), groups.soon)}
    ${groups.days.map((g) => section(g.date, dayTitle(g.date, p.dayNames[g.day]), g.meetings))}
    ${section('by-appointment', i18n.t('byAppointment'), groups.byAppointment)}
    ${section('inactive', i18n.t('mode_inactive'), groups.inactive)}
    ${remaining > 0 ? html`<p class="more-row">${button('show-more', i18n.t('showMore', { count: Math.min(remaining, p.page) }), p.onMore)}</p>` : nothing}
  </div>`;
}
