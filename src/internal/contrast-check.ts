import { contrast, fix, hex, over, PAIRS, readTokens } from './contrast.js';
import { warn } from './warn.js';

/**
 * The contrast check itself, a file of its own in the drop-in build (`recovery-widgets.contrast.js`,
 * beside the script): only pages that set their own colors import it (see contrast-guard.ts).
 * Every failing pair of one widget goes into one message, printed once per page.
 */
export function checkContrast(tag: string, root: Element): void {
  const dark = getComputedStyle(root).colorScheme === 'dark';
  const colors = readTokens(root, [...new Set(PAIRS.flatMap((pair) => pair.slice(0, 2)))]);
  if (!colors) return;
  const base = dark ? [0, 0, 0] : [1, 1, 1];
  const name = (n: string) => `--recovery-${dark ? 'dark-' : ''}color-${n}`;
  const lines = PAIRS.flatMap(([f, b, min = '4.5']) => {
    const bg = over(colors[b], base);
    const ratio = contrast(colors[f], bg);
    if (ratio >= +min) return [];
    return `${name(f)} ${hex(over(colors[f], bg))} on ${name(b)} ${hex(bg)} is ${Math.floor(ratio * 100) / 100}:1, under ${min}:1; try ${name(f)}: ${fix(colors[f], bg, +min)}`;
  });
  if (lines.length) {
    warn(
      tag,
      `colors below the WCAG AA contrast minimum in the ${dark ? 'dark' : 'light'} theme. Set these custom ` +
        `properties (light-dark() sets both themes at once):\n  ${lines.join('\n  ')}`,
    );
  }
}
