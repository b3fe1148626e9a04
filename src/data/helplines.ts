/**
 * National helplines shown by `<recovery-cta>` and the finder's "Professional help" path.
 *
 * Facts live here, in one versioned file, so a change of number or hours is one reviewed edit.
 * `checked` is the date the facts were last verified against the operators' own pages.
 */
export interface Helpline {
  id: 'lifeline-988' | 'veterans-crisis-line' | 'samhsa-helpline';
  /** The operator's own name for the line, in English (other languages: the packs' `helplines` namespace, by id). */
  name: string;
  /** Digits only, for `tel:` links. */
  tel: string;
  /** Digits only, for `sms:` links, when the line takes texts. */
  sms?: string;
  /** How the number is printed. */
  display: string;
  /** The key to press after dialing, when the line is an option of another number (988, then 1). */
  press?: string;
  /** A TTY number for callers who are deaf or hard of hearing, when the line has its own. */
  tty?: { tel: string; display: string };
  url: string;
  checked: string;
}

export const HELPLINES: readonly Helpline[] = [
  {
    id: 'lifeline-988',
    name: '988 Suicide & Crisis Lifeline',
    tel: '988',
    sms: '988',
    display: '988',
    url: 'https://988lifeline.org/',
    checked: '2026-11-23',
  },
  {
    id: 'veterans-crisis-line',
    name: 'Veterans Crisis Line',
    tel: '988',
    press: '1',
    sms: '838255',
    display: '988',
    url: 'https://www.veteranscrisisline.net/',
    checked: '2026-12-07',
  },
  {
    id: 'samhsa-helpline',
    name: 'SAMHSA National Helpline',
    tel: '18006624357',
    display: '1-800-662-4357',
    tty: { tel: '18004874889', display: '1-800-487-4889' },
    url: 'https://www.samhsa.gov/find-help/helplines/national-helpline',
    checked: '2026-12-07',
  },
];

/** The public treatment locator run by SAMHSA. */
export const TREATMENT_LOCATOR = {
  name: 'FindTreatment.gov',
  url: 'https://findtreatment.gov/',
  checked: '2026-11-23',
} as const;
