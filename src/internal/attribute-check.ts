import { warn } from './warn.js';

/**
 * Attributes any element may carry, which a webmaster, a CMS or a framework legitimately puts on
 * a widget: the global HTML attributes (microdata included), and the prefixes data-, aria-, on
 * (event handlers) and those of Alpine, Vue, Angular and htmx (x-, v-, ng-, hx-). Names with other
 * characters (`:class`, `@click`, `_ngcontent-c0`, `wire:model`) are a framework's too.
 */
const GLOBAL = new Set(
  'id class style lang dir hidden slot part title tabindex role inert exportparts translate accesskey autofocus autocapitalize autocorrect contenteditable draggable enterkeyhint inputmode is nonce popover spellcheck writingsuggestions itemid itemprop itemref itemscope itemtype xmlns'.split(
    ' ',
  ),
);
const FOREIGN = /^(data|aria|x|v|ng|hx)-|^on|[^a-z\d-]/;

/** Edits between two names (insert, delete, change, or swap two neighbors), capped at 3. */
function distance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  // rows[i][j]: edits from a[0, i) to b[0, j).
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const same = a[i - 1] === b[j - 1] ? 0 : 1;
      rows[i][j] = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + same);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        rows[i][j] = Math.min(rows[i][j], rows[i - 2][j - 2] + 1);
    }
  return rows[a.length][b.length];
}

/**
 * Names, once per element tag and attribute, each attribute on `el` that the widget does not read,
 * with the nearest one it does when that is a typo away ("phnoe" → "phone"): a misspelled attribute
 * otherwise does nothing, silently. `known` are the element's own attribute names.
 */
export function checkAttributes(el: Element, known: Iterable<string>): void {
  const names = [...known];
  for (const name of el.getAttributeNames()) {
    if (GLOBAL.has(name) || FOREIGN.test(name) || names.includes(name)) continue;
    let best = '';
    let least = name.length > 5 ? 3 : 2;
    for (const candidate of names) {
      const d = distance(name, candidate);
      if (d < least) [best, least] = [candidate, d];
    }
    warn(
      el.localName,
      `"${name}" is not an attribute of <${el.localName}>; ${best ? `did you mean "${best}"?` : 'it is ignored.'}`,
    );
  }
}
