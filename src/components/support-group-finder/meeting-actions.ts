import type { Meeting } from '../../meetings/types.js';
import type { Engine } from './load-engine.js';
import { emptyFilters, writeUrl } from './url-state.js';

/**
 * Downloads the meeting as a calendar file, made in the page (nothing is sent anywhere). The link
 * is added inside the widget's shadow root, so the host page's click handlers never see it.
 */
export function downloadCalendar(root: ShadowRoot | HTMLElement, ics: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  // Revoke after the download has started, not before.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The calendar file for one meeting, or undefined when it has no weekly time. */
export function calendarFor(engine: Engine, m: Meeting, now: Date, language: string): string | undefined {
  return engine.meetingToIcs(m, { now, url: location.href, language: language === 'es' ? 'es' : 'en' });
}

/**
 * Several meetings' calendar files as one (the saved meetings): the first file's header, each time
 * zone once (by TZID), then every event. The engine writes each file; this only regroups its lines.
 */
export function combineCalendars(files: readonly string[]): string | undefined {
  if (!files.length) return undefined;
  let head: string[] | undefined;
  const zones = new Map<string, string[]>();
  const events: string[] = [];
  for (const file of files) {
    const top: string[] = [];
    let block: string[] | undefined;
    let zone = '';
    // Folded continuation lines start with a space: they stay right after the line they continue.
    for (const line of file.split('\r\n')) {
      if (line === 'BEGIN:VTIMEZONE' || line === 'BEGIN:VEVENT') block = [];
      if (!block) {
        if (line && line !== 'END:VCALENDAR') top.push(line);
        continue;
      }
      block.push(line);
      if (line.startsWith('TZID:')) zone = line;
      if (line === 'END:VTIMEZONE') {
        if (!zones.has(zone)) zones.set(zone, block);
        block = undefined;
      } else if (line === 'END:VEVENT') {
        events.push(...block);
        block = undefined;
      }
    }
    head ??= top;
  }
  return [...head!, ...[...zones.values()].flat(), ...events, 'END:VCALENDAR', ''].join('\r\n');
}

export type ShareResult = 'shared' | 'copied' | 'failed' | 'cancelled';

/**
 * A link to the meeting on this page (filters cleared: the visitor's choices stay private), through
 * the device's share sheet where there is one, else copied.
 */
export async function shareMeeting(m: Meeting): Promise<ShareResult> {
  const url = writeUrl(location.href, { filters: emptyFilters(), meeting: m.id });
  const nav = navigator as Navigator & { share?: (d: ShareData) => Promise<void> };
  try {
    if (nav.share) {
      await nav.share({ title: m.name, url });
      return 'shared';
    }
    await navigator.clipboard.writeText(url);
    return 'copied';
  } catch (error) {
    return (error as Error)?.name === 'AbortError' ? 'cancelled' : 'failed';
  }
}
