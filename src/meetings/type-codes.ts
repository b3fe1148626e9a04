/**
 * Meeting type codes and their English labels, per fellowship. AA's codes follow the Meeting Guide
 * spec (code4recovery/spec); Al-Anon's are the ones 12 Step Meeting List sites publish for Al-Anon
 * (`Y` is Alateen there, not "Young People"); NA's are the BMLT/NAWS format `world_id`s, with
 * the usual English key strings as aliases. Other languages' labels are in the language packs
 * (namespace `types`, keys `<fellowship>:<code>`).
 *
 * The tables are compact strings, parsed on first use: entries split by `;`, each `CODE|English`,
 * `CODE` alone for AA's entry of that code, `CODE=AA` for AA's entry under another code.
 */
import type { Fellowship } from './types.js';

/** A code's label and the pack key that translates it (AA's, for entries that borrow AA's label). */
type Entry = [label: string, key: string];
type Labels = Map<string, Entry>;

/** Codes shared by several fellowships' feeds (legacy online/closed markers included). */
const COMMON = ';ONL|Online;TC|Location temporarily closed';

const AA =
  '11|11th Step Meditation;12x12|12 Steps & 12 Traditions;A|Secular;ABSI|As Bill Sees It;' +
  'AL|Concurrent with Alateen;AL-AN|Concurrent with Al-Anon;AM|Amharic;ASL|American Sign Language;' +
  'B|Big Book;BA|Babysitting Available;BE|Newcomer;BI|Bisexual;BRK|Breakfast;C|Closed;CAN|Candlelight;' +
  'CF|Child-Friendly;D|Discussion;DA|Danish;DB|Digital Basket;DD|Dual Diagnosis;DE|German;' +
  'DR|Daily Reflections;EL|Greek;EN|English;FA|Persian;FF|Fragrance Free;FR|French;G|Gay;GR|Grapevine;' +
  'H|Birthday;HE|Hebrew;HI|Hindi;HR|Croatian;HU|Hungarian;ITA|Italian;JA|Japanese;KOR|Korean;L|Lesbian;' +
  'LGBTQ|LGBTQ;LIT|Literature;LS|Living Sober;LT|Lithuanian;M|Men;MED|Meditation;ML|Malayalam;' +
  'N|Native American;NB|Non-Binary;NDG|Indigenous;NO|Norwegian;O|Open;OUT|Outdoor;P|Professionals;' +
  'POA|Proof of Attendance;POC|People of Color;POL|Polish;POR|Portuguese;PUN|Punjabi;RUS|Russian;' +
  'S|Spanish;SEN|Seniors;SK|Slovak;SM|Smoking Permitted;SP|Speaker;ST|Step Study;SV|Swedish;' +
  'T|Transgender;TH|Thai;TL|Tagalog;TR|Tradition Study;UK|Ukrainian;W|Women;X|Wheelchair Access;' +
  'XB|Wheelchair-Accessible Bathroom;XT|Cross Talk Permitted;Y|Young People' +
  COMMON;

const AL_ANON =
  'A|Atheist / Agnostic;AC|Adult Children of Alcoholics;AL;BE;C;CAN;CF;D;DB;FF;G;L;LGBTQ;' +
  'LGBTQIA|LGBTQIA+;LIT;M;MED;O;POA|Parents of Alcoholics;POC;S;SP;ST;T;TR;W;X;Y|Alateen' +
  COMMON;

/** Keyed by NAWS `world_id`, the code that means the same on every BMLT server. */
const NA =
  'OPEN=O;CLOSED=C;VM|Virtual;HY|Hybrid;TC|Temporarily closed;BEG|Beginners;BT|Basic Text;CAN;' +
  'CH|Closed holidays;CPT|12 Concepts;CW|Children welcome;DISC=D;GL|Gay/Lesbian;GP|Guiding Principles;' +
  'IP|IP study;IW|It Works study;JFT|Just for Today;LANG|Other language;LC|Living Clean;' +
  'LIT|Literature study;M;MED;NC|No children;NS|Non-smoking;QA|Questions & answers;RA|Restricted access;' +
  'SMOK|Smoking;SPAD|A Spiritual Principle a Day;SPK=SP;STEP|Step study;SWG|Step Working Guides;' +
  'TOP|Topic;TRAD|Tradition study;VAR|Format varies;W;WCHR|Wheelchair access;Y|Young people;ES=S;' +
  // The BMLT server's standard formats that have no world_id keep their key strings.
  'S-D|Speaker/discussion;CS|Children under supervision;IL|Chronic illness;Pi|Members pick who shares next;' +
  'Rr|Sharing in turn;SC|Security cameras;SL=ASL;Ti|Timed shares;OE|No set end time;Ag|Agnostic;FD|Steps 5 and 10';

