/**
 * Words too common to say anything about what an article is about. Kept small on purpose: IDF
 * already discounts words that appear everywhere in the collection; these lists only remove the
 * grammar words that IDF cannot see as common in a small collection. Written without accents,
 * because tokens are compared after accents are stripped.
 */
const EN = `a about above after again against all also am an and any are as at be because been
before being below between both but by can could did do does doing down during each few for from
further had has have having he her here hers herself him himself his how however i if in into is it
its itself just let like may me might more most must my myself no nor not now of off often on once
only or other our ours ourselves out over own per same she should so some such than that the their
theirs them themselves then there these they this those through to too under until up upon us very
was we were what when where which while who whom why will with within without would yet you your
yours yourself yourselves one many much way get got make made even still really every something
things thing someone anyone people lot lots two three four five first second third less back non well new use used using know see take want need`;

const ES = `a al algo algunas algunos ante antes aquel aquella aquellas aquellos aqui asi aun aunque
bajo bien cada casi como con contra cual cuales cualquier cuando cuanto de del desde donde dos el
ella ellas ello ellos en entre era eran eres es esa esas ese eso esos esta estaba estado estais
estamos estan estar estas este esto estos estoy fue fueron fui ha habia han has hasta hay he la las
le les lo los mas me mi mis mismo mucho muy nada ni no nos nosotros nuestra nuestro nuestras
nuestros o os otra otras otro otros para pero poco por porque puede pueden que quien quienes se sea
ser si sido sin sobre solo son su sus tal tambien tan tanto te tener tiene tienen toda todas todo
todos tu tus un una unas uno unos usted ustedes va vez y ya yo cosa cosas hacer hace puede menos
mientras segun durante dos tres primer primera primero puede pueden hay sin embargo`;

const list = (words: string) => new Set(words.split(/\s+/).filter(Boolean));

export const STOP_WORDS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: list(EN),
  es: list(ES),
};

/** For a language without its own list, both lists: better to drop a few real words than keep glue. */
const BOTH = new Set([...STOP_WORDS.en, ...STOP_WORDS.es]);

export function stopWordsFor(language: string): ReadonlySet<string> {
  return STOP_WORDS[language.toLowerCase().split('-')[0]] ?? BOTH;
}
