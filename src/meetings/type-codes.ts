/**
 * Meeting type codes and their labels, per fellowship. AA's codes follow the Meeting Guide spec
 * (code4recovery/spec); Al-Anon's are the ones 12 Step Meeting List sites publish for Al-Anon
 * (`Y` is Alateen there, not "Young People"); NA's are the BMLT/NAWS format `world_id`s, with
 * the usual English key strings as aliases.
 *
 * The tables are compact strings (they are a large share of the drop-in script), parsed on first
 * use: entries split by `;`, each `CODE|English|Spanish` (Spanish omitted when it is the same
 * word), `CODE` alone for AA's entry of that code, `CODE=AA` for AA's entry under another code.
 */
import type { Language } from '../util/language.js';
import type { Fellowship } from './types.js';

type Labels = Map<string, string[]>;

/** Codes shared by several fellowships' feeds (legacy online/closed markers included). */
const COMMON = ';ONL|Online|En línea;TC|Location temporarily closed|Ubicación temporalmente cerrada';

const AA =
  '11|11th Step Meditation|Meditación del Paso 11;12x12|12 Steps & 12 Traditions|12 Pasos y 12 Tradiciones;A|Secular;' +
  'ABSI|As Bill Sees It|Como lo ve Bill;AL|Concurrent with Alateen|Concurrente con Alateen;' +
  'AL-AN|Concurrent with Al-Anon|Concurrente con Al-Anon;AM|Amharic|Amárico;ASL|American Sign Language|Lengua de señas americana;' +
  'B|Big Book|Libro Grande;BA|Babysitting Available|Guardería disponible;BE|Newcomer|Principiantes;BI|Bisexual;' +
  'BRK|Breakfast|Desayuno;C|Closed|Cerrada;CAN|Candlelight|A la luz de las velas;CF|Child-Friendly|Apta para niños;' +
  'D|Discussion|Discusión;DA|Danish|Danés;DB|Digital Basket|Canasta digital;DD|Dual Diagnosis|Diagnóstico dual;' +
  'DE|German|Alemán;DR|Daily Reflections|Reflexiones Diarias;EL|Greek|Griego;EN|English|Inglés;FA|Persian|Persa;' +
  'FF|Fragrance Free|Sin fragancias;FR|French|Francés;G|Gay;GR|Grapevine|La Viña;H|Birthday|Cumpleaños;HE|Hebrew|Hebreo;' +
  'HI|Hindi;HR|Croatian|Croata;HU|Hungarian|Húngaro;ITA|Italian|Italiano;JA|Japanese|Japonés;KOR|Korean|Coreano;' +
  'L|Lesbian|Lesbiana;LGBTQ|LGBTQ;LIT|Literature|Literatura;LS|Living Sober|Viviendo Sobrio;LT|Lithuanian|Lituano;' +
  'M|Men|Hombres;MED|Meditation|Meditación;ML|Malayalam;N|Native American|Nativo americano;NB|Non-Binary|No binario;' +
  'NDG|Indigenous|Indígena;NO|Norwegian|Noruego;O|Open|Abierta;OUT|Outdoor|Al aire libre;P|Professionals|Profesionales;' +
  'POA|Proof of Attendance|Prueba de asistencia;POC|People of Color|Personas de color;POL|Polish|Polaco;' +
  'POR|Portuguese|Portugués;PUN|Punjabi;RUS|Russian|Ruso;S|Spanish|Español;SEN|Seniors|Personas mayores;' +
  'SK|Slovak|Eslovaco;SM|Smoking Permitted|Se permite fumar;SP|Speaker|Orador;ST|Step Study|Estudio de pasos;' +
  'SV|Swedish|Sueco;T|Transgender|Transgénero;TH|Thai|Tailandés;TL|Tagalog|Tagalo;TR|Tradition Study|Estudio de tradiciones;' +
  'UK|Ukrainian|Ucraniano;W|Women|Mujeres;X|Wheelchair Access|Acceso en silla de ruedas;' +
  'XB|Wheelchair-Accessible Bathroom|Baño accesible en silla de ruedas;XT|Cross Talk Permitted|Se permite opinar;' +
  'Y|Young People|Gente joven' +
  COMMON;

