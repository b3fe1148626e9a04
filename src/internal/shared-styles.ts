import { css } from 'lit';
import { themeStyles } from './theme.js';

/**
 * Styles every widget shares. The root element resets what a host page's theme could push in by
 * inheritance (line height, letter spacing, text transforms), because selectors from the page
 * cannot reach inside the shadow root but inherited values can.
 */
export const sharedStyles = [
  themeStyles,
  css`
    :host {
      display: block;
      font-family: var(--recovery-font-family, inherit);
    }
    :host([hidden]) {
      display: none;
    }
    /* Laid out in English, shown once the page's language pack has arrived: no flash of English. */
    .awaiting-language {
      visibility: hidden;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .root {
      --_radius: var(--recovery-radius, 8px);
      --_space-1: var(--recovery-space-1, 0.25em);
      --_space-2: var(--recovery-space-2, 0.5em);
      --_space-3: var(--recovery-space-3, 1em);
      --_space-4: var(--recovery-space-4, 1.5em);
      color: var(--_text);
      background: var(--_surface);
      line-height: 1.5;
      letter-spacing: normal;
      word-spacing: normal;
      text-transform: none;
      text-align: start;
      text-indent: 0;
      white-space: normal;
      font-style: normal;
      font-weight: 400;
      overflow-wrap: anywhere;
    }
    h1,
    h2,
    h3,
    h4,
    h5,
    h6 {
      line-height: 1.25;
      margin: 0;
      color: inherit;
      font-family: var(--recovery-heading-font-family, inherit);
    }
    p {
      margin: 0;
    }
    a {
      color: var(--_primary);
      text-underline-offset: 0.15em;
    }
    a:hover {
      text-decoration-thickness: 2px;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    button,
    input,
    select,
    textarea {
      font: inherit;
      color: inherit;
      letter-spacing: inherit;
    }
    .button {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: var(--_space-2);
      min-height: 44px;
      padding: var(--_space-2) var(--_space-3);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_primary);
      color: var(--_on-primary);
      font-weight: 600;
      line-height: 1.2;
      text-decoration: none;
      cursor: pointer;
    }
    .button.secondary {
      background: transparent;
      color: var(--_primary);
    }
    /* Loading placeholders: a bar a line high; each widget sizes and shades its own. */
    .bar {
      display: block;
      height: 1em;
      border-radius: var(--_radius);
      background: var(--_surface-alt);
    }
    .visually-hidden {
      position: absolute !important;
      width: 1px;
      height: 1px;
      margin: -1px;
      padding: 0;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
      border: 0;
    }
    @media (prefers-reduced-motion: reduce) {
      *,
      *::before,
      *::after {
        animation-duration: 0.01ms !important;
        animation-iteration-count: 1 !important;
        transition-duration: 0.01ms !important;
        scroll-behavior: auto !important;
      }
    }
  `,
];
