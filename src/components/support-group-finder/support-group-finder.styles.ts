import { css } from 'lit';

export const finderStyles = css`
  .finder,
  .list,
  .day,
  .meetings,
  .directory,
  .panel,
  .entries,
  .detail,
  .filters {
    grid-template-columns: minmax(0, 1fr);
  }
  .finder {
    container-type: inline-size;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--recovery-finder-padding, clamp(var(--_space-3), 4vw, var(--_space-4)));
    display: grid;
    gap: var(--_space-3);
    min-width: 0;
  }
  .finder > *,
  .directory,
  .panel,
  .list {
    min-width: 0;
  }
  [part~='heading'] {
    font-size: var(--recovery-finder-heading-size, 1.5em);
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend,
  .field label,
  .search label {
    font-weight: 600;
    padding: 0;
    margin-bottom: var(--_space-1);
  }
  .muted {
    color: var(--_muted);
  }
  .directory,
  .panel {
    display: grid;
    gap: var(--_space-3);
  }
  .paths {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  .paths legend {
    width: 100%;
  }
  .path {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    color: var(--_primary);
    font-weight: 600;
    cursor: pointer;
  }
  .path input {
    position: absolute;
    opacity: 0;
    inset: 0;
    margin: 0;
    cursor: pointer;
  }
  .path:has(input:checked) {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .path:has(input:focus-visible) {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .entries {
    display: grid;
    gap: var(--_space-3);
  }
  .entry {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .entry [part~='entry-name'] {
    font-size: 1.125em;
  }
  .links,
  .actions,
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
    align-items: center;
  }
  .link {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
  }
  .plain li {
    padding: var(--_space-1) 0;
  }
  .field,
  .search {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space-1);
  }
  .field {
    max-width: 24em;
  }
  select,
  input[type='search'] {
    min-height: 44px;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    width: 100%;
    min-width: 0;
  }
  .filters {
    display: grid;
    gap: var(--_space-3);
  }
  .more {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: var(--_space-3);
    align-items: start;
  }
  .checks label {
    display: flex;
    align-items: center;
    gap: var(--_space-2);
    min-height: 32px;
  }
  .checks input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
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
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: var(--_space-2);
    border-top: 1px solid var(--_border);
    padding-top: var(--_space-3);
  }
  .count {
    font-weight: 600;
  }
  .list {
    display: grid;
    gap: var(--_space-4);
  }
  .day {
    display: grid;
    gap: var(--_space-2);
  }
  [part~='day-heading'] {
    font-size: 1.125em;
    padding-bottom: var(--_space-1);
    border-bottom: 2px solid var(--_border);
  }
  .meetings {
    display: grid;
  }
  .meeting {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2) 0 var(--_space-3);
    border-bottom: 1px solid var(--_border);
    /* Off-screen rows skip layout: 10,000 meetings stay smooth. Only the height is guessed. */
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
  .time,
  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-3);
  }
  .time span:first-child {
    font-weight: 600;
  }
  .mode {
    font-weight: 600;
  }
  .error {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-2) var(--_space-3);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .empty {
    display: grid;
    gap: var(--_space-2);
  }
  .empty-title {
    font-weight: 700;
    font-size: 1.125em;
  }
  .loading {
    display: grid;
    gap: var(--_space-3);
    min-height: var(--recovery-finder-min-height, 24em);
    align-content: start;
  }
  .bar {
    display: block;
    height: 4em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .detail {
    display: grid;
    gap: var(--_space-3);
  }
  .detail [part~='detail-heading'] {
    font-size: 1.375em;
  }
  .detail [part~='detail-heading']:focus {
    outline: none;
  }
  .detail [part~='detail-heading']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .facts {
    display: grid;
    gap: var(--_space-2);
    margin: 0;
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
  dt {
    font-weight: 600;
  }
  dd {
    margin: 0;
  }
  /* Feeds write notes with line breaks; keep them. */
  [part~='detail-notes'] dd,
  [part~='detail-location-notes'] dd {
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
    .detail .actions,
    [part~='back'] {
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
