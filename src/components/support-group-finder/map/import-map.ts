/**
 * How the map's file is imported. The drop-in build replaces this module (rollup.config.mjs) so the
 * import reads `recovery-widgets.map.js` beside the script, with `?retry=N` on a retry.
 */
export const importMap = (_attempt: number): Promise<typeof import('./map-file.js')> => import('./map-file.js');
