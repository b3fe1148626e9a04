import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../../internal/heading.js';
import type { ListGroups, ViewerTimes } from '../../meetings/schedule.js';
import type { Meeting } from '../../meetings/types.js';
import { type ListFilter, LISTS } from './controllers/filter-state.js';
import type { SourceState } from './controllers/feeds-controller.js';
import { type DetailProps, renderDetail } from './detail-view.js';
import { type FiltersProps, renderFilters } from './filters-view.js';
import { renderList } from './list-view.js';
import { loadingView } from './loading-view.js';
import type { MapViewParts } from './controllers/map.js';
import { button, type FinderLocalizer } from './ui.js';
import { emptyFilters, type FinderFilters } from './url-state.js';

/** The words of the button that empties each list filter. */
const REMOVE: Record<ListFilter, 'removeDays' | 'removeTimes' | 'removeModes' | 'anyType' | 'anyRegion'> = {
  days: 'removeDays',
  times: 'removeTimes',
  modes: 'removeModes',
  types: 'anyType',
  regions: 'anyRegion',
};

/** What a row of the list (and the detail) needs to show a meeting in the visitor's terms. */
export interface MeetingFormat {
  i18n: FinderLocalizer;
  level: HeadingLevel;
  now: Date;
  dayNames: string[];
  times: (m: Meeting, now: Date) => ViewerTimes | undefined;
  typeLabel: (m: Meeting, code: string) => string;
  distance: (m: Meeting) => string | undefined;
  onOpen: (m: Meeting) => void;
}

export interface FeedsViewProps {
  format?: MeetingFormat;
  sources: readonly SourceState[];
  badTokens: readonly string[];
  loading: boolean;
  /** The merged meetings; empty until a feed has landed. */
  meetings: readonly Meeting[];
  results: readonly Meeting[];
  /** The results as a set, for the list to pick from the sections; undefined when all pass. */
  shown?: Set<Meeting>;
  groups?: ListGroups;
  today?: string;
  limit: number;
  page: number;
  filters: FinderFilters;
  filtersProps?: Omit<FiltersProps, 'i18n' | 'filters' | 'dayNames'>;
  announcement: string;
  /** The fellowships' own finders, offered under an empty list or a failed feed. */
  links: TemplateResult;
  detail?: Omit<DetailProps, keyof MeetingFormat>;
  /** With `map-tiles`: the List / Map switch, and the map in the list's place in map view. */
  map?: MapViewParts;
  onRetry: (source: SourceState) => void;
  onFilter: (patch: Partial<FinderFilters>) => void;
  onMore: () => void;
  onPrint: () => void;
}

/** Every source that failed, with what happened in visitor words and Try again. */
export function renderProblems(i18n: FinderLocalizer, p: Pick<FeedsViewProps, 'sources' | 'badTokens' | 'onRetry'>) {
  const message = ({ problem, host }: SourceState) =>
    problem === 'empty'
      ? i18n.t('problem_empty', { host })
      : i18n.t('err', { host, why: i18n.t(`problem_${problem as Exclude<typeof problem, 'empty' | undefined>}`) });
  return html`${p.badTokens.map((token) => html`<p part="error" class="error" role="alert">${i18n.t('badSrc', { token })}</p>`)}
  ${p.sources
    .filter((s) => s.status === 'error')
    .map(
      (s) => html`<div part="error" class="error" role="alert">
        <p>${message(s)}</p>
        ${button('retry', html`${i18n.t('retry')}<span class="visually-hidden">: ${s.host}</span>`, () => p.onRetry(s))}
      </div>`,
    )}`;
}

function renderEmpty(i18n: FinderLocalizer, p: FeedsViewProps): TemplateResult {
  const f = p.filters;
  const remove = (label: string, patch: Partial<FinderFilters>) =>
    html`<li>${button('remove-filter', label, () => p.onFilter(patch))}</li>`;
  const anySet = f.query.trim() || f.km || LISTS.some((k) => f[k].length);
  return html`<div part="empty" class="empty">
    <p class="empty-title">${i18n.t('empty')}</p>
    ${
      anySet
        ? html`<p>${i18n.t('emptyHint')}</p>
            <ul class="chips">
              ${f.query.trim() ? remove(i18n.t('removeSearch', { query: f.query.trim() }), { query: '' }) : nothing}
              ${LISTS.map((k) => (f[k].length ? remove(i18n.t(REMOVE[k]), { [k]: [] }) : nothing))}
              ${f.km ? remove(i18n.t('anyDistance'), { km: 0 }) : nothing}
              ${remove(i18n.t('clearFilters'), emptyFilters())}
            </ul>`
        : nothing
    }
    ${p.links}
  </div>`;
}

/** The finder with feeds: loading, problems, filters, the list (or why it is empty), or one meeting. */
export function renderFeeds(i18n: FinderLocalizer, p: FeedsViewProps): TemplateResult {
  const problems = renderProblems(i18n, p);
  const format = p.format;
  if (format && p.detail) return renderDetail({ ...format, ...p.detail });
  if (!format || !p.meetings.length) {
    return p.loading
      ? html`${problems}${loadingView(i18n)}`
      : html`${problems}
          <div part="empty" class="empty">${p.links}</div>`;
  }
  const count = p.results.length;
  return html`${problems}
    ${p.loading ? html`<p class="muted" role="status" part="loading-more">${i18n.t('loading')}</p>` : nothing}
    ${p.filtersProps ? renderFilters({ i18n, filters: p.filters, dayNames: format.dayNames, ...p.filtersProps }) : nothing}
    <div class="toolbar" part="toolbar">
      <p part="count" class="count" aria-hidden="true">${i18n.t('count', { count })}</p>
      <p class="visually-hidden" role="status" aria-live="polite" part="status">${p.announcement}</p>
      ${button('print', i18n.t('print'), p.onPrint)}${p.map?.toggle ?? nothing}
    </div>
    ${
      count && p.map?.view
        ? p.map.view
        : count && p.groups && p.today
          ? renderList({
              ...format,
              groups: p.groups,
              today: p.today,
              shown: p.shown,
              total: count,
              limit: p.limit,
              page: p.page,
              onMore: p.onMore,
            })
          : renderEmpty(i18n, p)
    }`;
}
