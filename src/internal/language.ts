/**
 * The language tag in force for an element: its own `lang`, else the nearest ancestor's, walking
 * out of shadow roots (a widget inside another component follows that component's page), else
 * `<html lang>`.
 */
export function inheritedLang(el: Element): string {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return document.documentElement.lang || 'en';
}
