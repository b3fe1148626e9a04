/**
 * Meeting type codes and their labels, per fellowship. AA's codes follow the Meeting Guide spec
 * (code4recovery/spec); Al-Anon's are the ones 12 Step Meeting List sites publish for Al-Anon
 * (`Y` is Alateen there, not "Young People"); NA's are the BMLT/NAWS format `world_id`s, with
 * the usual English key strings as aliases.
 */
import type { Language } from '../internal/language.js';
import type { Fellowship } from './types.js';

type Labels = Record<string, readonly [en: string, es: string]>;

/** Codes shared by several fellowships' feeds (legacy online/closed markers included). */
const COMMON: Labels = {
  ONL: ['Online', 'En línea'],
  TC: ['Location temporarily closed', 'Ubicación temporalmente cerrada'],
};

const AA: Labels = {
  '11': ['11th Step Meditation', 'Meditación del Paso 11'],
  '12x12': ['12 Steps & 12 Traditions', '12 Pasos y 12 Tradiciones'],
  A: ['Secular', 'Secular'],
  ABSI: ['As Bill Sees It', 'Como lo ve Bill'],
  AL: ['Concurrent with Alateen', 'Concurrente con Alateen'],
  'AL-AN': ['Concurrent with Al-Anon', 'Concurrente con Al-Anon'],
  AM: ['Amharic', 'Amárico'],
  ASL: ['American Sign Language', 'Lengua de señas americana'],
  B: ['Big Book', 'Libro Grande'],
  BA: ['Babysitting Available', 'Guardería disponible'],
  BE: ['Newcomer', 'Principiantes'],
  BI: ['Bisexual', 'Bisexual'],
  BRK: ['Breakfast', 'Desayuno'],
  C: ['Closed', 'Cerrada'],
  CAN: ['Candlelight', 'A la luz de las velas'],
  CF: ['Child-Friendly', 'Apta para niños'],
  D: ['Discussion', 'Discusión'],
  DA: ['Danish', 'Danés'],
  DB: ['Digital Basket', 'Canasta digital'],
  DD: ['Dual Diagnosis', 'Diagnóstico dual'],
  DE: ['German', 'Alemán'],
  DR: ['Daily Reflections', 'Reflexiones Diarias'],
  EL: ['Greek', 'Griego'],
  EN: ['English', 'Inglés'],
  FA: ['Persian', 'Persa'],
  FF: ['Fragrance Free', 'Sin fragancias'],
  FR: ['French', 'Francés'],
  G: ['Gay', 'Gay'],
  GR: ['Grapevine', 'La Viña'],
  H: ['Birthday', 'Cumpleaños'],
  HE: ['Hebrew', 'Hebreo'],
  HI: ['Hindi', 'Hindi'],
  HR: ['Croatian', 'Croata'],
  HU: ['Hungarian', 'Húngaro'],
  ITA: ['Italian', 'Italiano'],
  JA: ['Japanese', 'Japonés'],
  KOR: ['Korean', 'Coreano'],
  L: ['Lesbian', 'Lesbiana'],
  LGBTQ: ['LGBTQ', 'LGBTQ'],
  LIT: ['Literature', 'Literatura'],
  LS: ['Living Sober', 'Viviendo Sobrio'],
  LT: ['Lithuanian', 'Lituano'],
  M: ['Men', 'Hombres'],
  MED: ['Meditation', 'Meditación'],
  ML: ['Malayalam', 'Malayalam'],
  N: ['Native American', 'Nativo americano'],
  NB: ['Non-Binary', 'No binario'],
  NDG: ['Indigenous', 'Indígena'],
  NO: ['Norwegian', 'Noruego'],
  O: ['Open', 'Abierta'],
  OUT: ['Outdoor', 'Al aire libre'],
  P: ['Professionals', 'Profesionales'],
  POA: ['Proof of Attendance', 'Prueba de asistencia'],
  POC: ['People of Color', 'Personas de color'],
  POL: ['Polish', 'Polaco'],
  POR: ['Portuguese', 'Portugués'],
  PUN: ['Punjabi', 'Punjabi'],
  RUS: ['Russian', 'Ruso'],
  S: ['Spanish', 'Español'],
  SEN: ['Seniors', 'Personas mayores'],
  SK: ['Slovak', 'Eslovaco'],
  SM: ['Smoking Permitted', 'Se permite fumar'],
  SP: ['Speaker', 'Orador'],
  ST: ['Step Study', 'Estudio de pasos'],
  SV: ['Swedish', 'Sueco'],
  T: ['Transgender', 'Transgénero'],
  TH: ['Thai', 'Tailandés'],
  TL: ['Tagalog', 'Tagalo'],
  TR: ['Tradition Study', 'Estudio de tradiciones'],
  UK: ['Ukrainian', 'Ucraniano'],
  W: ['Women', 'Mujeres'],
  X: ['Wheelchair Access', 'Acceso en silla de ruedas'],
  XB: ['Wheelchair-Accessible Bathroom', 'Baño accesible en silla de ruedas'],
  XT: ['Cross Talk Permitted', 'Se permite opinar'],
  Y: ['Young People', 'Gente joven'],
  ...COMMON,
};

