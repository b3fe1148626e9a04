import { css } from 'lit';

export const ctaStyles = css`
  .root {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--recovery-cta-padding, clamp(var(--_space-3), 4vw, var(--_space-4)));
    display: grid;
    gap: var(--_space-3);
    background: var(--recovery-cta-background, var(--_surface));
  }
  [part~='heading'] {
    font-size: var(--recovery-cta-heading-size, 1.5em);
    color: var(--recovery-cta-heading-color, inherit);
  }
  [part~='message'] {
    margin-top: var(--_space-2);
    font-size: 1.0625em;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2);
  }
  [part~='hours'] {
    color: var(--_muted);
  }
  [part~='helplines'] {
    display: grid;
    gap: var(--_space-3);
    padding-top: var(--_space-3);
    border-top: 1px solid var(--_border);
  }
  [part~='helplines-heading'] {
    font-size: 1.0625em;
  }
  [part~='helplines'] ul {
    display: grid;
    gap: var(--_space-4);
  }
  [part~='helpline'] {
    display: grid;
    gap: var(--_space-2);
  }
  .helpline-name {
    font-weight: 700;
  }
  .helpline-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-2) var(--_space-3);
    align-items: center;
  }
  .helpline-actions a {
    min-height: 44px;
  }
  .helpline-actions .link {
    display: inline-flex;
    align-items: center;
  }
  @media print {
    .root {
      border-color: #000;
    }
  }
`;
