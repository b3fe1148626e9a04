/**
 * The language tag in force for an element: its own `lang`, else the nearest ancestor's, walking
 * out of shadow roots (a widget inside another component follows that component's page), else
 * `<html lang>`.
 */
export function inheritedLang(el: Element): string {
  return inherited(el, 'lang') ?? (document.documentElement.lang || 'en');
}

/**
 * The text direction the page sets for an element (`ltr` or `rtl` on it or the nearest ancestor,
 * across shadow roots); `undefined` when none does, or says `auto`.
 */
export function inheritedDir(el: Element): 'ltr' | 'rtl' | undefined {
  const dir = inherited(el, 'dir')?.toLowerCase();
  return dir === 'ltr' || dir === 'rtl' ? dir : undefined;
}

/** The attribute's value on the element or its nearest ancestor that has it, out of shadow roots. */
function inherited(el: Element, name: string): string | undefined {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const value = node.getAttribute(name);
      if (value) return value;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return undefined;
}
