/**
 * How the engine module is imported. The drop-in build replaces this module (rollup.config.mjs) so
 * the import reads `recovery-widgets.meetings.js` beside the script, with `?retry=N` on a retry:
 * browsers remember a failed module import, so the same URL would fail again without asking.
 */
export const importEngine = (_attempt: number): Promise<typeof import('../../meetings/engine.js')> =>
  import('../../meetings/engine.js');
