import { warn } from './warn.js';

/**
 * A whole-number attribute within `[min, max]`, or undefined when unset or refused; a refused value
 * gets one console line naming it, the range, and what happens instead (`otherwise`).
 */
export function wholeNumber(
  tag: string,
  attribute: string,
  value: string | undefined,
  [min, max]: readonly [number, number],
  unit: string,
  otherwise: string,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  const n = Number(text);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  warn(
    tag,
    `${attribute}="${text.slice(0, 20)}" must be a whole number of ${unit} from ${min} to ${max}; ${otherwise}.`,
  );
  return undefined;
}
