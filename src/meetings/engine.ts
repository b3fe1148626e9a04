/**
 * The meeting-feed engine as one module: everything the finder needs once it has feeds. The
 * drop-in build ships it as its own file (`recovery-widgets.meetings.js`, beside the script) that
 * the finder imports only when a `src` is set, so pages with articles, the call to action or the
 * fellowship directory never download or evaluate it.
 */
export { normalizeFeed, normalizeFeedInSlices, previewFeed } from './normalize.js';
export { warmUp } from './warm-up.js';
export { nextTask, pauseEvery } from '../util/scheduling.js';
export { mergeFeeds } from './merge.js';
export { groupForList, timesForViewer } from './schedule.js';
export { buildIndex, filterMeetings, regionsInUse, typesInUse } from './search.js';
export { fold } from './text.js';
export { ATTENDANCE_CODES, typeLabel } from './type-codes.js';
export { icsFileName, meetingToIcs } from './ics.js';
export { haversineKm, isPoint, kmToMiles, milesToKm } from './distance.js';
export { isoDateIn, isValidTimeZone } from './zone.js';
/** The release this engine was built with: the finder refuses an engine of another release. */
export { VERSION } from '../util/version.js';
