import { html, nothing, type TemplateResult } from 'lit';
import { below, type HeadingLevel } from '../../internal/heading.js';
import type { ListGroups, ViewerTimes } from '../../meetings/schedule.js';
import type { Meeting } from '../../meetings/types.js';
import { type ListFilter, LISTS } from './controllers/filter-state.js';
import type { SourceState } from './controllers/feeds-controller.js';
import { type DetailProps, renderDetail } from './detail-view.js';
import { type FiltersProps, renderFilters } from './filters-view.js';
import type { HelpSituation } from './help-view.js';
import { renderList } from './list-view.js';
import { loadingView } from './loading-view.js';
import type { MapViewParts } from './controllers/map.js';
import { renderOnNow } from './on-now-view.js';
import { renderSavedNote, type SavedProps, type SaveStar, savedToggle } from './saved-view.js';
import { button, type FinderLocalizer } from './ui.js';
import { emptyFilters, type FinderFilters } from './url-state.js';

/** The words of the button that empties each list filter. */
const REMOVE: Record<
  ListFilter,
  'removeDays' | 'removeTimes' | 'removeModes' | 'anyType' | 'anyLanguage' | 'anyRegion'
> = {
  days: 'removeDays',
  times: 'removeTimes',
  modes: 'removeModes',
  types: 'anyType',
  languages: 'anyLanguage',
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
  /** The calm help block (the partner's contact and the national lines), as the element draws it. */
  help: (situation: HelpSituation) => TemplateResult;
  /** The saved meetings' controls, with the `saved` attribute. */
  saved?: SavedProps & SaveStar;
  sources: readonly SourceState[];
  badTokens: readonly string[];
  loading: boolean;
  /** The list holds a feed's first meetings while the rest is read: the count waits for it. */
  partial?: boolean;
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

/**
 * Failed sources by host and problem: several feeds on one host that fail the same way (a mistyped
 * `src` of three words is three addresses) read as one message, with one Try again.
 */
function sameProblem(failed: readonly SourceState[]): SourceState[][] {
  const groups = new Map<string, SourceState[]>();
  for (const s of failed) {
    const key = `${s.host}|${s.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), s]);
  }
  return [...groups.values()];
}

/** Every source that failed, with what happened in visitor words and Try again. */
export function renderProblems(i18n: FinderLocalizer, p: Pick<FeedsViewProps, 'sources' | 'badTokens' | 'onRetry'>) {
  const message = ({ problem, host }: SourceState) =>
    problem === 'empty'
      ? i18n.t('problem_empty', { host })
      : i18n.t('err', { host, why: i18n.t(`problem_${problem as Exclude<typeof problem, 'empty' | undefined>}`) });
  return html`${p.badTokens.map((token) => html`<p part="error" class="error" role="alert">${i18n.t('badSrc', { token })}</p>`)}
  ${sameProblem(p.sources.filter((s) => s.status === 'error')).map(
    (group) => html`<div part="error" class="error" role="alert">
        <p>${message(group[0])}</p>
        ${button('retry', html`${i18n.t('retry')}<span class="visually-hidden">: ${group[0].host}</span>`, () => group.forEach(p.onRetry))}
      </div>`,
  )}`;
}

function renderEmpty(i18n: FinderLocalizer, p: FeedsViewProps): TemplateResult {
  const f = p.filters;
  const chip = (label: string, onClick: () => void) => html`<li>${button('remove-filter', label, onClick)}</li>`;
  const remove = (label: string, patch: Partial<FinderFilters>) => chip(label, () => p.onFilter(patch));
  const saved = p.saved?.only ? p.saved : undefined;
  const filtered = !!(f.query.trim() || f.km || LISTS.some((k) => f[k].length));
  return html`<div part="empty" class="empty">
    <p class="empty-title">${i18n.t(saved && !saved.count ? 'noSaved' : 'empty')}</p>
    ${
      filtered || saved
        ? html`<p>${i18n.t('emptyHint')}</p>
            <ul class="chips">
              ${saved ? chip(i18n.t('showAll'), () => saved.onOnly(false)) : nothing}
              ${f.query.trim() ? remove(i18n.t('removeSearch', { query: f.query.trim() }), { query: '' }) : nothing}
              ${LISTS.map((k) => (f[k].length ? remove(i18n.t(REMOVE[k]), { [k]: [] }) : nothing))}
              ${f.km ? remove(i18n.t('anyDistance'), { km: 0 }) : nothing}
              ${filtered ? remove(i18n.t('clearFilters'), emptyFilters()) : nothing}
            </ul>`
        : nothing
    }
    ${p.help('empty')}
    ${p.links}
  </div>`;
}

/**
 * Fragment links cannot cross the shadow root: the skip link moves focus itself, to the line after
 * the list, so the next Tab leaves the widget. That line is a tab stop only while it has focus:
 * Chromium sends Tab from a `tabindex="-1"` element in a shadow root back to the root's first stop.
 */
function skip(e: Event): void {
  e.preventDefault();
  const end = ((e.currentTarget as HTMLElement).getRootNode() as ShadowRoot).getElementById('sgf-list-end');
  if (!end) return;
  end.tabIndex = 0;
  end.addEventListener('blur', () => (end.tabIndex = -1), { once: true });
  end.focus();
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
          <div part="empty" class="empty">${p.help('failed')}${p.links}</div>`;
  }
  const count = p.results.length;
  const groups = p.groups;
  const shown = (m: Meeting) => !p.shown || p.shown.has(m);
  // Nothing in progress or soon among the results: the list opens on later days, help comes first.
  const quiet = groups && ![...groups.inProgress, ...groups.soon].some(shown);
  return html`${problems}
    ${p.loading && !p.partial ? html`<p class="muted" role="status" part="loading-more">${i18n.t('loading')}</p>` : nothing}
    ${groups ? renderOnNow(i18n, below(format.level), groups.inProgress, (m) => format.times(m, format.now)?.viewerRange) : nothing}
    ${p.filtersProps ? renderFilters({ i18n, filters: p.filters, dayNames: format.dayNames, ...p.filtersProps }) : nothing}
    <div class="toolbar" part="toolbar">
      ${
        // A feed's first meetings: "Loading" stands where the count will, so nothing moves when it comes.
        p.partial
          ? html`<p part="count loading-more" class="count" aria-hidden="true">${i18n.t('loading')}</p>`
          : html`<p part="count" class="count" aria-hidden="true">${i18n.t('count', { count })}</p>`
      }
      <p class="visually-hidden" role="status" aria-live="polite" part="status">${p.announcement}</p>
      ${p.saved ? savedToggle(p.saved) : nothing}
      ${button('print', i18n.t('print'), p.onPrint)}${p.map?.toggle ?? nothing}
    </div>
    ${p.saved ? renderSavedNote(p.saved) : nothing}
    ${
      count && p.map?.view
        ? p.map.view
        : count && groups && p.today
          ? html`${quiet ? p.help('quiet') : nothing}
            <a class="skip" part="skip-link" href="#sgf-list-end" @click=${skip}>${i18n.t('skipList')}</a>
            ${renderList({
              ...format,
              groups,
              today: p.today,
              shown: p.shown,
              total: count,
              limit: p.limit,
              page: p.page,
              onMore: p.onMore,
              saved: p.saved,
            })}
            <p id="sgf-list-end" part="list-end" class="muted" tabindex="-1">${i18n.t('listEnd')}</p>`
          : renderEmpty(i18n, p)
    }`;
}