const AL_ANON =
  'A|Atheist / Agnostic|Ateos / agnósticos;AC|Adult Children of Alcoholics|Hijos adultos de alcohólicos;AL;BE;C;CAN;CF;D;DB;FF;' +
  'G;L;LGBTQ;LGBTQIA|LGBTQIA+;LIT;M;MED;O;POA|Parents of Alcoholics|Padres de alcohólicos;POC;S;SP;ST;T;TR;W;X;Y|Alateen' +
  COMMON;

/** Keyed by NAWS `world_id`, the code that means the same on every BMLT server. */
const NA =
  'OPEN=O;CLOSED=C;VM|Virtual;HY|Hybrid|Híbrida;TC|Temporarily closed|Cerrada temporalmente;BEG|Beginners|Principiantes;' +
  'BT|Basic Text|Texto Básico;CAN;CH|Closed holidays|Cerrada en días festivos;CPT|12 Concepts|12 Conceptos;' +
  'CW|Children welcome|Niños bienvenidos;DISC=D;GL|Gay/Lesbian|Gay/Lesbiana;GP|Guiding Principles|Principios Guía;' +
  'IP|IP study|Estudio de folletos;IW|It Works study|Estudio de Funciona;JFT|Just for Today|Solo por Hoy;' +
  'LANG|Other language|Otro idioma;LC|Living Clean|Vivir Limpio;LIT|Literature study|Estudio de literatura;M;MED;' +
  'NC|No children|Sin niños;NS|Non-smoking|No se fuma;QA|Questions & answers|Preguntas y respuestas;' +
  'RA|Restricted access|Acceso restringido;SMOK|Smoking|Se permite fumar;' +
  'SPAD|A Spiritual Principle a Day|Un Principio Espiritual al Día;SPK=SP;STEP|Step study|Estudio de pasos;' +
  'SWG|Step Working Guides|Guías para Trabajar los Pasos;TOP|Topic|Tema;TRAD|Tradition study|Estudio de tradiciones;' +
  'VAR|Format varies|Formato variable;W;WCHR|Wheelchair access|Acceso en silla de ruedas;Y|Young people|Jóvenes;ES=S';

/**
 * The key strings North American BMLT servers use that differ from their `world_id` (the others
 * are the same). Used when a plain `GetSearchResults` array carries keys but no format table.
 */
export const NA_KEY_TO_WORLD: ReadonlyMap<string, string> = new Map(
  'O:OPEN C:CLOSED B:BEG D:DISC ST:STEP TR:TRAD WC:WCHR YP:Y'.split(' ').map((p) => p.split(':') as [string, string]),
);

let tables: Record<string, Labels> | undefined;

function parse(spec: string, aa?: Labels): Labels {
  const out: Labels = new Map();
  for (const entry of spec.split(';')) {
    const [code, en, es = en] = entry.split('|');
    const [key, ref = key] = code.split('=');
    out.set(key, en ? [en, es] : aa!.get(ref)!);
  }
  return out;
}

function table(fellowship: string): Labels {
  if (!tables) {
    const aa = parse(AA);
    tables = { aa, 'al-anon': parse(AL_ANON, aa), na: parse(NA, aa) };
  }
  return tables[fellowship] ?? tables.aa;
}

/** The label for a type code, or the code itself when it is not one we know. */
export function typeLabel(code: string, fellowship: Fellowship = 'aa', language: Language | string = 'en'): string {
  const labels = table(fellowship);
  const entry = labels.get(code) ?? (fellowship === 'na' ? labels.get(NA_KEY_TO_WORLD.get(code)!) : undefined);
  return entry ? entry[language === 'es' ? 1 : 0] : code;
}

/** Every code with a label for this fellowship, in table order. */
export function knownTypes(fellowship: Fellowship = 'aa'): string[] {
  return [...table(fellowship).keys()];
}

/** Codes that describe how to attend rather than what the meeting is (menus may hide them). */
export const ATTENDANCE_CODES: ReadonlySet<string> = new Set(['ONL', 'TC', 'VM', 'HY']);
