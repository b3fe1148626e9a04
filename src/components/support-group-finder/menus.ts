import type { Meeting } from '../../meetings/types.js';
import type { Engine } from './load-engine.js';

export interface Option {
  value: string;
  label: string;
}

export interface Menus {
  types: Option[];
  regions: Option[];
}

/**
 * The type and region menus, in the visitor's language and alphabet: each type named in its
 * feed's own vocabulary (an Al-Anon `Y` is Alateen, an AA `Y` young people), regions with the
 * broader region they sit in. Reads only the meetings, so the menus need not wait for the index.
 */
export function buildMenus(
  engine: Engine,
  meetings: readonly Meeting[],
  locale: string,
  typeLabel: (m: Meeting, code: string) => string,
): Menus {
  const collator = new Intl.Collator(locale);
  const byLabel = (a: Option, b: Option) => collator.compare(a.label, b.label);
  // The first meeting with each code names it: its feed's vocabulary and the feed's own names.
  const first = new Map<string, Meeting>();
  for (const m of meetings) for (const code of m.types) if (!first.has(code)) first.set(code, m);
  const label = (code: string) => typeLabel(first.get(code)!, code);
  const types = engine
    .typesInUse({ meetings })
    .filter((x) => !engine.ATTENDANCE_CODES.has(x.code))
    .map((x) => ({ value: x.code, label: label(x.code) }))
    .sort(byLabel);
  const regions = engine
    .regionsInUse(meetings)
    .map(({ name, parent }) => ({ value: name, label: parent ? `${parent} › ${name}` : name }))
    .sort(byLabel);
  return { types, regions };
}
