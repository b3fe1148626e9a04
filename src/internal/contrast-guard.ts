import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { importContrast } from './import-contrast.js';
import { whenIdle } from '../util/scheduling.js';

/**
 * Tells the webmaster when the colors in effect on a widget fail WCAG AA contrast: a brand color
 * that reads well in light can be unreadable in dark, and the page itself says nothing. Each widget
 * is checked once per theme, in an idle moment after it has rendered, so no first render and no
 * input waits for it. The built-in colors pass (test/internal/contrast-guard.test.ts), so only a
 * page that sets its own imports the check, from a file of its own.
 */
export class ContrastGuard implements ReactiveController {
  private checked = '';

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostUpdated(): void {
    const root = this.host.shadowRoot?.querySelector('.root');
    const theme = root?.className.match(/theme-\w+/)?.[0];
    if (!root || !theme || theme === this.checked) return;
    this.checked = theme;
    whenIdle(() => {
      // A computed style lists the custom properties in effect; a browser that doesn't is left unchecked.
      if (root.isConnected && [...getComputedStyle(root)].some((p) => /^--recovery-(dark-)?color/.test(p))) {
        importContrast().then(
          (m) => m.checkContrast(this.host.localName, root),
          () => {},
        );
      }
    }, true);
  }
}
