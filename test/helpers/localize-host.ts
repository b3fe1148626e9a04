import type { LocalizeHost } from '../../src/internal/localize.js';

/** A bare host in `lang`, on the page: a LocalizeController only needs attributes, a parent chain and addController. */
export function localizeHost(lang: string): LocalizeHost {
  const el = document.createElement('div') as unknown as LocalizeHost;
  el.setAttribute('lang', lang);
  Object.assign(el, {
    addController() {},
    removeController() {},
    requestUpdate() {},
    updateComplete: Promise.resolve(true),
  });
  document.body.append(el);
  return el;
}
