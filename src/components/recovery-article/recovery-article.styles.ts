import { css } from 'lit';

export const articleStyles = css`
  .root {
    max-width: var(--recovery-article-max-width, 42rem);
    padding: var(--recovery-article-padding, clamp(var(--_space-3), 3vw, var(--_space-4)));
    border-radius: var(--_radius);
    display: grid;
    gap: var(--_space-4);
    min-width: 0;
  }
  /* Text size steps from the A−/A+ control; em-based spacing scales with it. */
  .scale-0 { font-size: 0.875em; }
  .scale-2 { font-size: 1.125em; }
  .scale-3 { font-size: 1.25em; }
  .scale-4 { font-size: 1.5em; }

  [part~='header'] {
    display: grid;
    gap: var(--_space-2);
  }
  [part~='title'] {
    font-size: var(--recovery-article-title-size, 2em);
  }
  [part~='title']:focus {
    outline: none;
  }
  [part~='title']:focus-visible {
    outline: 3px solid var(--_focus);
  }
  [part~='description'] {
    font-size: 1.125em;
    margin-top: var(--_space-2);
  }
  [part~='meta'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-1) var(--_space-3);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .note {
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  [part~='controls'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2);
  }
  [part~='control'] {
    min-width: 44px;
  }
  [part~='control'][aria-disabled='true'] {
    opacity: 0.55;
    cursor: not-allowed;
  }
  [part~='status']:empty {
    display: none;
  }
  [part~='status'] {
    color: var(--_muted);
  }
  [part~='share-fallback'] {
    display: grid;
    gap: var(--_space-1);
    flex-basis: 100%;
  }
  [part~='share-fallback'] input {
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
  [part~='toc'] ol {
    margin: var(--_space-2) 0 0;
    padding-inline-start: 1.5em;
  }
  [part~='toc-heading'],
  [part~='references-heading'] {
    font-size: 1.125em;
  }
  .body {
    display: grid;
    gap: var(--_space-3);
  }
  .body [part~='heading'] {
    margin-top: var(--_space-3);
    font-size: 1.375em;
  }
  .body h4[part~='heading'],
  .body h5[part~='heading'],
  .body h6[part~='heading'] {
    font-size: 1.125em;
  }
  .body ul,
  .body ol {
    margin: 0;
    padding-inline-start: 1.5em;
    display: grid;
    gap: var(--_space-1);
  }
  blockquote {
    margin: 0;
    padding: var(--_space-2) var(--_space-3);
    border-inline-start: 4px solid var(--_border);
    background: var(--_surface-alt);
    font-style: italic;
  }
  sup {
    line-height: 0;
  }
  [part~='citation'] {
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
  [part~='references'] ol {
    margin: var(--_space-2) 0 0;
    padding-inline-start: 1.75em;
    display: grid;
    gap: var(--_space-2);
    font-size: 0.9375em;
  }
  [part~='reference']:focus {
    outline: none;
  }
  [part~='reference']:focus-visible,
  [part~='reference']:target {
    outline: 3px solid var(--_focus);
  }
  .ref-url {
    overflow-wrap: anywhere;
    word-break: break-word;
  }
  [part~='back-link'] {
    text-decoration: none;
    padding: 0 0.25em;
  }
  [part~='footer'] {
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.9375em;
  }
  [part~='footer'] a {
    color: inherit;
  }
  .skeleton {
    min-height: var(--recovery-article-min-height, 24rem);
    display: grid;
    align-content: start;
    gap: var(--_space-3);
  }
  .bar {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .bar.title {
    height: 2em;
    width: 70%;
  }
  .bar.short {
    width: 55%;
  }
  .message {
    display: grid;
    gap: var(--_space-3);
    justify-items: start;
    padding: var(--_space-4);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  @media print {
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
      overflow-wrap: anywhere;
    }
    [part~='toc'] {
      background: none;
      border: 1px solid #000;
    }
    blockquote {
      background: none;
    }
  }
`;