/**
 * The key strings of the BMLT server's standard formats (and their North American variants) that
 * differ from their `world_id` (the others are the same). Used when a plain `GetSearchResults`
 * array carries keys but no format table.
 */
export const NA_KEY_TO_WORLD: ReadonlyMap<string, string> = new Map(
  'O:OPEN C:CLOSED B:BEG D:DISC ST:STEP St:STEP TR:TRAD Tr:TRAD TW:TRAD WC:WCHR YP:Y BL:LANG CL:CAN JT:JFT RF:VAR SD:S-D SG:SWG So:SPK To:TOP BK:LIT AB:QA ME:MED CP:CPT'
    .split(' ')
    .map((p) => p.split(':') as [string, string]),
);

let tables: Record<string, Labels> | undefined;

function parse(fellowship: string, spec: string, aa?: Labels): Labels {
  const out: Labels = new Map();
  for (const entry of spec.split(';')) {
    const [code, en] = entry.split('|');
    const [key, ref = key] = code.split('=');
    out.set(key, en ? [en, `${fellowship}:${key}`] : aa!.get(ref)!);
  }
  return out;
}

function table(fellowship: string): Labels {
  if (!tables) {
    const aa = parse('aa', AA);
    tables = { aa, 'al-anon': parse('al-anon', AL_ANON, aa), na: parse('na', NA, aa) };
  }
  return tables[fellowship] ?? tables.aa;
}

/**
 * The label for a type code, or the code itself when it is not one we know. `translate` gives the
 * language pack's label for a key (`aa:O`), when the visitor reads another language than English.
 * `names` are the feed's own (a BMLT server's format names): they come before our English labels,
 * and after our translations, since a server names its formats in one language only.
 */
export function typeLabel(
  code: string,
  fellowship: Fellowship = 'aa',
  translate?: (key: string) => string | undefined,
  names?: ReadonlyMap<string, string>,
): string {
  const labels = table(fellowship);
  const entry = labels.get(code) ?? (fellowship === 'na' ? labels.get(NA_KEY_TO_WORLD.get(code)!) : undefined);
  return (entry && translate?.(entry[1])) || names?.get(code) || entry?.[0] || code;
}

/**
 * A feed's type as a code: the code itself when known, else the code whose English label it spells
 * in any case (a feed that writes `open` or `Wheelchair Access` means `O` or `X`), else as written.
 */
export function typeCode(text: string, fellowship: Fellowship): string {
  const labels = table(fellowship);
  if (labels.has(text)) return text;
  // Built once per vocabulary: a large feed asks for every type of every record.
  let byLabel = spelled.get(labels);
  if (!byLabel) {
    byLabel = new Map([...labels].reverse().map(([code, [label]]) => [label.toLowerCase(), code]));
    spelled.set(labels, byLabel);
  }
  return byLabel.get(text.toLowerCase()) ?? text;
}

const spelled = new WeakMap<Labels, Map<string, string>>();

/** Every labelled code of every fellowship, as pack key → English label (the `types` namespace). */
export function typeMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const fellowship of ['aa', 'al-anon', 'na'])
    for (const [label, key] of table(fellowship).values()) out[key] = label;
  return out;
}

/** Every code with a label for this fellowship, in table order. */
export function knownTypes(fellowship: Fellowship = 'aa'): string[] {
  return [...table(fellowship).keys()];
}

/** Codes that describe how to attend rather than what the meeting is (menus may hide them). */
export const ATTENDANCE_CODES: ReadonlySet<string> = new Set(['ONL', 'TC', 'VM', 'HY']);
