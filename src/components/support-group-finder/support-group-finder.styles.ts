import { css } from 'lit';

// Layout is a few shared grid and flex groups; each block then only says how it differs. The build
// squeezes the whitespace out (scripts/lib/minify-literals.mjs), so readable costs no bytes.
export const finderStyles = css`
  .finder,
  .directory,
  .panel,
  .entries,
  .entry,
  .filters,
  .field,
  .search,
  .list,
  .day,
  .meetings,
  .meeting,
  .empty,
  .loading,
  .detail,
  .facts {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-3);
    margin: 0;
  }
  .list {
    gap: var(--_space-4);
  }
  .entry,
  .day,
  .empty,
  .facts {
    gap: var(--_space-2);
  }
  .field,
  .search,
  .meeting {
    gap: var(--_space-1);
  }
  .meetings {
    gap: 0;
  }
  .paths,
  .links,
  .actions,
  .chips,
  .toolbar,
  .error,
  .time,
  .details {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  .time,
  .details {
    gap: 0 var(--_space-3);
  }
  .finder {
    container-type: inline-size;
    padding: var(--recovery-finder-padding, clamp(var(--_space-3), 4vw, var(--_space-4)));
  }
  .finder,
  .entry {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .finder > * {
    min-width: 0;
  }
  [part~='heading'] {
    font-size: var(--recovery-finder-heading-size, 1.5em);
  }
  ul,
  fieldset {
    list-style: none;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend,
  label {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_space-1);
  }
  .checks label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 32px;
    font-weight: 400;
    margin: 0;
  }
  .checks input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .muted {
    color: var(--_muted);
  }
  .paths legend {
    width: 100%;
  }
  .path {
    position: relative;
    margin: 0;
  }
  .path input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .path:has(:checked) {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .path:has(:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .entry {
    padding: var(--_space-3);
    background: var(--_surface-alt);
  }
  [part~='entry-name'],
  [part~='day-heading'],
  .empty-title {
    font-size: 1.125em;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .plain li {
    padding-block: var(--_space-1);
  }
  .field {
    max-width: 24em;
  }
  select,
  [type='search'] {
    min-height: 44px;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
    min-width: 0;
  }
  .more {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space-3);
    align-items: start;
  }
  .disclosure {
    display: none;
    justify-self: start;
  }
  @container (max-width: 36em) {
    .disclosure {
      display: inline-flex;
    }
    .more:not(.open) {
      display: none;
    }
    .more {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .view-switch {
    display: inline-flex;
  }
  .view-switch [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  /* The map's own styles come with its file; its height is the partner's to set. */
  .map-canvas {
    height: var(--recovery-finder-map-height, min(32em, 70vh));
  }
  .toolbar {
    justify-content: space-between;
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-3);
  }
  .count,
  .mode,
  .time span:first-child,
  dt {
    font-weight: 600;
  }
  [part~='day-heading'] {
    padding-bottom: var(--_space-1);
    border-bottom: 2px solid var(--_border);
  }
  .meeting {
    padding: var(--_space-2) 0 var(--_space-3);
    border-bottom: 1px solid var(--_border);
    content-visibility: auto;
    contain-intrinsic-block-size: auto 6em;
  }
  .name {
    justify-self: start;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    font-weight: 700;
    font-size: 1.0625em;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    min-height: 24px;
  }
  .error {
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .empty-title {
    font-weight: 700;
  }
  .loading {
    min-height: var(--recovery-finder-min-height, 24em);
    align-content: start;
  }
  .bar {
    height: 4em;
  }
  #detail-heading {
    font-size: 1.375em;
  }
  .facts div {
    display: grid;
    grid-template-columns: minmax(7em, 12em) minmax(0, 1fr);
    gap: var(--_space-2);
  }
  @container (max-width: 30em) {
    .facts div {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
  }
  dd {
    margin: 0;
  }
  /* Help, and meetings on now: quiet boxes, not alerts. */
  .help,
  .on-now,
  .saved-note {
    display: grid;
    gap: var(--_space-2);
  }
  .help,
  .on-now {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  [part~='help-heading'],
  [part~='on-now-heading'] {
    font-size: 1.0625em;
  }
  .help-lines li {
    display: grid;
    justify-items: start;
  }
  .help-links,
  .on-now li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space-3);
  }
  .help-name {
    font-weight: 600;
  }
  .skip:not(:focus) {
    position: absolute;
    width: 1px;
    height: 1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .skip {
    justify-self: start;
    padding: var(--_space-2);
  }
  .named {
    display: flex;
    align-items: start;
    justify-content: space-between;
    gap: var(--_space-2);
  }
  .star {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 44px;
    height: 44px;
    margin: -10px -10px -10px 0;
    padding: 0;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_primary);
    cursor: pointer;
  }
  .star path {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
    stroke-linejoin: round;
  }
  .star[aria-pressed='true'] path {
    fill: currentColor;
  }
  [part~='saved-toggle'][aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [part$='notes'] dd {
    white-space: pre-line;
  }
  @media print {
    .finder {
      border: 0;
      padding: 0;
    }
    .filters,
    .toolbar button,
    .more-row,
    .error button,
    .actions,
    [part~='back'],
    .skip,
    .star,
    .help,
    .on-now,
    .saved-note,
    [part~='list-end'] {
      display: none !important;
    }
    .meeting {
      content-visibility: visible;
      break-inside: avoid;
    }
    .name {
      color: #000;
      text-decoration: none;
    }
  }
`;
