import type { HeadingLevel } from '../../internal/heading.js';
import type { Fellowship, Meeting } from '../../meetings/types.js';
import type { MeetingFormat } from './feeds-view.js';
import type { Engine } from './load-engine.js';
import { LANGUAGE_CODES } from './menus.js';
import type { FinderLocalizer } from './ui.js';
import { usesMiles } from './units.js';

export interface FormatInputs {
  engine: Engine;
  i18n: FinderLocalizer;
  /** The zone times are shown in (the visitor's, or the finder's `timezone`). */
  zone: string;
  level: HeadingLevel;
  now: Date;
  dayNames: string[];
  /** The visitor's location, once they shared it: rows then say how far each meeting is. */
  point?: { latitude: number; longitude: number };
  /** The type vocabulary of a meeting whose feed names none (the `fellowship` attribute's). */
  fellowship?: Fellowship;
  onOpen: (m: Meeting) => void;
}

/**
 * A type code's name in the visitor's language. A BMLT feed's codes are the BMLT server's
 * standard ones (NA's `world_id`s): when `fellowship` names another vocabulary, a code it lacks
 * keeps the standard's name rather than showing as a bare code (`OPEN`, `JFT`). Al-Anon's and
 * NA's tables leave out most languages: a language code takes the Meeting Guide spec's name.
 */
export function typeLabel(
  engine: Engine,
  i18n: FinderLocalizer,
  m: Meeting,
  code: string,
  fallback?: Fellowship,
): string {
  const translate = (key: string) => i18n.data('types', key);
  const vocabulary = m.fellowship === 'other' ? (fallback ?? 'aa') : m.fellowship;
  let label = engine.typeLabel(code, vocabulary, translate, m.typeNames);
  if (label === code && m.format === 'bmlt') label = engine.typeLabel(code, 'na', translate, m.typeNames);
  if (label === code && LANGUAGE_CODES.has(code)) label = engine.typeLabel(code, 'aa', translate, m.typeNames);
  return label;
}

/** How rows and the detail show a meeting, in the visitor's language, zone and units. */
export function meetingFormat(p: FormatInputs): MeetingFormat & { zone: string } {
  const { engine, i18n, zone, point } = p;
  const miles = usesMiles(i18n.locale);
  return {
    i18n,
    zone,
    level: p.level,
    now: p.now,
    dayNames: p.dayNames,
    times: (m, at) => engine.timesForViewer(m, at, zone, i18n.locale),
    typeLabel: (m, code) => (engine.ATTENDANCE_CODES.has(code) ? '' : typeLabel(engine, i18n, m, code, p.fellowship)),
    distance: (m) => {
      if (!point || !engine.isPoint(m.latitude, m.longitude) || m.attendance === 'online') return undefined;
      const km = engine.haversineKm(point, { latitude: m.latitude!, longitude: m.longitude! });
      const value = miles ? engine.kmToMiles(km) : km;
      const n = i18n.number(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
      return miles ? i18n.t('awayMiles', { n }) : i18n.t('awayKm', { n });
    },
    onOpen: p.onOpen,
  };
}
