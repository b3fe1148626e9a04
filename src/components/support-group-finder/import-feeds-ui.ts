/**
 * How the finder's feed mode is imported. The drop-in build replaces this module (rollup.config.mjs)
 * so the import reads `recovery-widgets.finder.js` beside the script, with `?retry=N` on a retry.
 */
export const importFeedsUi = (_attempt: number): Promise<typeof import('./feeds-ui.js')> => import('./feeds-ui.js');
