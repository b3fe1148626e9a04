import { html, nothing, type TemplateResult } from 'lit';
import { warn } from './warn.js';

export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * Reads a `heading-level` attribute. Level 1 is refused on purpose: the host page's own `<h1>` is
 * the page title, and a widget must fit under it.
 */
export function headingLevel(tag: string, value: unknown, fallback: HeadingLevel = 2): HeadingLevel {
  if (value === undefined || value === null || value === '') return fallback;
  const n = Number(value);
  if (Number.isInteger(n) && n >= 2 && n <= 6) return n as HeadingLevel;
  warn(tag, `heading-level="${String(value).slice(0, 20)}" must be a whole number from 2 to 6; using ${fallback}.`);
  return fallback;
}

/** One level deeper, capped at 6, for sub-headings. */
export const below = (level: HeadingLevel): HeadingLevel => Math.min(level + 1, 6) as HeadingLevel;

/** A real `<hN>` element (crawlers and screen readers both prefer it to `role="heading"`). */
export function heading(level: HeadingLevel, content: unknown, part: string, id?: string): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 part=${part} id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? nothing}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id ?? nothing}>${content}</h6>`;
  }
}
