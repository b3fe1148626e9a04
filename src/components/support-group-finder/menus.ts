import type { Meeting } from '../../meetings/types.js';
import type { Engine } from './load-engine.js';

export interface Option {
  value: string;
  label: string;
}

export interface Menus {
  types: Option[];
  /** The languages meetings are held in, when the feeds say (type codes `EN`, `S`, `FR`...). */
  languages: Option[];
  regions: Option[];
}

/**
 * The type codes that name a meeting's language: the Meeting Guide spec's (sign languages too, and
 * the proposed `QSL` and `RSL`), and BMLT's `ES` and `LANG` ("other language").
 */
export const LANGUAGE_CODES: ReadonlySet<string> = new Set(
  'AM ASL DA DE EL EN FA FR HE HI HR HU ITA JA KOR LT ML NO POL POR PUN RUS S SK SV TH TL UK QSL RSL ES LANG'.split(
    ' ',
  ),
);

/**
 * The type, language and region menus, in the visitor's language and alphabet: each type named in
 * its feed's own vocabulary (an Al-Anon `Y` is Alateen, an AA `Y` young people), languages by the
 * spec's names whatever the vocabulary, regions with the broader region they sit in. Reads only the
 * meetings, so the menus need not wait for the index.
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
  const types: Option[] = [];
  const languages: Option[] = [];
  for (const { code } of engine.typesInUse({ meetings })) {
    if (engine.ATTENDANCE_CODES.has(code)) continue;
    const label = typeLabel(first.get(code)!, code);
    (LANGUAGE_CODES.has(code) ? languages : types).push({ value: code, label });
  }
  const regions = engine
    .regionsInUse(meetings)
    .map(({ name, parent }) => ({ value: name, label: parent ? `${parent} › ${name}` : name }))
    .sort(byLabel);
  return { types: types.sort(byLabel), languages: languages.sort(byLabel), regions };
}