const AL_ANON: Labels = {
  A: ['Atheist / Agnostic', 'Ateos / agnósticos'],
  AC: ['Adult Children of Alcoholics', 'Hijos adultos de alcohólicos'],
  AL: ['Concurrent with Alateen', 'Concurrente con Alateen'],
  BE: ['Newcomer', 'Principiantes'],
  C: ['Closed', 'Cerrada'],
  CAN: ['Candlelight', 'A la luz de las velas'],
  CF: ['Child-Friendly', 'Apta para niños'],
  D: ['Discussion', 'Discusión'],
  DB: ['Digital Basket', 'Canasta digital'],
  FF: ['Fragrance Free', 'Sin fragancias'],
  G: ['Gay', 'Gay'],
  L: ['Lesbian', 'Lesbiana'],
  LGBTQ: ['LGBTQ', 'LGBTQ'],
  LGBTQIA: ['LGBTQIA+', 'LGBTQIA+'],
  LIT: ['Literature', 'Literatura'],
  M: ['Men', 'Hombres'],
  MED: ['Meditation', 'Meditación'],
  O: ['Open', 'Abierta'],
  POA: ['Parents of Alcoholics', 'Padres de alcohólicos'],
  POC: ['People of Color', 'Personas de color'],
  S: ['Spanish', 'Español'],
  SP: ['Speaker', 'Orador'],
  ST: ['Step Study', 'Estudio de pasos'],
  T: ['Transgender', 'Transgénero'],
  TR: ['Tradition Study', 'Estudio de tradiciones'],
  W: ['Women', 'Mujeres'],
  X: ['Wheelchair Access', 'Acceso en silla de ruedas'],
  Y: ['Alateen', 'Alateen'],
  ...COMMON,
};

