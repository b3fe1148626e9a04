import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../internal/localize.js';
import type { FinderMessages } from './support-group-finder.i18n.js';
import { MODES, TIME_BUCKETS, type FinderFilters } from './url-state.js';

export type GeoStatus = 'idle' | 'asking' | 'ok' | 'denied' | 'unavailable';

export interface Option {
  value: string;
  label: string;
}

export interface FiltersProps {
  t: LocalizeController<FinderMessages>;
  uid: string;
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

/** Radii offered once a location is known, in the visitor's unit. */
export const RADII = [5, 10, 25, 50];
export const KM_PER_MILE = 1.609344;

const toggle = <T>(list: T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

function checks<T extends string | number>(
  legend: string,
  part: string,
  values: readonly T[],
  label: (v: T) => string,
  chosen: T[],
  set: (next: T[]) => void,
): TemplateResult {
  return html`<fieldset part="filter ${part}" class="checks">
    <legend>${legend}</legend>
    ${values.map(
      (v) => html`<label
        ><input
          type="checkbox"
          .checked=${chosen.includes(v)}
          @change=${(e: Event) => set(toggle(chosen, v, (e.target as HTMLInputElement).checked))}
        />
        ${label(v)}</label
      >`,
    )}
  </fieldset>`;
}

function select(p: FiltersProps, id: string, label: string, any: string, options: Option[], value: string, set: (v: string) => void) {
  return html`<p class="field" part="filter">
    <label for="${p.uid}-${id}">${label}</label>
    <select id="${p.uid}-${id}" @change=${(e: Event) => set((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!value}>${any}</option>
      ${options.map((o) => html`<option value=${o.value} ?selected=${o.value === value}>${o.label}</option>`)}
    </select>
  </p>`;
}

export function renderFilters(p: FiltersProps): TemplateResult {
  const { t, filters: f } = p;
  const days = [0, 1, 2, 3, 4, 5, 6];
  const radius = f.km ? String(Math.round(p.miles ? f.km / KM_PER_MILE : f.km)) : '';
  return html`<div part="filters" class="filters">
    <p class="search" part="search">
      <label for="${p.uid}-q">${t.t('search')}</label>
      <input
        id="${p.uid}-q"
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
      aria-expanded=${p.open ? 'true' : 'false'}
      aria-controls="${p.uid}-more"
      @click=${p.onToggle}
    >
      ${t.t('filters')}${p.active ? ` (${t.number(p.active)})` : ''}
    </button>
    <div id="${p.uid}-more" class="more ${p.open ? 'open' : ''}" part="filter-panel">
      ${checks(t.t('days'), 'filter-days', days, (d) => p.dayNames[d], f.days, (days) => p.onChange({ days: days.sort() }))}
      ${checks(t.t('times'), 'filter-times', TIME_BUCKETS, (b) => t.t(`time_${b}`), f.times, (times) => p.onChange({ times }))}
      ${checks(t.t('modes'), 'filter-modes', MODES, (m) => t.t(`mode_${m as 'online'}`), f.modes, (modes) => p.onChange({ modes }))}
      ${p.types.length ? select(p, 'type', t.t('type'), t.t('anyType'), p.types, f.types[0] ?? '', (v) => p.onChange({ types: v ? [v] : [] })) : nothing}
      ${p.regions.length ? select(p, 'region', t.t('region'), t.t('anyRegion'), p.regions, f.regions[0] ?? '', (v) => p.onChange({ regions: v ? [v] : [] })) : nothing}
      <div class="geo" part="filter filter-distance">
        ${p.geo === 'ok'
          ? select(
              p,
              'km',
              t.t('distance'),
              t.t('anyDistance'),
              RADII.map((r) => ({ value: String(r), label: t.t('within', t.number(r), p.miles) })),
              radius,
              (v) => p.onChange({ km: v ? (p.miles ? Number(v) * KM_PER_MILE : Number(v)) : 0 }),
            )
          : html`<button type="button" class="button secondary" part="locate" ?disabled=${p.geo === 'asking'} @click=${p.onLocate}>
              ${t.t('useLocation')}
            </button>`}
        <p role="status" class="muted" part="geo-status">
          ${p.geo === 'asking' ? t.t('locating') : p.geo === 'denied' ? t.t('locationDenied') : p.geo === 'unavailable' ? t.t('locationUnavailable') : ''}
        </p>
      </div>
      <p>
        <button type="button" class="button secondary" part="clear" ?disabled=${!p.active} @click=${p.onClear}>
          ${t.t('clearFilters')}
        </button>
      </p>
    </div>
  </div>`;
}
