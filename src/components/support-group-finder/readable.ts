/**
 * Feed values as people read them, for the detail view: a dial-in string in groups of digits, a
 * time zone by its name, and a long link by its site. The raw values stay
 * where machines read them (the `tel:` link, the `href`).
 */

/** Digits in groups of three, the last one or two groups of four ("883 6420 9394"); five or fewer stay whole. */
export function groupDigits(digits: string): string {
  const n = digits.length;
  if (n <= 5) return digits;
  // A remainder of one makes the last group four; of two, the last two.
  const fours = n % 3;
  const sizes = [...Array((n - 4 * fours) / 3).fill(3), ...Array(fours).fill(4)];
  let at = 0;
  return sizes.map((size) => digits.slice(at, (at += size))).join(' ');
}

/**
 * A dial-in string for reading: "+13017158592,,503536771#" → "+1 301 715 8592, 503 536 771#". The
 * number in North American groups after +1, otherwise in threes; each code after the pauses
 * grouped too; bare `#` presses and encoded passcodes are left out of the text, not the link.
 */
export function readableDial(value: string): string {
  const [dial, ...codes] = value.split(/[,;]+/);
  const digits = dial.replace(/\D/g, '');
  const plus = dial.trim().startsWith('+');
  // The feed's own spacing is kept when it has some ("(253) 215-8782"); a bare run is grouped.
  const number = /\d[\s().-]+\d/.test(dial)
    ? dial.trim()
    : plus && digits.length === 11 && digits[0] === '1'
      ? `+1 ${digits.slice(1, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`
      : `${plus ? '+' : ''}${groupDigits(digits)}`;
  const rest = codes
    .map((c) => c.trim())
    // Only what a person could key in: a passcode hash for the one-tap link is no use read aloud.
    .filter((c) => /^[\d*#]*\d[\d*#]*$/.test(c))
    .map((c) => c.replace(/\d{6,}/g, groupDigits));
  return [number, ...rest].join(', ');
}

function zoneNamePart(locale: string, zone: string, style: Intl.DateTimeFormatOptions['timeZoneName'], at: Date) {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: style })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
}

/**
 * A time zone as its people call it, in the reader's language: "Pacific Time (PST)", not
 * `America/Los_Angeles`. The abbreviation is the one in force at `at`; it is left out when the
 * language has none but an offset the name already implies less clearly ("GMT-8" stays).
 */
export function zoneLabel(locale: string, zone: string, at: Date): string {
  try {
    const name = zoneNamePart(locale, zone, 'longGeneric', at) ?? zoneNamePart(locale, zone, 'long', at);
    const short = zoneNamePart(locale, zone, 'short', at);
    if (!name) return zone;
    return short && short !== name ? `${name} (${short})` : name;
  } catch {
    // An offset zone or a zone this browser does not know: the feed's own words.
    return zone;
  }
}

/** A link's site, for reading: `https://www.aasepia.org/meetings/?meeting=…` → "aasepia.org". */
export function siteOf(url: string): string {
  try {
    return new URL(url).host.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
