/**
 * How the contrast check is imported. The drop-in build replaces this module (rollup.config.mjs) so
 * the import reads `recovery-widgets.contrast.js` beside the script.
 */
export const importContrast = (): Promise<typeof import('./contrast-check.js')> => import('./contrast-check.js');
