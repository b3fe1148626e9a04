/**
 * Filtering for the finder: build the index once per feed load, then every keystroke or checkbox
 * is a pass over typed arrays. Text search runs `indexOf` over one long pre-folded string (every
 * meeting's searchable text, separated), which is much faster than testing 10,000 small strings.
 */
import type { Attendance, Fellowship, Meeting, MeetingFilters, TimeBucket } from './types.js';
import { fold } from './text.js';
import { haversineKm } from './distance.js';

const ATTENDANCE_BIT: Record<Attendance, number> = { in_person: 1, online: 2, hybrid: 4, inactive: 8 };
/** A hybrid meeting is also in person and also online. */
const MEETING_ATTENDANCE: Record<Attendance, number> = { in_person: 1, online: 2, hybrid: 1 | 2 | 4, inactive: 8 };
const BUCKETS: readonly TimeBucket[] = ['morning', 'midday', 'evening', 'night'];
const FELLOWSHIP_IDS: Record<Fellowship, number> = { aa: 1, 'al-anon': 2, na: 4, other: 8 };
const ATTENDANCES: readonly Attendance[] = ['in_person', 'online', 'hybrid', 'inactive'];

/** morning 04:00-11:59, midday 12:00-16:59, evening 17:00-20:59, night 21:00-03:59. */
export function bucketOf(time: string | undefined): TimeBucket | undefined {
  if (!time || !/^\d\d:\d\d$/.test(time)) return undefined;
  const h = Number(time.slice(0, 2));
  if (h >= 4 && h < 12) return 'morning';
  if (h >= 12 && h < 17) return 'midday';
  if (h >= 17 && h < 21) return 'evening';
  return 'night';
}

export interface MeetingIndex {
  readonly meetings: readonly Meeting[];
  /** Every meeting's folded text; fields joined by "\n", meetings by "\u0001". */
  readonly text: string;
  /** Where each meeting's text starts; `starts[n]` is the end. */
  readonly starts: Int32Array;
  readonly days: Uint8Array;
  readonly buckets: Uint8Array;
  readonly attendance: Uint8Array;
  readonly fellowship: Uint8Array;
  readonly typeIds: ReadonlyMap<string, number>;
  readonly typeWords: number;
  readonly typeBits: Uint32Array;
  /** Folded region name → id; `regionNames[id]` is the name as the feed wrote it. */
  readonly regionIds: ReadonlyMap<string, number>;
  readonly regionNames: readonly string[];
  readonly regionParents: readonly (number | -1)[];
  /** Meeting i's region ids are `regionList[regionStarts[i] .. regionStarts[i + 1]]`. */
  readonly regionStarts: Int32Array;
  readonly regionList: Int32Array;
  readonly latitude: Float64Array;
  readonly longitude: Float64Array;
  /** Recent term → hits, so typing one more letter re-scans only the new term. */
  readonly termCache: Map<string, Uint8Array>;
}

/** Locations, groups and regions repeat across meetings; folding each once halves index time. */
function cachedFold(cache: Map<string, string>, text: string): string {
  if (text.length > 120) return fold(text);
  let folded = cache.get(text);
  if (folded === undefined) cache.set(text, (folded = fold(text)));
  return folded;
}

const searchText = (m: Meeting, cache: Map<string, string>): string =>
  [m.name, m.location, m.group, m.address, m.city, ...m.regions, m.notes, m.locationNotes]
    .filter((v): v is string => typeof v === 'string' && v.length > 0)
    .map((v) => cachedFold(cache, v))
    .join('\n');

