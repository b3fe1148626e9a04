import { html, nothing, type TemplateResult } from 'lit';
import type { FinderMessages } from './support-group-finder.i18n.js';
import { button, type T } from './ui.js';
import { MODES, TIME_BUCKETS, type FinderFilters } from './url-state.js';

export type GeoStatus = 'idle' | 'asking' | 'ok' | 'denied' | 'unavailable';

export interface Option {
  value: string;
  label: string;
}

export interface FiltersProps {
  t: T;
  filters: FinderFilters;
  dayNames: string[];
  types: Option[];
  regions: Option[];
  geo: GeoStatus;
  miles: boolean;
  open: boolean;
  active: number;
  onToggle: () => void;
  onChange: (patch: Partial<FinderFilters>) => void;
  onLocate: () => void;
  onClear: () => void;
}

export const KM_PER_MILE = 1.609344;
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

/** A labelled menu whose first choice is "any"; `set` gets '' for it. */
function select(id: string, label: string, any: string, options: Option[], value: string, set: (v: string) => void) {
  return html`<p class="field" part="filter">
    <label for="sgf-${id}">${label}</label>
    <select id="sgf-${id}" @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${any}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </p>`;
}

export function renderFilters(p: FiltersProps): TemplateResult {
  const { t, filters: f, miles, geo } = p;
  const unit = miles ? KM_PER_MILE : 1;
  const message = GEO_MESSAGES[geo];
  return html`<div part="filters" class="filters">
    <p class="search" part="search">
      <label for="sgf-q">${t.t('search')}</label>
      <input
        id="sgf-q"
        type="search"
        autocomplete="off"
        placeholder=${t.t('searchHint')}
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
      ${t.t('filters')}${p.active ? ` (${t.number(p.active)})` : ''}
    </button>
    <div id="sgf-more" class="more ${p.open ? 'open' : ''}" part="filter-panel">
      ${checks(
        t.t('days'),
        'days',
        [0, 1, 2, 3, 4, 5, 6],
        (d) => p.dayNames[d],
        f.days,
        (days) => p.onChange({ days: days.sort() }),
      )}
      ${checks(
        t.t('times'),
        'times',
        TIME_BUCKETS,
        (b) => t.t(`time_${b}`),
        f.times,
        (times) => p.onChange({ times }),
      )}
      ${checks(
        t.t('modes'),
        'modes',
        MODES,
        (m) => t.t(`mode_${m}`),
        f.modes,
        (modes) => p.onChange({ modes }),
      )}
      ${p.types.length ? select('type', t.t('type'), t.t('anyType'), p.types, f.types[0] ?? '', (v) => p.onChange({ types: v ? [v] : [] })) : nothing}
      ${p.regions.length ? select('region', t.t('region'), t.t('anyRegion'), p.regions, f.regions[0] ?? '', (v) => p.onChange({ regions: v ? [v] : [] })) : nothing}
      <div part="filter filter-distance">
        ${
          geo === 'ok'
            ? select(
                'km',
                t.t('distance'),
                t.t('anyDistance'),
                [5, 10, 25, 50].map((r) => ({
                  value: String(r),
                  label: miles ? t.t('withinMiles', { n: r }) : t.t('withinKm', { n: r }),
                })),
                f.km ? String(Math.round(f.km / unit)) : '',
                (v) => p.onChange({ km: +v * unit }),
              )
            : button('locate', t.t('useLocation'), p.onLocate, geo === 'asking')
        }
        <p role="status" class="muted" part="geo-status">${message ? t.t(message as 'locating') : ''}</p>
      </div>
      <p>${button('clear', t.t('clearFilters'), p.onClear, !p.active)}</p>
    </div>
  </div>`;
}