/** Keyed by NAWS `world_id`, the code that means the same on every BMLT server. */
const NA: Labels = {
  OPEN: ['Open', 'Abierta'],
  CLOSED: ['Closed', 'Cerrada'],
  VM: ['Virtual', 'Virtual'],
  HY: ['Hybrid', 'Híbrida'],
  TC: ['Temporarily closed', 'Cerrada temporalmente'],
  BEG: ['Beginners', 'Principiantes'],
  BT: ['Basic Text', 'Texto Básico'],
  CAN: ['Candlelight', 'A la luz de las velas'],
  CH: ['Closed holidays', 'Cerrada en días festivos'],
  CPT: ['12 Concepts', '12 Conceptos'],
  CW: ['Children welcome', 'Niños bienvenidos'],
  DISC: ['Discussion', 'Discusión'],
  GL: ['Gay/Lesbian', 'Gay/Lesbiana'],
  GP: ['Guiding Principles', 'Principios Guía'],
  IP: ['IP study', 'Estudio de folletos'],
  IW: ['It Works study', 'Estudio de Funciona'],
  JFT: ['Just for Today', 'Solo por Hoy'],
  LANG: ['Other language', 'Otro idioma'],
  LC: ['Living Clean', 'Vivir Limpio'],
  LIT: ['Literature study', 'Estudio de literatura'],
  M: ['Men', 'Hombres'],
  MED: ['Meditation', 'Meditación'],
  NC: ['No children', 'Sin niños'],
  NS: ['Non-smoking', 'No se fuma'],
  QA: ['Questions & answers', 'Preguntas y respuestas'],
  RA: ['Restricted access', 'Acceso restringido'],
  SMOK: ['Smoking', 'Se permite fumar'],
  SPAD: ['A Spiritual Principle a Day', 'Un Principio Espiritual al Día'],
  SPK: ['Speaker', 'Orador'],
  STEP: ['Step study', 'Estudio de pasos'],
  SWG: ['Step Working Guides', 'Guías para Trabajar los Pasos'],
  TOP: ['Topic', 'Tema'],
  TRAD: ['Tradition study', 'Estudio de tradiciones'],
  VAR: ['Format varies', 'Formato variable'],
  W: ['Women', 'Mujeres'],
  WCHR: ['Wheelchair access', 'Acceso en silla de ruedas'],
  Y: ['Young people', 'Jóvenes'],
  ES: ['Spanish', 'Español'],
};

/**
 * The key strings North American BMLT servers use, mapped to `world_id`. Used when a plain
 * `GetSearchResults` array carries keys but no format table.
 */
export const NA_KEY_TO_WORLD: Readonly<Record<string, string>> = {
  O: 'OPEN',
  C: 'CLOSED',
  B: 'BEG',
  BEG: 'BEG',
  BT: 'BT',
  CAN: 'CAN',
  CH: 'CH',
  CW: 'CW',
  D: 'DISC',
  DISC: 'DISC',
  ES: 'ES',
  GL: 'GL',
  GP: 'GP',
  HY: 'HY',
  IP: 'IP',
  IW: 'IW',
  JFT: 'JFT',
  LC: 'LC',
  LIT: 'LIT',
  M: 'M',
  MED: 'MED',
  NC: 'NC',
  NS: 'NS',
  QA: 'QA',
  RA: 'RA',
  SMOK: 'SMOK',
  SPAD: 'SPAD',
  SPK: 'SPK',
  ST: 'STEP',
  SWG: 'SWG',
  TC: 'TC',
  TOP: 'TOP',
  TR: 'TRAD',
  TRAD: 'TRAD',
  VAR: 'VAR',
  VM: 'VM',
  W: 'W',
  WC: 'WCHR',
  WCHR: 'WCHR',
  Y: 'Y',
  YP: 'Y',
};

const TABLES: Record<Fellowship, Labels> = { aa: AA, 'al-anon': AL_ANON, na: NA, other: AA };

/** The label for a type code, or the code itself when it is not one we know. */
export function typeLabel(code: string, fellowship: Fellowship = 'aa', language: Language | string = 'en'): string {
  const table = TABLES[fellowship] ?? AA;
  const entry = Object.hasOwn(table, code)
    ? table[code]
    : fellowship === 'na' && Object.hasOwn(NA_KEY_TO_WORLD, code)
      ? table[NA_KEY_TO_WORLD[code]]
      : undefined;
  if (!entry) return code;
  return language === 'es' ? entry[1] : entry[0];
}

/** Every code with a label for this fellowship, in table order. */
export function knownTypes(fellowship: Fellowship = 'aa'): string[] {
  return Object.keys(TABLES[fellowship] ?? AA);
}

/** Codes that describe how to attend rather than what the meeting is (menus may hide them). */
export const ATTENDANCE_CODES: ReadonlySet<string> = new Set(['ONL', 'TC', 'VM', 'HY']);