export function buildIndex(meetings: readonly Meeting[]): MeetingIndex {
  const n = meetings.length;
  const parts: string[] = [];
  const starts = new Int32Array(n + 1);
  const days = new Uint8Array(n);
  const buckets = new Uint8Array(n);
  const attendance = new Uint8Array(n);
  const fellowship = new Uint8Array(n);
  const latitude = new Float64Array(n).fill(NaN);
  const longitude = new Float64Array(n).fill(NaN);
  const typeIds = new Map<string, number>();
  const regionIds = new Map<string, number>();
  const regionNames: string[] = [];
  const regionParents: (number | -1)[] = [];
  const regionStarts = new Int32Array(n + 1);
  const regionAcc: number[] = [];
  let offset = 0;
  const folds = new Map<string, string>();

  for (let i = 0; i < n; i++) {
    const m = meetings[i];
    const text = searchText(m, folds);
    starts[i] = offset;
    parts.push(text);
    offset += text.length + 1;
    let d = 0;
    for (const day of m.days) if (day >= 0 && day <= 6) d |= 1 << day;
    days[i] = d;
    const bucket = bucketOf(m.time);
    buckets[i] = bucket ? 1 << BUCKETS.indexOf(bucket) : 0;
    attendance[i] = MEETING_ATTENDANCE[m.attendance] ?? 0;
    fellowship[i] = FELLOWSHIP_IDS[m.fellowship] ?? 0;
    if (typeof m.latitude === 'number' && typeof m.longitude === 'number') {
      latitude[i] = m.latitude;
      longitude[i] = m.longitude;
    }
    for (const t of m.types) if (!typeIds.has(t)) typeIds.set(t, typeIds.size);
    regionStarts[i] = regionAcc.length;
    let parent: number | -1 = -1;
    for (const name of m.regions) {
      const key = cachedFold(folds, name);
      let id = regionIds.get(key);
      if (id === undefined) {
        id = regionNames.length;
        regionIds.set(key, id);
        regionNames.push(name);
        regionParents.push(parent);
      }
      if (!regionAcc.includes(id, regionStarts[i])) regionAcc.push(id);
      parent = id;
    }
  }
  starts[n] = offset;
  regionStarts[n] = regionAcc.length;

  const typeWords = Math.max(1, Math.ceil(typeIds.size / 32));
  const typeBits = new Uint32Array(n * typeWords);
  for (let i = 0; i < n; i++) {
    for (const t of meetings[i].types) {
      const id = typeIds.get(t)!;
      typeBits[i * typeWords + (id >>> 5)] |= 1 << (id & 31);
    }
  }

  return {
    meetings,
    text: parts.join('\u0001'),
    starts,
    days,
    buckets,
    attendance,
    fellowship,
    typeIds,
    typeWords,
    typeBits,
    regionIds,
    regionNames,
    regionParents,
    regionStarts,
    regionList: Int32Array.from(regionAcc),
    latitude,
    longitude,
    termCache: new Map(),
  };
}

