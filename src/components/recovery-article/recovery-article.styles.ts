import { css } from 'lit';

// Focus rings come from sharedStyles (`:focus-visible`); long URLs wrap through `.root`'s overflow-wrap.
export const articleStyles = css`
  .root {
    max-width: var(--recovery-article-max-width, 42em);
    padding: var(--recovery-article-padding, clamp(var(--_space-3), 3vw, var(--_space-4)));
    border-radius: var(--_radius);
  }
  .root,
  [part~='header'],
  .body,
  .chunk,
  .skeleton,
  .message,
  [part~='share-fallback'] {
    display: grid;
    gap: var(--_space-3);
  }
  /* Laid out when near the screen; the estimate is replaced by the real height once seen. */
  .chunk {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 40em;
  }
  .root {
    gap: var(--_space-4);
  }
  /* Text size steps from the A−/A+ control; em-based spacing scales with it. */
  .scale-0 {
    font-size: 0.875em;
  }
  .scale-2 {
    font-size: 1.125em;
  }
  .scale-3 {
    font-size: 1.25em;
  }
  .scale-4 {
    font-size: 1.5em;
  }
  [part~='header'],
  [part~='controls'] {
    gap: var(--_space-2);
  }
  [part~='title'] {
    font-size: var(--recovery-article-title-size, 2em);
  }
  [part~='description'],
  [part~='toc-heading'],
  [part~='references-heading'],
  .body [part~='heading']:is(h4,h5,h6) {
    font-size: 1.125em;
  }
  [part~='description'] {
    margin-top: var(--_space-2);
  }
  [part~='meta'],
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
  }
  [part~='meta'] {
    gap: var(--_space-1) var(--_space-3);
  }
  [part~='meta'],
  [part~='references'] ol,
  [part~='footer'] {
    font-size: 0.9375em;
  }
  [part~='meta'],
  [part~='status'],
  [part~='footer'] {
    color: var(--_muted);
  }
  .note,
  blockquote {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  /*
   * Help for a reader in danger right now. Partners restyle it through ::part(crisis); these three
   * are !important, which inside a shadow root wins over any rule from the page, so a theme's
   * reset or a careless ::part rule cannot hide it.
   */
  [part~='crisis'] {
    display: block !important;
    visibility: visible !important;
    opacity: 1 !important;
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  [part~='crisis-link'] {
    font-weight: 600;
  }
  blockquote {
    border-color: var(--_border);
    font-style: italic;
  }
  [part~='control'] {
    min-width: 44px;
  }
  [aria-disabled=true] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='share-fallback'] {
    gap: var(--_space-1);
    flex-basis: 100%;
  }
  input {
    width: 100%;
    min-height: 44px;
    padding: var(--_space-2);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [part~='toc'] {
    padding: var(--_space-3);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.5em;
  }
  [part~='toc'] ol,
  [part~='references'] ol {
    margin-top: var(--_space-2);
  }
  .body [part~='heading'] {
    margin-top: var(--_space-3);
    font-size: 1.375em;
  }
  .body :is(ul,ol),
  [part~='references'] ol {
    display: grid;
    gap: var(--_space-1);
  }
  [part~='references'] ol {
    gap: var(--_space-2);
    padding-inline-start: 1.75em;
  }
  sup {
    line-height: 0;
  }
  [part~='citation'],
  [part~='back-link'] {
    text-decoration: none;
    padding: 0 0.1em;
  }
  .inline-link {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    cursor: pointer;
    text-align: inherit;
  }
  [part~='footer'] {
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_border);
  }
  [part~='footer'] a {
    color: inherit;
  }
  .skeleton {
    min-height: var(--recovery-article-min-height, 24em);
    align-content: start;
  }
  .bar.title {
    height: 2em;
    width: 70%;
  }
  .bar.short {
    width: 55%;
  }
  .message {
    justify-items: start;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @media print {
    .chunk {
      content-visibility: visible;
    }
    .root {
      max-width: none;
      font-size: 11pt;
      color: #000;
      background: #fff;
    }
    [part~='controls'],
    [part~='back-link'],
    .note {
      display: none;
    }
    a {
      color: #000;
    }
    [part~='link']::after {
      content: ' (' attr(href) ')';
    }
    [part~='toc'],
    blockquote {
      background: none;
    }
    [part~='toc'] {
      border: 1px solid #000;
    }
  }
`;
