/**
 * Filtering for the finder: build the index once per feed load, then every keystroke or checkbox
 * is a pass over typed arrays. Text search runs `indexOf` over one long pre-folded string (every
 * meeting's searchable text, separated), which is much faster than testing 10,000 small strings.
 */
import type { Attendance, Fellowship, Meeting, MeetingFilters, TimeBucket } from './types.js';
import { fold } from './text.js';
import { haversineKm } from './distance.js';

const BUCKETS: readonly TimeBucket[] = ['morning', 'midday', 'evening', 'night'];
const ATTENDANCES: readonly Attendance[] = ['in_person', 'online', 'hybrid', 'inactive'];
const FELLOWSHIPS: readonly Fellowship[] = ['aa', 'al-anon', 'na', 'other'];
/** A hybrid meeting is also in person and also online. */
const MEETING_ATTENDANCE: Record<string, number> = { in_person: 1, online: 2, hybrid: 7, inactive: 8 };
/** Where each menu's choices sit in a meeting's mask: days, then times, attendance, fellowship. */
const TIMES_AT = 8;
const ATTENDANCE_AT = 12;
const FELLOWSHIP_AT = 16;

/** morning 04:00-11:59, midday 12:00-16:59, evening 17:00-20:59, night 21:00-03:59. */
export function bucketOf(time: string | undefined): TimeBucket | undefined {
  if (!time || !/^\d\d:\d\d$/.test(time)) return undefined;
  const h = +time.slice(0, 2);
  return BUCKETS[h < 4 || h > 20 ? 3 : h < 12 ? 0 : h < 17 ? 1 : 2];
}

export interface MeetingIndex {
  readonly meetings: readonly Meeting[];
  /** Every meeting's folded text; fields joined by "\n", meetings by "\u0001". */
  readonly text: string;
  /** Where each meeting's text starts; `starts[n]` is the end. */
  readonly starts: Int32Array;
  /** Per meeting, one bit per day, time bucket, attendance mode and fellowship it matches. */
  readonly masks: Uint32Array;
  /** Folded region name → id; `regionNames[id]` is the name as the feed wrote it. */
  readonly regionIds: ReadonlyMap<string, number>;
  readonly regionNames: readonly string[];
  readonly regionParents: readonly number[];
  /** Each meeting's region ids. */
  readonly regionsOf: readonly number[][];
  /** Recent term → hits, so typing one more letter re-scans only the new term. */
  readonly termCache: Map<string, Uint8Array>;
}

export function buildIndex(meetings: readonly Meeting[]): MeetingIndex {
  const n = meetings.length;
  // Locations, groups and regions repeat across meetings; folding each once halves index time.
  const folds = new Map<string, string>();
  const cachedFold = (text: string) => {
    let folded = folds.get(text);
    if (folded === undefined) {
      folded = fold(text);
      if (text.length < 121) folds.set(text, folded);
    }
    return folded;
  };
  const parts: string[] = [];
  const starts = new Int32Array(n + 1);
  const masks = new Uint32Array(n);
  const regionIds = new Map<string, number>();
  const regionNames: string[] = [];
  const regionParents: number[] = [];
  const regionsOf: number[][] = [];
  let offset = 0;
  meetings.forEach((m, i) => {
    const text = [m.name, m.location, m.group, m.address, m.city, ...m.regions, m.notes, m.locationNotes]
      .filter((v) => typeof v === 'string' && v)
      .map((v) => cachedFold(v!))
      .join('\n');
    starts[i] = offset;
    parts.push(text);
    offset += text.length + 1;
    const bucket = bucketOf(m.time);
    let mask =
      ((MEETING_ATTENDANCE[m.attendance] ?? 0) << ATTENDANCE_AT) |
      (bucket ? 1 << (TIMES_AT + BUCKETS.indexOf(bucket)) : 0) |
      (FELLOWSHIPS.includes(m.fellowship) ? 1 << (FELLOWSHIP_AT + FELLOWSHIPS.indexOf(m.fellowship)) : 0);
    for (const day of m.days) if (day >= 0 && day <= 6) mask |= 1 << day;
    masks[i] = mask;
    const ids: number[] = [];
    let parent = -1;
    for (const name of m.regions) {
      const key = cachedFold(name);
      let id = regionIds.get(key);
      if (id === undefined) {
        regionIds.set(key, (id = regionNames.length));
        regionNames.push(name);
        regionParents.push(parent);
      }
      if (!ids.includes(id)) ids.push(id);
      parent = id;
    }
    regionsOf.push(ids);
  });
  starts[n] = offset;
  return {
    meetings,
    text: parts.join('\u0001'),
    starts,
    masks,
    regionIds,
    regionNames,
    regionParents,
    regionsOf,
    termCache: new Map(),
  };
}

