import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { baseLanguage, isRightToLeft } from '../util/language.js';
import {
  formatMessage,
  isMessage,
  type Message,
  type Messages,
  type Params,
  placeholders,
} from '../util/message-format.js';
import { runSteps } from '../util/scheduling.js';
import { inheritedDir, inheritedLang } from './language.js';
import { hasPack, loadPack, onPacksChanged, packLayers } from './language-packs.js';
import { warn } from './warn.js';

/**
 * Notifies every live localizer when any `lang` attribute on the page changes (or a language pack
 * is added), so switching `<html lang>` or a wrapper's `lang` re-renders the widgets below it. One
 * observer per page copy.
 */
const live = new Set<LocalizeController<Messages>>();
let observer: MutationObserver | undefined;
const refreshAll = () => live.forEach((c) => c.refresh());

function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(refreshAll);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  onPacksChanged(refreshAll);
}

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  readonly localName: string;
}

/** The optional params argument: required only when the message has placeholders. */
type ParamsArg<M> = [keyof Params<M>] extends [never] ? [] : [params: Params<M>];

/** Each host's localizer, so its base class can wait for the language (see `languagePending`). */
const byHost = new WeakMap<HTMLElement, LocalizeController<Messages>>();

/**
 * Resolves when the host's language pack has arrived (and the host re-rendered with it);
 * `undefined` when nothing is on its way. Widgets fold it into `updateComplete`.
 */
export function languagePending(host: HTMLElement): Promise<void> | undefined {
  const c = byHost.get(host);
  return c && !c.ready ? loadPack(c.lang) : undefined;
}

/** Per language's packs, each namespace after checking it against English: what to use, key by key. */
const checked = new WeakMap<object, Record<string, Record<string, Message>>>();

/**
 * Translates a widget's strings and formats its dates, times and numbers with `Intl`.
 *
 * Each widget owns a namespace and its English messages (`<tag>.i18n.ts`, built into the script);
 * other languages come from language packs (see language-packs.ts), loaded when a widget first needs
 * them. Until its pack has arrived a widget is not `ready`: it stays in its loading state rather
 * than show English and then jump.
 */
export class LocalizeController<D extends Messages> implements ReactiveController {
  private current = 'en';
  private tag = 'en';

  constructor(
    private readonly host: LocalizeHost,
    private readonly namespace: string,
    private readonly english: D,
  ) {
    host.addController(this);
    byHost.set(host, this as unknown as LocalizeController<Messages>);
  }

  /**
   * The language the widget is in: the page's, when the library has it (shipped or added by the
   * partner), else English. Read afresh: a widget's `willUpdate` runs before controllers'
   * `hostUpdate`, and it must fetch in the language the page has now.
   */
  get lang(): string {
    this.resolve();
    return this.current;
  }

  /** The full tag in force (`es-MX`), for `Intl` formatting in the reader's region. */
  get locale(): string {
    if (baseLanguage(this.tag) !== this.current) return this.current;
    try {
      return Intl.getCanonicalLocales(this.tag)[0] ?? this.current;
    } catch {
      return this.current;
    }
  }

  /** False while the language's pack is on its way: render the loading state, not English. */
  get ready(): boolean {
    return !hasPack(this.lang) || !!packLayers(this.current);
  }

  /** The text direction: the page's `dir` when it sets one, else the widget's language's. */
  get dir(): 'rtl' | 'ltr' {
    return inheritedDir(this.host) ?? (isRightToLeft(this.lang) ? 'rtl' : 'ltr');
  }

  hostConnected(): void {
    live.add(this as unknown as LocalizeController<Messages>);
    watchLangChanges();
    this.resolve();
  }

