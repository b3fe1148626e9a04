import { importEngine } from './import-engine.js';
import { besideLoader } from './load-beside.js';

/** The meeting-feed engine's module type, for code that receives it after `loadEngine()`. */
export type Engine = typeof import('../../meetings/engine.js');

/** The meeting engine, imported once per page when a finder has feeds. */
export const loadEngine = besideLoader('the meeting engine', 'recovery-widgets.meetings.js', importEngine);
