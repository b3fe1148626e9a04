/** Every element of a document, including those inside open shadow roots, at any depth. */
export function deepElements(root: Document | ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  const walk = (node: Document | ShadowRoot | Element) => {
    for (const el of Array.from(node.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Clicks the first element (light or shadow DOM) that matches and whose text includes `text`. */
export function clickText(root: Document, selector: string, text: string | RegExp): HTMLElement {
  const el = deepElements(root).find(
    (e) =>
      e.matches(selector) && (typeof text === 'string' ? e.textContent!.includes(text) : text.test(e.textContent!)),
  ) as HTMLElement | undefined;
  if (!el) throw new Error(`no ${selector} with text ${text}`);
  el.click();
  return el;
}
