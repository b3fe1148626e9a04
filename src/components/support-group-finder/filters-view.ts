import { html, nothing, type TemplateResult } from 'lit';
import type { FinderMessages } from './support-group-finder.i18n.js';
import { button, type FinderLocalizer } from './ui.js';
import { MODES, TIME_BUCKETS, type FinderFilters } from './url-state.js';

import type { GeoStatus } from './controllers/geolocation.js';
import type { Option } from './menus.js';

export interface FiltersProps {
  i18n: FinderLocalizer;
  filters: FinderFilters;
  dayNames: string[];
  types: Option[];
  languages: Option[];
  regions: Option[];
  /**
   * The menus wait for the whole feed (the first rows came early): each shows only its "any"
   * choice, disabled, so nobody picks from half a list, and drawing the first rows stays quick.
   */
  pending: boolean;
  geo: GeoStatus;
  miles: boolean;
  /** A distance in the visitor's unit (miles or km) as km, for the filter. */
  toKm: (distance: number) => number;
  open: boolean;
  /** How many filters are set inside the panel (the "Filters (N)" count). */
  active: number;
  /** Whether anything is set, the search included ("Clear filters" is enabled). */
  anySet: boolean;
  onToggle: () => void;
  onChange: (patch: Partial<FinderFilters>) => void;
  onLocate: () => void;
  onClear: () => void;
}

const GEO_MESSAGES: Partial<Record<GeoStatus, keyof FinderMessages>> = {
  asking: 'locating',
  denied: 'locationDenied',
  unavailable: 'locationUnavailable',
};

function checks<T extends string | number>(
  legend: string,
  part: string,
  values: readonly T[],
  label: (v: T) => string,
  chosen: T[],
  set: (next: T[]) => void,
) {
  return html`<fieldset part="filter filter-${part}" class="checks">
    <legend>${legend}</legend>
    ${values.map(
      (v) => html`<label
        ><input
          type="checkbox"
          .checked=${chosen.includes(v)}
          @change=${(e: Event) => set((e.target as HTMLInputElement).checked ? [...chosen, v] : chosen.filter((c) => c !== v))}
        />
        ${label(v)}</label
      >`,
    )}
  </fieldset>`;
}

/** A labelled menu whose first choice is "any"; `set` gets '' for it. Only "any" while `pending`. */
function select(
  id: string,
  label: string,
  any: string,
  options: Option[],
  value: string,
  set: (v: string) => void,
  pending = false,
) {
  return html`<p class="field" part="filter">
    <label for="sgf-${id}">${label}</label>
    <select
      id="sgf-${id}"
      ?disabled=${pending}
      aria-describedby=${pending ? 'sgf-menus-wait' : nothing}
      @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}
    >
      <option value="" ?selected=${!value}>${any}</option>
      ${pending ? nothing : options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </p>`;
}

export function renderFilters(p: FiltersProps): TemplateResult {
  const { i18n, filters: f, miles, geo } = p;
  // The chosen radius in the visitor's unit: the one of the offered radii that is this many km.
  const radii = [5, 10, 25, 50];
  const chosen = radii.find((r) => Math.abs(p.toKm(r) - f.km) < 1e-6);
  const message = GEO_MESSAGES[geo];
  return html`<div part="filters" class="filters">
    <p class="search" part="search">
      <label for="sgf-q">${i18n.t('search')}</label>
      <input
        id="sgf-q"
        type="search"
        autocomplete="off"
        placeholder=${i18n.t('searchHint')}
        .value=${f.query}
        @input=${(e: Event) => p.onChange({ query: (e.target as HTMLInputElement).value })}
      />
    </p>
    <button
      type="button"
      class="button secondary disclosure"
      part="filters-toggle"
      aria-expanded=${p.open}
      aria-controls="sgf-more"
      @click=${p.onToggle}
    >
      ${p.active ? i18n.t('filtersCount', { count: p.active }) : i18n.t('filters')}
    </button>
    <div id="sgf-more" class="more ${p.open ? 'open' : ''}" part="filter-panel">
      ${p.pending ? html`<span id="sgf-menus-wait" hidden>${i18n.t('loading')}</span>` : nothing}
      ${checks(
        i18n.t('days'),
        'days',
        [0, 1, 2, 3, 4, 5, 6],
        (d) => p.dayNames[d],
        f.days,
        (days) => p.onChange({ days: days.sort() }),
      )}
      ${checks(
        i18n.t('times'),
        'times',
        TIME_BUCKETS,
        (b) => i18n.t(`time_${b}`),
        f.times,
        (times) => p.onChange({ times }),
      )}
      ${checks(
        i18n.t('modes'),
        'modes',
        MODES,
        (m) => i18n.t(`mode_${m}`),
        f.modes,
        (modes) => p.onChange({ modes }),
      )}
      ${p.types.length ? select('type', i18n.t('type'), i18n.t('anyType'), p.types, f.types[0] ?? '', (v) => p.onChange({ types: v ? [v] : [] }), p.pending) : nothing}
      ${p.languages.length ? select('lang', i18n.t('language'), i18n.t('anyLanguage'), p.languages, f.languages[0] ?? '', (v) => p.onChange({ languages: v ? [v] : [] }), p.pending) : nothing}
      ${p.regions.length ? select('region', i18n.t('region'), i18n.t('anyRegion'), p.regions, f.regions[0] ?? '', (v) => p.onChange({ regions: v ? [v] : [] }), p.pending) : nothing}
      <div part="filter filter-distance">
        ${
          geo === 'ok'
            ? select(
                'km',
                i18n.t('distance'),
                i18n.t('anyDistance'),
                radii.map((r) => ({
                  value: String(r),
                  label: miles ? i18n.t('withinMiles', { n: r }) : i18n.t('withinKm', { n: r }),
                })),
                chosen ? String(chosen) : '',
                (v) => p.onChange({ km: v ? p.toKm(+v) : 0 }),
              )
            : button('locate', i18n.t('useLocation'), p.onLocate, geo === 'asking')
        }
        <p role="status" class="muted" part="geo-status">${message ? i18n.t(message as 'locating') : ''}</p>
      </div>
      <p>${button('clear', i18n.t('clearFilters'), p.onClear, !p.anySet)}</p>
    </div>
  </div>`;
}
