import { html, nothing, type TemplateResult } from 'lit';
import { FELLOWSHIPS } from '../../directory/fellowships.js';
import { PROFESSIONAL_HELP } from '../../directory/professional.js';
import type { FellowshipEntry } from '../../directory/types.js';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import type { LocalizeController } from '../../internal/localize.js';
import { safeHttpUrl } from '../../internal/validate.js';
import type { FinderMessages } from './support-group-finder.i18n.js';

export type Path = 'self' | 'family' | 'pro';
export const PATHS: readonly Path[] = ['self', 'family', 'pro'];

export type Entry = FellowshipEntry;
export const ENTRIES: readonly Entry[] = FELLOWSHIPS;

export interface DirectoryProps {
  t: LocalizeController<FinderMessages>;
  level: HeadingLevel;
  path: Path;
  approach: string;
  uid: string;
  onPath: (p: Path) => void;
  onApproach: (a: string) => void;
}

const APPROACH_ORDER = ['12-step', 'secular', 'faith-based', 'buddhist-inspired'];

/** A link that leaves the partner's site: new tab, no opener, no referrer, announced. */
export function outbound(t: LocalizeController<FinderMessages>, href: string | undefined, label: string, part: string, cls = 'link') {
  const url = safeHttpUrl(href);
  if (!url) return nothing;
  return html`<a class=${cls} part=${part} href=${url} target="_blank" rel="noopener noreferrer"
    >${label}<span class="visually-hidden"> ${t.t('newTab')}</span></a
  >`;
}

function entryCard(p: DirectoryProps, e: Entry, level: HeadingLevel): TemplateResult {
  const { t } = p;
  return html`<li part="entry" class="entry">
    ${heading(level, e.name, 'entry-name')}
    <p class="muted" part="entry-approach">${t.t('approach', e.approach)}</p>
    <p part="entry-description">${e.description[t.lang] ?? e.description.en}</p>
    <p class="links">
      ${outbound(t, e.finderUrl, t.t('findMeetingsOf', e.name), 'entry-link entry-finder', 'button')}
      ${outbound(t, e.onlineUrl, t.t('onlineMeetingsOf', e.name), 'entry-link entry-online', 'button secondary')}
      ${e.phone ? html`<a class="link" part="entry-link entry-phone" href="tel:${e.phone.tel}">${t.t('call', e.phone.display)}</a>` : nothing}
    </p>
  </li>`;
}

function professional(p: DirectoryProps, level: HeadingLevel): TemplateResult {
  const { t } = p;
  return html`<ul class="entries">
    ${PROFESSIONAL_HELP.map((e) => {
      const name = e.name[t.lang];
      return html`<li part="entry" class="entry">
        ${heading(level, name, 'entry-name')}
        <p part="entry-description">${e.description[t.lang]}</p>
        <p class="links">
          ${e.phone ? html`<a class="button" part="entry-link entry-phone" href="tel:${e.phone.tel}">${t.t('call', e.phone.display)}</a>` : nothing}
          ${outbound(t, e.url, t.t('visit', name), 'entry-link', e.phone ? 'button secondary' : 'button')}
        </p>
      </li>`;
    })}
  </ul>`;
}

/** The three paths are native radios: arrow keys, labels and form semantics come for free. */
export function renderDirectory(p: DirectoryProps): TemplateResult {
  const { t, path } = p;
  const sub = below(p.level);
  const onPath = ENTRIES.filter((e) => e.serves === path);
  const approaches = APPROACH_ORDER.filter((a) => onPath.some((e) => e.approach === a)).concat(
    [...new Set(onPath.map((e) => e.approach))].filter((a) => !APPROACH_ORDER.includes(a)),
  );
  const approach = approaches.includes(p.approach) ? p.approach : '';
  const shown = approach ? onPath.filter((e) => e.approach === approach) : onPath;
  const intro = { self: t.t('pathSelfIntro'), family: t.t('pathFamilyIntro'), pro: t.t('pathProIntro') }[path];
  const label = { self: t.t('pathSelf'), family: t.t('pathFamily'), pro: t.t('pathPro') };
  return html`<div part="directory" class="directory">
    <fieldset part="path-tabs" class="paths">
      <legend>${t.t('pathsLabel')}</legend>
      ${PATHS.map(
        (id) => html`<label part="path-tab" class="path">
          <input type="radio" name="${p.uid}-path" value=${id} .checked=${id === path} @change=${() => p.onPath(id)} />
          <span>${label[id]}</span>
        </label>`,
      )}
    </fieldset>
    <div part="path-panel" class="panel">
      ${heading(sub, label[path], 'path-heading')}
      <p>${intro}</p>
      ${path !== 'pro' && approaches.length > 1
        ? html`<p class="field">
            <label for="${p.uid}-approach">${t.t('approachLabel')}</label>
            <select id="${p.uid}-approach" part="approach" @change=${(e: Event) => p.onApproach((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!approach}>${t.t('approachAll')}</option>
              ${approaches.map((a) => html`<option value=${a} ?selected=${a === approach}>${t.t('approach', a)}</option>`)}
            </select>
          </p>`
        : nothing}
      ${path === 'pro'
        ? professional(p, below(sub))
        : shown.length
          ? html`<ul class="entries">${shown.map((e) => entryCard(p, e, below(sub)))}</ul>`
          : html`<p part="empty">${t.t('noEntries')}</p>`}
    </div>
  </div>`;
}

/** The short list under "no meetings match" and feed errors: each fellowship's own finder. */
export function directoryLinks(t: LocalizeController<FinderMessages>, serves: 'self' | 'family'): TemplateResult {
  const entries = ENTRIES.filter((e) => e.serves === serves);
  return html`<p>${t.t('moreHelp')}</p>
    <ul part="directory-links" class="plain">
      ${entries.map((e) => html`<li>${outbound(t, e.finderUrl, t.t('findMeetingsOf', e.name), 'entry-link')}</li>`)}
    </ul>`;
}
