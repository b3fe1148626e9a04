import { html, nothing, type TemplateResult } from 'lit';
import { heading, type HeadingLevel } from '../../internal/heading.js';
import type { Meeting } from '../../meetings/types.js';
import { type FinderLocalizer, outbound } from './ui.js';

/**
 * Online meetings in progress, each a direct link to join: one click from the top of the finder.
 * The first three, in the list's order; the rest are in the "In progress" section.
 */
export function renderOnNow(
  i18n: FinderLocalizer,
  level: HeadingLevel,
  meetings: readonly Meeting[],
  range: (m: Meeting) => string | undefined,
): TemplateResult | typeof nothing {
  const joinable = meetings.filter((m) => m.conferenceUrl && m.attendance !== 'in_person').slice(0, 3);
  if (!joinable.length) return nothing;
  return html`<div part="on-now" class="on-now">
    ${heading(level, i18n.t('onNow'), 'on-now-heading')}
    <ul class="plain">
      ${joinable.map((m) => {
        const until = range(m);
        return html`<li>
          ${outbound(i18n, m.conferenceUrl, i18n.t('joinNamed', { name: m.name }), 'on-now-link', 'link')}
          ${
            // Isolated: after an Arabic link, the bidi algorithm would read its digits as Arabic
            // numbers and lay the range out unlike the list's rows.
            until ? html`<span class="muted"><bdi>${until}</bdi></span>` : nothing
          }
        </li>`;
      })}
    </ul>
  </div>`;
}