  hostDisconnected(): void {
    live.delete(this as unknown as LocalizeController<Messages>);
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Re-reads the language; re-renders the host if it changed. */
  refresh(): void {
    const before = `${this.tag}|${this.current}`;
    this.resolve();
    if (`${this.tag}|${this.current}` !== before) this.host.requestUpdate();
  }

  private resolve(): void {
    const tag = inheritedLang(this.host);
    const base = baseLanguage(tag);
    if (!base) {
      // `Intl` throws on a malformed tag (`en-`, `es-MX-`): it must never get that far.
      const own = this.host.getAttribute('lang') === tag;
      warn(
        this.host.localName,
        `lang="${tag.slice(0, 40)}"${own ? '' : ' (on the page)'} is not a language tag (like en, es or fr-CA); showing English.`,
      );
    } else if (!hasPack(base) && base !== 'en' && this.host.getAttribute('lang') === tag) {
      warn(
        this.host.localName,
        `lang="${tag.slice(0, 40)}": the widgets have no ${base} texts yet; showing English. Add a language pack to translate them.`,
      );
    }
    this.tag = base ? tag : 'en';
    this.current = base && (base === 'en' || hasPack(base)) ? base : 'en';
    const language = this.current;
    if (hasPack(language) && !packLayers(language)) {
      void loadPack(language).then(() => this.current === language && this.host.requestUpdate());
    }
  }

  /**
   * This namespace's messages in the current language, checked against English once per page: each
   * string from the last pack that has it valid (a partner's first, then ours), else English.
   */
  private pack(): Record<string, Message> | undefined {
    const language = this.current;
    const layers = packLayers(language);
    if (!layers?.length) return undefined;
    let byNamespace = checked.get(layers);
    if (!byNamespace) checked.set(layers, (byNamespace = {}));
    let use = byNamespace[this.namespace];
    if (!use) {
      use = byNamespace[this.namespace] = {};
      const refused: string[] = [];
      for (const [name, english] of Object.entries(this.english)) {
        const allowed = placeholders(english);
        const valid = (m: unknown): m is Message => isMessage(m) && [...placeholders(m)].every((p) => allowed.has(p));
        const found = layers.map((layer) => layer[this.namespace]?.[name]);
        let best: Message | undefined;
        for (const m of found) if (valid(m)) best = m;
        if (best !== undefined) use[name] = best;
        // Missing everywhere (in a language other than English), or given but unusable.
        if (found.some((m) => m !== undefined && !valid(m)) || (best === undefined && language !== 'en'))
          refused.push(name);
      }
      if (refused.length) {
        warn(
          this.host.localName,
          `the ${language} language pack lacks ${refused.length} string${refused.length === 1 ? '' : 's'} ` +
            `(or has placeholders English lacks) in "${this.namespace}": ${refused.slice(0, 12).join(', ')}` +
            `${refused.length > 12 ? ', ...' : ''}; ${language === 'en' ? 'ours are shown instead' : 'they are shown in English'}.`,
        );
      }
    }
    return use;
  }

  t<K extends keyof D & string>(key: K, ...[params]: ParamsArg<D[K]>): string {
    const message = this.pack()?.[key] ?? this.english[key];
    // In right-to-left text each value is isolated, so a phone number, a host name or an English
    // name keeps its own order and does not pull the punctuation around it.
    return formatMessage(
      message,
      params as Record<string, string | number> | undefined,
      this.plural,
      (n) => this.number(n),
      isRightToLeft(this.current),
    );
  }

  /**
   * A string of a data namespace (`types`, `directory`, ...) in the current language, whose English
   * lives with the data itself; `undefined` when the pack has none (use English).
   */
  data(namespace: string, key: string): string | undefined {
    const layers = packLayers(this.current) ?? [];
    for (let i = layers.length - 1; i >= 0; i--) {
      const value = layers[i][namespace]?.[key];
      if (typeof value === 'string') return value;
    }
    return undefined;
  }

  /** The plural form for a count. English needs no `Intl`, so a first render never builds one. */
  private plural = (count: number): string =>
    this.current === 'en' ? (count === 1 ? 'one' : 'other') : cached(Intl.PluralRules, this.locale).select(count);

  date(value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const day = typeof value === 'string';
    const date = day ? parseDay(value) : value;
    if (!date || Number.isNaN(date.getTime())) return '';
    const french = this.lang === 'fr';
    const f = format(this.locale, day ? { ...options, timeZone: 'UTC' } : options);
    if (!french) return f.format(date);
    // French writes the first of a month as an ordinal, "1er décembre", which Intl does not; a
    // numeric date ("01/12/2026") stays as it is.
    const parts = f.formatToParts(date);
    const named = parts.some((p) => p.type === 'month' && /\D/.test(p.value));
    return parts.map((p) => (named && p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value)).join('');
  }

  time(value: Date, options: Intl.DateTimeFormatOptions = { timeStyle: 'short' }): string {
    return format(this.locale, options).format(value);
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return cached(Intl.NumberFormat, this.locale, options).format(value);
  }

  list(items: string[], type: Intl.ListFormatType = 'conjunction'): string {
    return cached(Intl.ListFormat, this.locale, { style: 'long', type }).format(items);
  }

  /**
   * Gets the browser's internationalization data ready ahead of need, one small step per task,
   * while a widget waits for its data; resolves when done. The page's first `Intl` object loads
   * locale data, and its first date formatter zone data: made in one go, that is a long task on a
   * slow phone (about 50 ms at a 4x slower CPU). In these steps none takes more than about 30 ms.
   * A widget awaits this before showing its data, so the task that shows it never pays. `sorting`
   * adds the collation data a widget that sorts names needs (the finder).
   */
  warm({ sorting = false } = {}): Promise<void> {
    const locale = this.locale;
    const pack = loadPack(this.lang);
    const steps = [
      // Likely subtags: the first slice of the locale data, cheap to load on its own.
      () => new Intl.Locale(locale).maximize(),
      () => cached(Intl.PluralRules, locale),
      () => cached(Intl.NumberFormat, locale),
      () => format(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      // The visitor's own zone, which schedules need.
      () => Intl.DateTimeFormat().resolvedOptions(),
      () => cached(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' }),
      ...(sorting ? [() => new Intl.Collator(locale).compare('a', 'b')] : []),
    ];
    const key = `${locale}|${sorting}|${this.lang}`;
    let ready = warming.get(key);
    if (!ready) {
      // After the first chain, the data is loaded: a later one (another language, another widget)
      // runs in the same order behind it, and costs little. The language's texts load meanwhile: a
      // widget shows its data only once it can say it in that language.
      const intl = (last = last.then(() => runSteps(steps)));
      warming.set(key, (ready = Promise.all([intl, pack]).then(() => undefined)));
    }
    return ready;
  }
}

const warming = new Map<string, Promise<void>>();
let last: Promise<void> = Promise.resolve();

const formatters = new Map<string, unknown>();
/** Intl formatters are slow to create and immutable: one per constructor, locale and options. */
function cached<T, O>(Format: new (locale: string, options?: O) => T, locale: string, options?: O): T {
  const key = `${Format.name}|${locale}|${JSON.stringify(options ?? {})}`;
  let f = formatters.get(key) as T | undefined;
  if (!f) formatters.set(key, (f = new Format(locale, options)));
  return f;
}

const format = (locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat =>
  cached(Intl.DateTimeFormat, locale, options);

/**
 * A calendar day (`2024-07-08`) is a date, not an instant: read it at noon UTC and format it in UTC
 * so no reader's time zone moves it to the day before.
 */
function parseDay(value: string): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
}