/** `"quoted phrases"` stay whole, other words are separate terms; all folded. */
export function parseQuery(query: string | undefined): string[] {
  if (!query) return [];
  const terms: string[] = [];
  const re = /"([^"]*)"?|([^\s"]+)/g;
  const text = fold(query.slice(0, 500)).replace(/[\u0000-\u001f]/g, '');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const term = (m[1] ?? m[2] ?? '').trim();
    if (term && /[\p{L}\p{N}]/u.test(term) && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

function termHits(index: MeetingIndex, term: string): Uint8Array {
  const cached = index.termCache.get(term);
  if (cached) {
    index.termCache.delete(term);
    index.termCache.set(term, cached);
    return cached;
  }
  const { text, starts } = index;
  const n = index.meetings.length;
  const hits = new Uint8Array(n);
  let m = 0;
  let pos = text.indexOf(term);
  while (pos !== -1) {
    while (starts[m + 1] <= pos) m++;
    hits[m] = 1;
    if (++m >= n) break;
    pos = text.indexOf(term, starts[m]);
  }
  index.termCache.set(term, hits);
  if (index.termCache.size > 64) index.termCache.delete(index.termCache.keys().next().value!);
  return hits;
}

// One bit per filter, so facet counts can ignore their own filter.
const F_TEXT = 1;
const F_DAYS = 2;
const F_TIMES = 4;
const F_ATTEND = 8;
const F_TYPES = 16;
const F_REGIONS = 32;
const F_FELLOW = 64;
const F_NEAR = 128;

/** For each meeting, the filters it fails (0 = shown). */
function failures(index: MeetingIndex, filters: MeetingFilters): Uint8Array {
  const n = index.meetings.length;
  const fail = new Uint8Array(n);
  const f = filters ?? {};

  const terms = parseQuery(typeof f.query === 'string' ? f.query : undefined);
  for (const term of terms) {
    const hits = termHits(index, term);
    for (let i = 0; i < n; i++) if (!hits[i]) fail[i] |= F_TEXT;
  }

  if (Array.isArray(f.days) && f.days.length) {
    let mask = 0;
    for (const d of f.days) if (Number.isInteger(d) && d >= 0 && d <= 6) mask |= 1 << d;
    const days = index.days;
    for (let i = 0; i < n; i++) if (!(days[i] & mask)) fail[i] |= F_DAYS;
  }

  if (Array.isArray(f.times) && f.times.length) {
    let mask = 0;
    for (const t of f.times) if (BUCKETS.includes(t)) mask |= 1 << BUCKETS.indexOf(t);
    const buckets = index.buckets;
    for (let i = 0; i < n; i++) if (!(buckets[i] & mask)) fail[i] |= F_TIMES;
  }

  if (Array.isArray(f.attendance) && f.attendance.length) {
    let mask = 0;
    for (const a of f.attendance) mask |= ATTENDANCE_BIT[a] ?? 0;
    const att = index.attendance;
    for (let i = 0; i < n; i++) if (!(att[i] & mask)) fail[i] |= F_ATTEND;
  }

  if (Array.isArray(f.types) && f.types.length) {
    const words = index.typeWords;
    const want = new Uint32Array(words);
    let unknown = false;
    for (const t of f.types) {
      const id = index.typeIds.get(t);
      if (id === undefined) unknown = true;
      else want[id >>> 5] |= 1 << (id & 31);
    }
    const bits = index.typeBits;
    for (let i = 0; i < n; i++) {
      if (unknown) {
        fail[i] |= F_TYPES;
        continue;
      }
      for (let w = 0; w < words; w++) {
        if ((bits[i * words + w] & want[w]) !== want[w]) {
          fail[i] |= F_TYPES;
          break;
        }
      }
    }
  }

  if (Array.isArray(f.regions) && f.regions.length) {
    const wanted = new Set<number>();
    for (const r of f.regions) {
      const id = typeof r === 'string' ? index.regionIds.get(fold(r)) : undefined;
      if (id !== undefined) wanted.add(id);
    }
    const { regionStarts, regionList } = index;
    for (let i = 0; i < n; i++) {
      let ok = false;
      for (let k = regionStarts[i]; k < regionStarts[i + 1] && !ok; k++) ok = wanted.has(regionList[k]);
      if (!ok) fail[i] |= F_REGIONS;
    }
  }

  if (Array.isArray(f.fellowships) && f.fellowships.length) {
    let mask = 0;
    for (const x of f.fellowships) mask |= FELLOWSHIP_IDS[x] ?? 0;
    const fel = index.fellowship;
    for (let i = 0; i < n; i++) if (!(fel[i] & mask)) fail[i] |= F_FELLOW;
  }

  const near = f.near;
  if (near && typeof near === 'object') {
    const point = { latitude: Number(near.latitude), longitude: Number(near.longitude) };
    const km = typeof near.km === 'number' && near.km >= 0 ? near.km : Infinity;
    const { latitude, longitude } = index;
    const here = { latitude: 0, longitude: 0 };
    const valid = Number.isFinite(point.latitude) && Number.isFinite(point.longitude);
    for (let i = 0; i < n; i++) {
      if (!valid || Number.isNaN(latitude[i])) {
        fail[i] |= F_NEAR;
        continue;
      }
      here.latitude = latitude[i];
      here.longitude = longitude[i];
      if (km !== Infinity && !(haversineKm(point, here) <= km)) fail[i] |= F_NEAR;
    }
  }
  return fail;
}

/** The meetings that pass every filter, in the index's order. */
export function filterMeetings(index: MeetingIndex, filters: MeetingFilters = {}): Meeting[] {
  const fail = failures(index, filters);
  const out: Meeting[] = [];
  const meetings = index.meetings;
  for (let i = 0; i < fail.length; i++) if (fail[i] === 0) out.push(meetings[i]);
  return out;
}

export interface FacetCounts {
  /** Meetings passing every filter. */
  total: number;
  /** Each count ignores its own filter, so a menu shows what choosing that option would give. */
  days: number[];
  times: Record<TimeBucket, number>;
  attendance: Record<Attendance, number>;
  types: Record<string, number>;
  regions: Record<string, number>;
  fellowships: Partial<Record<Fellowship, number>>;
}

export function facetCounts(index: MeetingIndex, filters: MeetingFilters = {}): FacetCounts {
  const fail = failures(index, filters);
  const counts: FacetCounts = {
    total: 0,
    days: [0, 0, 0, 0, 0, 0, 0],
    times: { morning: 0, midday: 0, evening: 0, night: 0 },
    attendance: { in_person: 0, online: 0, hybrid: 0, inactive: 0 },
    types: {},
    regions: {},
    fellowships: {},
  };
  const typeCounts = new Int32Array(index.typeIds.size);
  const regionCounts = new Int32Array(index.regionNames.length);
  const types = [...index.typeIds.keys()];
  const fellowships = Object.keys(FELLOWSHIP_IDS) as Fellowship[];
  for (let i = 0; i < fail.length; i++) {
    const f = fail[i];
    if (f === 0) counts.total++;
    if ((f & ~F_DAYS) === 0) for (let d = 0; d < 7; d++) if (index.days[i] & (1 << d)) counts.days[d]++;
    if ((f & ~F_TIMES) === 0) {
      for (let b = 0; b < 4; b++) if (index.buckets[i] & (1 << b)) counts.times[BUCKETS[b]]++;
    }
    if ((f & ~F_ATTEND) === 0) {
      for (const a of ATTENDANCES) if (index.attendance[i] & ATTENDANCE_BIT[a]) counts.attendance[a]++;
    }
    if ((f & ~F_TYPES) === 0) {
      const words = index.typeWords;
      for (let w = 0; w < words; w++) {
        let bits = index.typeBits[i * words + w];
        while (bits) {
          const low = 31 - Math.clz32(bits & -bits);
          typeCounts[w * 32 + low]++;
          bits &= bits - 1;
        }
      }
    }
    if ((f & ~F_REGIONS) === 0) {
      for (let k = index.regionStarts[i]; k < index.regionStarts[i + 1]; k++) regionCounts[index.regionList[k]]++;
    }
    if ((f & ~F_FELLOW) === 0) {
      for (const x of fellowships) if (index.fellowship[i] & FELLOWSHIP_IDS[x]) counts.fellowships[x] = (counts.fellowships[x] ?? 0) + 1;
    }
  }
  types.forEach((t, id) => {
    if (typeCounts[id]) counts.types[t] = typeCounts[id];
  });
  index.regionNames.forEach((name, id) => {
    if (regionCounts[id]) counts.regions[name] = regionCounts[id];
  });
  return counts;
}

/** Meetings with coordinates, nearest first, with their distance for display. */
export function byDistance(meetings: readonly Meeting[], from: { latitude: number; longitude: number }): { meeting: Meeting; km: number }[] {
  const out: { meeting: Meeting; km: number }[] = [];
  if (!Number.isFinite(from?.latitude) || !Number.isFinite(from?.longitude)) return out;
  for (const meeting of meetings) {
    if (typeof meeting.latitude !== 'number' || typeof meeting.longitude !== 'number') continue;
    out.push({ meeting, km: haversineKm(from, { latitude: meeting.latitude, longitude: meeting.longitude }) });
  }
  return out.sort((a, b) => a.km - b.km);
}

export interface RegionEntry {
  name: string;
  /** The broader region it sits in (the level before it in a meeting's `regions`), if any. */
  parent?: string;
  count: number;
}

/** Every region in use, alphabetical, for the region menu. */
export function regions(index: MeetingIndex, locale = 'en'): RegionEntry[] {
  const counts = new Int32Array(index.regionNames.length);
  for (const id of index.regionList) counts[id]++;
  return index.regionNames
    .map((name, id) => ({
      name,
      parent: index.regionParents[id] >= 0 ? index.regionNames[index.regionParents[id]] : undefined,
      count: counts[id],
    }))
    .sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** Type codes in use, most used first, for the type menu. */
export function typesInUse(index: MeetingIndex): { code: string; count: number }[] {
  const counts = new Int32Array(index.typeIds.size);
  const words = index.typeWords;
  for (let i = 0; i < index.meetings.length; i++) {
    for (let w = 0; w < words; w++) {
      let bits = index.typeBits[i * words + w];
      while (bits) {
        counts[w * 32 + (31 - Math.clz32(bits & -bits))]++;
        bits &= bits - 1;
      }
    }
  }
  return [...index.typeIds.entries()]
    .map(([code, id]) => ({ code, count: counts[id] }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
}
