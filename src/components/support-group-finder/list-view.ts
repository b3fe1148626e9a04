import { html, nothing, type TemplateResult } from 'lit';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import type { LocalizeController } from '../../internal/localize.js';
import { timesForViewer, type ListGroups } from '../../meetings/schedule.js';
import type { Meeting } from '../../meetings/types.js';
import type { FinderMessages } from './support-group-finder.i18n.js';

export interface ListProps {
  t: LocalizeController<FinderMessages>;
  level: HeadingLevel;
  groups: ListGroups;
  total: number;
  limit: number;
  now: Date;
  zone: string;
  todayIso: string;
  tomorrowIso: string;
  dayNames: string[];
  typeLabel: (m: Meeting, code: string) => string;
  distance: (m: Meeting) => string | undefined;
  onOpen: (m: Meeting) => void;
  onMore: () => void;
}

/** Where a meeting is, in one line: the place's name, else its region, else "online". */
function where(m: Meeting): string {
  const place = m.location || m.address;
  const region = m.region ?? m.city;
  if (place && region && !place.includes(region)) return `${place}, ${region}`;
  return place ?? region ?? '';
}

function row(p: ListProps, m: Meeting): TemplateResult {
  const { t } = p;
  const times = timesForViewer(m, p.now, p.zone, t.locale);
  const distance = p.distance(m);
  const types = m.types.map((c) => p.typeLabel(m, c)).filter(Boolean);
  return html`<li part="meeting" class="meeting">
    <button type="button" class="name" part="meeting-name" data-id=${m.id} @click=${() => p.onOpen(m)}>${m.name}</button>
    ${times
      ? html`<p part="meeting-time" class="time">
          <span>${times.viewerRange}</span>
          ${times.local ? html`<span class="muted">${t.t('localTime', times.local, times.localZoneName ?? m.timezone)}</span>` : nothing}
        </p>`
      : nothing}
    <p part="meeting-details" class="details">
      <span class="mode mode-${m.attendance}">${t.t(`mode_${m.attendance}`)}</span>
      ${types.length ? html`<span class="types">${types.join(' · ')}</span>` : nothing}
    </p>
    ${where(m) || distance
      ? html`<p part="meeting-place" class="muted">
          ${where(m)}${distance ? html` <span class="distance">(${distance})</span>` : nothing}
        </p>`
      : nothing}
  </li>`;
}

/** The schedule, in sections, stopping after `limit` rows so the first results paint at once. */
export function renderList(p: ListProps): TemplateResult {
  const { t, groups } = p;
  const sub = below(p.level);
  let budget = p.limit;
  const section = (key: string, title: string, meetings: Meeting[]) => {
    if (!meetings.length || budget <= 0) return nothing;
    const shown = meetings.slice(0, budget);
    budget -= shown.length;
    return html`<section part="day" class="day" data-section=${key}>
      ${heading(sub, title, 'day-heading')}
      <ul class="meetings">${shown.map((m) => row(p, m))}</ul>
    </section>`;
  };
  const dayTitle = (date: string, day: number) =>
    date === p.todayIso
      ? t.t('today', p.dayNames[day])
      : date === p.tomorrowIso
        ? t.t('tomorrow', p.dayNames[day])
        : `${p.dayNames[day]}, ${t.date(date, { month: 'long', day: 'numeric' })}`;
  const remaining = p.total - p.limit;
  return html`<div part="list" class="list">
    ${section('in-progress', t.t('inProgress'), groups.inProgress)}
    ${section('soon', t.t('soon'), groups.soon)}
    ${groups.days.map((d) => section(d.date, dayTitle(d.date, d.day), d.meetings))}
    ${section('by-appointment', t.t('byAppointment'), groups.byAppointment)}
    ${section('inactive', t.t('mode_inactive'), groups.inactive)}
    ${remaining > 0
      ? html`<p class="more-row">
          <button type="button" class="button secondary" part="show-more" @click=${p.onMore}>
            ${t.t('showMore', t.number(Math.min(remaining, 500)))}
          </button>
        </p>`
      : nothing}
  </div>`;
}
