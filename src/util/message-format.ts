/**
 * Interface messages as data, so a language pack is plain JSON that can never run or become markup:
 * text with `{name}` placeholders, or plural forms (`one`, `other`, and `zero`, `two`, `few`, `many`
 * where a language needs them) chosen by the number in the `count` parameter.
 */

export type PluralForms = { readonly other: string } & Readonly<Partial<Record<Intl.LDMLPluralRule, string>>>;
export type Message = string | PluralForms;
export type Messages = Readonly<Record<string, Message>>;

type Placeholders<S> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;

/** The parameter names a message takes: its placeholders, plus `count` for plural forms. */
export type ParamNames<M> = M extends string
  ? Placeholders<M>
  : M extends PluralForms
    ? 'count' | Placeholders<M[keyof M] & string>
    : never;

export type Params<M> = { [K in ParamNames<M>]: string | number };

const PLACEHOLDER = /\{(\w+)\}/g;

/** Every `{name}` in a message (in any of its forms). */
export function placeholders(message: Message): Set<string> {
  const names = new Set<string>();
  for (const text of typeof message === 'string' ? [message] : Object.values(message)) {
    for (const m of String(text).matchAll(PLACEHOLDER)) names.add(m[1]);
  }
  return names;
}

/**
 * The message as text. `plural` names the form for a count (Intl.PluralRules for the language);
 * `number` writes a number as the reader's locale does. A placeholder without a value is kept as
 * written, so a pack's mistake shows up as `{name}`, never as a crash.
 */
export function formatMessage(
  message: Message,
  params: Readonly<Record<string, string | number>> = {},
  plural: (count: number) => string,
  number: (value: number) => string,
  /** Wrap each value in FSI … PDI (right-to-left text, where a value's own direction must hold). */
  isolate = false,
): string {
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count);
    // Exact zero wins when a language writes it differently ("no meetings").
    text = (count === 0 && message.zero) || message[plural(count) as Intl.LDMLPluralRule] || message.other;
  }
  return text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    const text = typeof value === 'number' ? number(value) : value;
    return isolate ? `\u2068${text}\u2069` : text;
  });
}

/**
 * The longest text one message (or plural form) may have: four times our longest. A pack's message
 * of a megabyte that repeats `{organization}` made a 13 MB heading and froze the page for seconds.
 */
export const MAX_MESSAGE = 1000;

const isText = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_MESSAGE;

/**
 * True for a well-formed message: a string, or plural forms whose values are strings and that have
 * `other`; no text longer than MAX_MESSAGE.
 */
export function isMessage(value: unknown): value is Message {
  if (typeof value === 'string') return isText(value);
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const forms = Object.entries(value);
  return (
    typeof (value as PluralForms).other === 'string' &&
    forms.every(([k, v]) => isText(v) && /^(zero|one|two|few|many|other)$/.test(k))
  );
}
