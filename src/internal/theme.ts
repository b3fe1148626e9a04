import { css } from 'lit';

/**
 * Design tokens. Partners set the public `--recovery-*` properties on `:root` or any ancestor;
 * components read only the private `--_*` ones defined here, each falling back to a built-in value,
 * so a widget looks right with no theme at all and public defaults never block inheritance.
 */
const light = css`
  --_primary: var(--recovery-color-primary, #0b5394);
  --_on-primary: var(--recovery-color-on-primary, #ffffff);
  --_text: var(--recovery-color-text, #1d2327);
  --_muted: var(--recovery-color-muted, #50575e);
  --_surface: var(--recovery-color-surface, #ffffff);
  --_surface-alt: var(--recovery-color-surface-alt, #f3f5f7);
  --_border: var(--recovery-color-border, #8c8f94);
  --_focus: var(--recovery-color-focus, #0b57d0);
  --_danger: var(--recovery-color-danger, #b3261e);
  color-scheme: light;
`;

const dark = css`
  --_primary: var(--recovery-color-primary, #9ccaff);
  --_on-primary: var(--recovery-color-on-primary, #0b1a2a);
  --_text: var(--recovery-color-text, #e8eaed);
  --_muted: var(--recovery-color-muted, #b6bcc3);
  --_surface: var(--recovery-color-surface, #1b1f24);
  --_surface-alt: var(--recovery-color-surface-alt, #262b31);
  --_border: var(--recovery-color-border, #7d848c);
  --_focus: var(--recovery-color-focus, #a8c7fa);
  --_danger: var(--recovery-color-danger, #ffb4ab);
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
`;
