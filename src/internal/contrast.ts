/**
 * WCAG contrast of the colors in effect on a widget. Shared by the console guard and the
 * configurator page, so both report the same ratios.
 *
 * Colors are read from the browser itself (a hidden probe inside the widget's root), so whatever a
 * partner wrote (hex, `oklch()`, `light-dark()`, `color-mix()`, a derived dark color) is resolved
 * the way it is drawn. `color-mix(in srgb, x, x)` is x, and its computed value is always written
 * `color(srgb r g b / a)`: one format to parse, with no canvas (which privacy tools block or
 * randomize).
 */

/** sRGB channels 0-1 and alpha. */
export type Rgba = number[];

/**
 * The pairs a widget draws: foreground token, background token, and the ratio WCAG 2.2 AA asks
 * for (4.5:1 for text and button labels; 3:1 for the focus ring, control borders and the error
 * border). Token names are the private ones without `--_`.
 */
export const PAIRS = (
  'text surface,muted surface,primary surface,text surface-alt,muted surface-alt,primary surface-alt,' +
  'on-primary primary,focus surface 3,border surface 3,danger surface 3'
)
  .split(',')
  .map((pair) => pair.split(' '));

/**
 * Reads the private color tokens in effect on `root`; undefined where the browser cannot resolve
 * them (no `color-mix()`), so the caller says nothing rather than something wrong.
 */
export function readTokens(root: Element, names: string[]): Record<string, Rgba> | undefined {
  const probe = root.appendChild(document.createElement('i'));
  probe.hidden = true;
  const out: Record<string, Rgba> = {};
  try {
    for (const name of names) {
      probe.style.color = `color-mix(in srgb,var(--_${name}),var(--_${name}))`;
      const m = /srgb ([^)]*)/.exec(getComputedStyle(probe).color);
      if (!m) return undefined;
      out[name] = m[1].split(/[ /]+/).map(Number);
    }
    return out;
  } finally {
    probe.remove();
  }
}

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const linear = (v: number) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);

/** Relative luminance (WCAG 2) of an opaque color. */
export const luminance = (c: Rgba): number =>
  0.2126 * linear(clamp(c[0])) + 0.7152 * linear(clamp(c[1])) + 0.0722 * linear(clamp(c[2]));

/** `fg` drawn over the opaque `bg`, as the browser blends it. */
export const over = (fg: Rgba, bg: Rgba): Rgba => {
  const a = fg[3] ?? 1;
  return [0, 1, 2].map((i) => clamp(fg[i]) * a + bg[i] * (1 - a));
};

/** The contrast ratio of `fg` over the opaque `bg`, 1 to 21. */
export function contrast(fg: Rgba, bg: Rgba): number {
  const a = luminance(over(fg, bg));
  const b = luminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

export const hex = (c: Rgba): string =>
  `#${[0, 1, 2]
    .map((i) =>
      Math.round(clamp(c[i]) * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

/** The first color on the way from `fg` to black (on a light `bg`) or white that reaches `min`. */
export function fix(fg: Rgba, bg: Rgba, min: number): string {
  const end = luminance(bg) > 0.18 ? 0 : 1;
  let c = fg;
  for (let t = 0; t < 1 && contrast(c, bg) < min; t += 0.05) c = [0, 1, 2].map((i) => fg[i] + (end - fg[i]) * t);
  return hex(contrast(c, bg) < min ? [end, end, end] : c);
}
