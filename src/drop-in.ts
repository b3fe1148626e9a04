/**
 * The entry of `dist/recovery-widgets.js`, the one-tag drop-in script. It must learn its own URL
 * first, while `document.currentScript` still points at it, so article data is found beside it.
 */
import { findScriptUrl, setScriptUrl } from './internal/content-base.js';

const scriptUrl = findScriptUrl();
if (scriptUrl) setScriptUrl(scriptUrl);

export * from './index.js';
