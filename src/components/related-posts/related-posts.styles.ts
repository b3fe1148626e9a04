import { css } from 'lit';

export const relatedStyles = css`
  .root,
  [part~='list'],
  [part~='item'] {
    display: grid;
    gap: var(--recovery-related-posts-gap, var(--_space-3));
  }
  .root {
    padding: var(--recovery-related-posts-padding, 0);
  }
  [part~='heading'] {
    font-size: var(--recovery-related-posts-heading-size, 1.375em);
  }
  [part~='list'] {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='item'] {
    gap: var(--_space-1);
    align-content: start;
  }
  .layout-list [part~='item'] + [part~='item'] {
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_border);
  }
  .layout-grid [part~='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--recovery-related-posts-card-width, 16em)), 1fr));
  }
  .layout-grid [part~='item'] {
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--recovery-related-posts-card-background, var(--_surface-alt));
  }
  .layout-compact [part~='list'] {
    gap: var(--_space-2);
  }
  .layout-compact [part~='item'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
    align-items: baseline;
  }
  [part~='item-title'] {
    font-size: var(--recovery-related-posts-title-size, 1.0625em);
  }
  .layout-compact [part~='item-title'] {
    font-size: 1em;
    font-weight: 600;
  }
  [part~='item-date'],
  [part~='item-language'],
  [part~='status'] {
    color: var(--_muted);
  }
  [part~='item-language'] {
    font-size: 0.875em;
  }
  [part~='item-date'] {
    font-size: 0.875em;
  }
  /* About an item's height in each layout, so the articles arriving don't move the page. */
  [part~='placeholder'] [part~='item'] {
    min-height: var(--recovery-related-posts-placeholder-height, 7em);
  }
  .layout-grid [part~='placeholder'] [part~='item'] {
    min-height: var(--recovery-related-posts-placeholder-height, 11em);
  }
  .layout-compact [part~='placeholder'] [part~='item'] {
    min-height: var(--recovery-related-posts-placeholder-height, 1.5em);
    display: grid;
  }
  .bar {
    background: var(--_border);
  }
  .bar.title {
    width: 80%;
    height: 1.25em;
  }
  .bar.short {
    width: 40%;
  }
  .layout-compact .bar:not(.title) {
    display: none;
  }
  a {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 600;
    justify-self: start;
  }
`;
