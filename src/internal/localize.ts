import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isSupported, type Language, matchLanguage } from '../util/language.js';
import { inheritedLang } from './language.js';
import { runSteps } from '../util/scheduling.js';
import { warn } from './warn.js';

/** A message is text, or a function of its arguments (plurals, names, numbers). */
export type Message = string | ((...args: any[]) => string);
export type Dictionary = Record<string, Message>;

/** Every language must define every key of the English dictionary, with the same arguments. */
export type Translations<D extends Dictionary> = { [L in Language]: { [K in keyof D]: D[K] } };

type Args<M> = M extends (...args: infer A) => string ? A : [];

/**
 * Notifies every live localizer when any `lang` attribute on the page changes, so switching
 * `<html lang>` or a wrapper's `lang` re-renders the widgets below it. One observer per page copy.
 */
const live = new Set<LocalizeController<Dictionary>>();
let observer: MutationObserver | undefined;

function watchLangChanges(): void {
  if (observer) return;
  observer = new MutationObserver(() => live.forEach((c) => c.refresh()));
  observer.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

export interface LocalizeHost extends ReactiveControllerHost, HTMLElement {
  readonly localName: string;
}

/**
 * Translates a widget's strings and formats its dates, times and numbers with `Intl`.
 *
 * Each widget passes its own dictionaries (kept beside it), so widgets stay independent and a
 * dictionary that misses a key fails the type check, not a visitor's page.
 */
export class LocalizeController<D extends Dictionary> implements ReactiveController {
  private current: Language = 'en';
  private tag = 'en';

  constructor(
    private readonly host: LocalizeHost,
    private readonly messages: Translations<D>,
  ) {
    host.addController(this);
  }

  /**
   * The supported language in use (`en` or `es`). Read afresh: a widget's `willUpdate` runs before
   * controllers' `hostUpdate`, and it must fetch in the language the page has now.
   */
  get lang(): Language {
    this.resolve();
    return this.current;
  }

  /** The full tag in force (`es-MX`), for `Intl` formatting in the reader's region. */
  get locale(): string {
    return isSupported(this.tag) ? this.tag : this.current;
  }

  hostConnected(): void {
    live.add(this as unknown as LocalizeController<Dictionary>);
    watchLangChanges();
    this.resolve();
  }

  hostDisconnected(): void {
    live.delete(this as unknown as LocalizeController<Dictionary>);
  }

  hostUpdate(): void {
    this.resolve();
  }

  /** Re-reads the language; re-renders the host only if it changed. */
  refresh(): void {
    const before = this.tag;
    this.resolve();
    if (this.tag !== before) this.host.requestUpdate();
  }

  private resolve(): void {
    const own = this.host.getAttribute('lang');
    if (own !== null && !isSupported(own)) {
      warn(
        this.host.localName,
        `lang="${own}" is not a supported language (en, es); showing ${matchLanguage(own) ?? 'en'}.`,
      );
    }
    const tag = inheritedLang(this.host);
    this.tag = tag;
    this.current = matchLanguage(tag) ?? 'en';
  }

  t<K extends keyof D>(key: K, ...args: Args<D[K]>): string {
    const message = (this.messages[this.current][key] ?? this.messages.en[key]) as Message;
    return typeof message === 'function' ? message(...args) : message;
  }

  date(value: Date | string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): string {
    const day = typeof value === 'string';
    const date = day ? parseDay(value) : value;
    if (!date || Number.isNaN(date.getTime())) return '';
    return format(this.locale, day ? { ...options, timeZone: 'UTC' } : options).format(date);
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
    const steps = [
      // Likely subtags: the first slice of the locale data, cheap to load on its own.
      () => new Intl.Locale(locale).maximize(),
      () => cached(Intl.NumberFormat, locale),
      () => format(locale, { dateStyle: 'long', timeZone: 'UTC' }),
      // The visitor's own zone, which schedules need.
      () => Intl.DateTimeFormat().resolvedOptions(),
      () => cached(Intl.ListFormat, locale, { style: 'long', type: 'conjunction' }),
      ...(sorting ? [() => new Intl.Collator(locale).compare('a', 'b')] : []),
    ];
    const key = `${locale}|${sorting}`;
    let ready = warming.get(key);
    if (!ready) {
      // After the first chain, the data is loaded: a later one (another language, another widget)
      // runs in the same order behind it, and costs little.
      warming.set(key, (ready = last = last.then(() => runSteps(steps))));
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
