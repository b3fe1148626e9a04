import { html, nothing, type TemplateResult } from 'lit';
import { FELLOWSHIPS } from '../../directory/fellowships.js';
import { PROFESSIONAL_HELP } from '../../directory/professional.js';
import { APPROACHES, type DirectoryPhone } from '../../directory/types.js';
import { below, heading, type HeadingLevel } from '../../internal/heading.js';
import { outbound, type FinderLocalizer } from './ui.js';

export type Path = 'self' | 'family' | 'pro';
const PATHS = ['self', 'family', 'pro'] as const;
const PATH_LABELS = ['pathSelf', 'pathFamily', 'pathPro'] as const;

export interface DirectoryProps {
  i18n: FinderLocalizer;
  level: HeadingLevel;
  /** `src` tokens that are not links: the directory is shown instead, and says why. */
  badTokens: readonly string[];
  path: Path;
  approach: string;
  onPath: (p: Path) => void;
  onApproach: (a: string) => void;
}

const card = (level: HeadingLevel, name: string, description: string, links: unknown, approach?: string) =>
  html`<li part="entry" class="entry">
    ${heading(level, name, 'entry-name')}
    ${approach ? html`<p class="muted" part="entry-approach">${approach}</p>` : nothing}
    <p part="entry-description">${description}</p>
    <p class="links">${links}</p>
  </li>`;

const call = (i18n: FinderLocalizer, phone: DirectoryPhone | undefined, cls: string) =>
  phone
    ? html`<a class=${cls} part="entry-link entry-phone" href="tel:${phone.tel}">${i18n.t('call', { number: phone.display })}</a>`
    : nothing;

/**
 * The fellowship directory, after its intro (or why it stands in for a feed). The three paths are
 * native radios: arrow keys, labels and form semantics come for free.
 */
export function renderDirectory(p: DirectoryProps): TemplateResult {
  const { i18n, path } = p;
  const sub = below(p.level);
  const level = below(sub);
  const onPath = FELLOWSHIPS.filter((e) => e.serves === path);
  const approaches = APPROACHES.filter((a) => onPath.some((e) => e.approach === a));
  const approach = approaches.find((a) => a === p.approach) ?? '';
  const label = (id: Path) => i18n.t(PATH_LABELS[PATHS.indexOf(id)]);
  const shown = onPath.filter((e) => !approach || e.approach === approach);
  return html`${p.badTokens.map((token) => html`<p part="error" class="error" role="alert">${i18n.t('badSrc', { token })}</p>`)}
  ${p.badTokens.length ? nothing : html`<p>${i18n.t('intro')}</p>`}
  <div part="directory" class="directory">
    <fieldset part="path-tabs" class="paths">
      <legend>${i18n.t('pathsLabel')}</legend>
      ${PATHS.map(
        (id) => html`<label part="path-tab" class="button secondary path">
          <input type="radio" name="sgf-path" value=${id} .checked=${id === path} @change=${() => p.onPath(id)} />
          <span>${label(id)}</span>
        </label>`,
      )}
    </fieldset>
    <div part="path-panel" class="panel">
      ${heading(sub, label(path), 'path-heading')}
      <p>${i18n.t(`${PATH_LABELS[PATHS.indexOf(path)]}Intro`)}</p>
      ${
        approaches.length > 1
          ? html`<p class="field">
            <label for="sgf-approach">${i18n.t('approachLabel')}</label>
            <select id="sgf-approach" part="approach" @change=${(e: Event) => p.onApproach((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!approach}>${i18n.t('approachAll')}</option>
              ${approaches.map((a) => html`<option value=${a} ?selected=${a === approach}>${i18n.t(`approach_${a}`)}</option>`)}
            </select>
          </p>`
          : nothing
      }
      ${
        path === 'pro'
          ? html`<ul class="entries">
            ${PROFESSIONAL_HELP.map((e) => {
              const name = i18n.data('helplines', e.id) ?? e.name;
              const links = html`${call(i18n, e.phone, 'button')}${outbound(i18n, e.url, i18n.t('visit', { name }), 'entry-link', e.phone ? 'button secondary' : 'button')}`;
              return card(level, name, i18n.data('directory', `pro:${e.id}`) ?? e.description, links);
            })}
          </ul>`
          : shown.length
            ? html`<ul class="entries">
              ${shown.map((e) =>
                card(
                  level,
                  e.name,
                  i18n.data('directory', e.id) ?? e.description,
                  html`${outbound(i18n, e.finderUrl, i18n.t('findMeetingsOf', { name: e.name }), 'entry-link entry-finder', 'button')}
                  ${outbound(i18n, e.onlineUrl, i18n.t('onlineMeetingsOf', { name: e.name }), 'entry-link entry-online', 'button secondary')}
                  ${call(i18n, e.phone, 'link')}`,
                  i18n.t(`approach_${e.approach}`),
                ),
              )}
            </ul>`
            : html`<p part="empty">${i18n.t('noEntries')}</p>`
      }
    </div>
  </div>`;
}

/** The short list under "no meetings match" and feed errors: each fellowship's own finder. */
export const directoryLinks = (i18n: FinderLocalizer, serves: 'self' | 'family'): TemplateResult =>
  html`<p>${i18n.t('moreHelp')}</p>
    <ul part="directory-links" class="plain">
      ${FELLOWSHIPS.filter((e) => e.serves === serves).map((e) => html`<li>${outbound(i18n, e.finderUrl, i18n.t('findMeetingsOf', { name: e.name }), 'entry-link')}</li>`)}
    </ul>`;
