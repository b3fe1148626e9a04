import { css } from 'lit';

/**
 * Design tokens. Partners set the public `--recovery-*` properties on `:root` or any ancestor;
 * components read only the private `--_*` ones defined here, each falling back to a built-in value,
 * so a widget looks right with no theme at all and public defaults never block inheritance.
 *
 * The light theme reads `--recovery-color-*`, the dark theme `--recovery-dark-color-*`. A partner
 * who sets only the light colors must still get a readable dark theme, so the dark brand colors
 * (primary, focus, danger) are derived from the light ones: the same hue, lifted to an OKLCH
 * lightness of 0.78 or more with chroma kept to 0.16, which measures 6.2:1 or more on both dark
 * surfaces for every hue (test/theme/derived-dark.test.ts). The dark neutrals (text, surfaces,
 * borders) never follow the light ones: a light surface is no dark surface.
 */
const light = css`
  --_primary: var(--recovery-color-primary, #0b5394);
  --_on-primary: var(--recovery-color-on-primary, #fff);
  --_text: var(--recovery-color-text, #1d2327);
  --_muted: var(--recovery-color-muted, #50575e);
  --_surface: var(--recovery-color-surface, #fff);
  --_surface-alt: var(--recovery-color-surface-alt, #f3f5f7);
  --_border: var(--recovery-color-border, #8c8f94);
  --_focus: var(--recovery-color-focus, #0b57d0);
  --_danger: var(--recovery-color-danger, #b3261e);
  color-scheme: light;
`;

/**
 * The dark brand colors: the partner's own dark color, else one derived from their light color
 * (below), else the built-in one, which is also what browsers without relative colors get.
 */
const dark = css`
  --_primary: var(--recovery-dark-color-primary, var(--_derived-primary, #9ccaff));
  --_on-primary: var(--recovery-dark-color-on-primary, #0b1a2a);
  --_text: var(--recovery-dark-color-text, #e8eaed);
  --_muted: var(--recovery-dark-color-muted, #b6bcc3);
  --_surface: var(--recovery-dark-color-surface, #1b1f24);
  --_surface-alt: var(--recovery-dark-color-surface-alt, #262b31);
  --_border: var(--recovery-dark-color-border, #7d848c);
  --_focus: var(--recovery-dark-color-focus, var(--_derived-focus, #a8c7fa));
  --_danger: var(--recovery-dark-color-danger, var(--_derived-danger, #ffb4ab));
  color-scheme: dark;
`;

/** Classes on each widget's root element: `theme-light`, `theme-dark`, `theme-auto`. */
export const themeStyles = css`
  .theme-light,
  .theme-auto {
    ${light}
  }
  .theme-dark {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    .theme-auto {
      ${dark}
    }
  }
  /* Unset light colors leave these invalid, so the built-in dark ones apply. */
  @supports (color: oklch(from red max(l, 0.78) c h)) {
    .root {
      --_derived-primary: oklch(from var(--recovery-color-primary) max(l, 0.78) min(c, 0.16) h);
      --_derived-focus: oklch(from var(--recovery-color-focus) max(l, 0.78) min(c, 0.16) h);
      --_derived-danger: oklch(from var(--recovery-color-danger) max(l, 0.78) min(c, 0.16) h);
    }
  }
`;