/** `"quoted phrases"` stay whole, other words are separate terms; all folded. */
export function parseQuery(query: string | undefined): string[] {
  const terms: string[] = [];
  const re = /"([^"]*)"?|([^\s"]+)/g;
  const text = fold((query ?? '').slice(0, 500)).replace(/[\u0000-\u001f]/g, '');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const term = (m[1] ?? m[2]).trim();
    if (/[\p{L}\p{N}]/u.test(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/**
 * Which meetings match `key` (a folded search term, or `\u0001` + a type code), from a small LRU
 * cache, so typing one more letter or ticking one more box re-scans only what changed.
 */
function hitsFor(index: MeetingIndex, key: string): Uint8Array {
  const { meetings, text, starts, termCache } = index;
  let hits = termCache.get(key);
  if (hits) termCache.delete(key);
  else {
    const n = meetings.length;
    hits = new Uint8Array(n);
    if (key[0] === '\u0001') {
      for (let i = 0; i < n; i++) hits[i] = +meetings[i].types.includes(key.slice(1));
    } else {
      let m = 0;
      let pos = text.indexOf(key);
      while (pos !== -1) {
        while (starts[m + 1] <= pos) m++;
        hits[m] = 1;
        if (++m >= n) break;
        pos = text.indexOf(key, starts[m]);
      }
    }
    if (termCache.size > 63) termCache.delete(termCache.keys().next().value!);
  }
  termCache.set(key, hits);
  return hits;
}

// One bit per filter: a meeting's failures are the filters it does not pass.
const F_TEXT = 1;
const F_DAYS = 2;
const F_TIMES = 4;
const F_ATTEND = 8;
const F_TYPES = 16;
const F_REGIONS = 32;
const F_FELLOW = 64;
const F_NEAR = 128;

/** The mask bits of a menu's choices; undefined when the menu has none (no filter). */
function choiceBits<T>(choices: readonly T[] | undefined, all: readonly T[], at: number): number | undefined {
  if (!Array.isArray(choices) || !choices.length) return undefined;
  let bits = 0;
  for (const c of choices) if (all.includes(c)) bits |= 1 << (at + all.indexOf(c));
  return bits;
}

/** Marks the meetings whose mask has none of `bits` (a small function of its own so it stays fast). */
function failMask(fail: Uint8Array, masks: Uint32Array, bits: number | undefined, flag: number): void {
  if (bits !== undefined) for (let i = 0; i < masks.length; i++) if (!(masks[i] & bits)) fail[i] |= flag;
}

function failHits(fail: Uint8Array, hits: Uint8Array, flag: number): void {
  for (let i = 0; i < hits.length; i++) if (!hits[i]) fail[i] |= flag;
}

/** For each meeting, the filters it fails (0 = shown). */
function failures(index: MeetingIndex, filters: MeetingFilters): Uint8Array {
  const { meetings, masks, regionsOf } = index;
  const n = meetings.length;
  const fail = new Uint8Array(n);
  const f = filters ?? {};

  // Every search term, and every type code (control characters never survive parseQuery).
  for (const term of parseQuery(typeof f.query === 'string' ? f.query : undefined))
    failHits(fail, hitsFor(index, term), F_TEXT);
  if (Array.isArray(f.types)) for (const code of f.types) failHits(fail, hitsFor(index, `\u0001${code}`), F_TYPES);

  // Each menu: any of its choices.
  failMask(fail, masks, choiceBits(f.days, [0, 1, 2, 3, 4, 5, 6], 0), F_DAYS);
  failMask(fail, masks, choiceBits(f.times, BUCKETS, TIMES_AT), F_TIMES);
  // Choosing "hybrid" asks for hybrid meetings only; in person and online each include them.
  failMask(fail, masks, choiceBits(f.attendance, ATTENDANCES, ATTENDANCE_AT), F_ATTEND);
  failMask(fail, masks, choiceBits(f.fellowships, FELLOWSHIPS, FELLOWSHIP_AT), F_FELLOW);

  if (Array.isArray(f.regions) && f.regions.length) {
    const wanted = new Set(f.regions.map((r) => typeof r === 'string' && index.regionIds.get(fold(r))));
    for (let i = 0; i < n; i++) {
      let found = false;
      for (const id of regionsOf[i]) found ||= wanted.has(id);
      if (!found) fail[i] |= F_REGIONS;
    }
  }

  const near = f.near;
  if (near && typeof near === 'object') {
    const point = { latitude: Number(near.latitude), longitude: Number(near.longitude) };
    const km = typeof near.km === 'number' && near.km >= 0 ? near.km : Infinity;
    const valid = Number.isFinite(point.latitude) && Number.isFinite(point.longitude);
    for (let i = 0; i < n; i++) {
      const m = meetings[i];
      const here = m as { latitude: number; longitude: number };
      if (
        !valid ||
        typeof m.latitude !== 'number' ||
        typeof m.longitude !== 'number' ||
        !(haversineKm(point, here) <= km)
      ) {
        fail[i] |= F_NEAR;
      }
    }
  }
  return fail;
}

/** The meetings that pass every filter, in the index's order. */
export function filterMeetings(index: MeetingIndex, filters: MeetingFilters = {}): Meeting[] {
  const fail = failures(index, filters);
  const out: Meeting[] = [];
  for (let i = 0; i < fail.length; i++) if (!fail[i]) out.push(index.meetings[i]);
  return out;
}

/**
 * Every region in use and the broader region it sits in (the level before it in a meeting's
 * `regions`), as the feed first spells each (compared folded), for the region menu. Reads only
 * `meetings`, so the menu needs no index.
 */
export function regionsInUse(meetings: readonly Meeting[]): Array<{ name: string; parent?: string }> {
  const ids = new Map<string, number>();
  const folded = new Map<string, string>();
  const out: Array<{ name: string; parent?: string }> = [];
  for (const m of meetings) {
    let parent: string | undefined;
    for (const name of m.regions) {
      let key = folded.get(name);
      if (key === undefined) folded.set(name, (key = fold(name)));
      let id = ids.get(key);
      if (id === undefined) ids.set(key, (id = out.push(parent === undefined ? { name } : { name, parent }) - 1));
      parent = out[id].name;
    }
  }
  return out;
}

/** Type codes in use, most used first, for the type menu. */
/** Reads only `meetings`, so menus can be built from a plain list before the index exists. */
export function typesInUse({ meetings }: { meetings: readonly Meeting[] }): { code: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of meetings) for (const code of new Set(m.types)) counts.set(code, (counts.get(code) ?? 0) + 1);
  return [...counts]
    .map(([code, count]) => ({ code, count }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
