/**
 * National fellowships, verified against the organizations' own sites where possible (see
 * `confirmedBy`). Facts here are versioned: a changed URL or number is one reviewed edit.
 * Only confirmed online-meeting URLs and phone numbers are listed; the rest are left out on
 * purpose rather than guessed.
 *
 * One compact line per fellowship (object literals cost the drop-in script twice the bytes):
 * `id|name|flags|finder|online|phone|English|Spanish`. Flags: S(elf) or F(amily), the index in
 * APPROACHES, o(wn-site) or s(econdary), and p when the row was last checked on PREVIOUS_CHECK
 * rather than DIRECTORY_CHECKED. Finder and online are a host or host/path and become
 * `https://<host/path>/`; the phone's digits are its `tel`. The page behind each fact, and what is
 * still unconfirmed, is listed in docs/directory-sources.md.
 */
import { APPROACHES, type FellowshipEntry } from './types.js';

export const DIRECTORY_CHECKED = '2026-12-07';
/** The check before DIRECTORY_CHECKED: rows flagged `p` were last checked then. */
const PREVIOUS_CHECK = '2026-11-26';

const ROWS = [
  'aa|Alcoholics Anonymous|S0sp|www.aa.org|||Peer groups for anyone who wants to stop drinking, following the Twelve Steps.',
  'na|Narcotics Anonymous|S0sp|www.na.org|||Twelve-step groups for people who want to stop using any drug.',
  'al-anon|Al-Anon Family Groups|F0op|al-anon.org|||Support for relatives and friends affected by someone else’s drinking.',
  'alateen|Alateen|F0s|al-anon.org/newcomers/teen-corner-alateen|||Al-Anon’s groups for teens affected by someone else’s drinking.',
  'nar-anon|Nar-Anon Family Groups|F0op|www.nar-anon.org|||Twelve-step support for families and friends of people with an addiction.',
  'smart-recovery|SMART Recovery|S1op|smartrecovery.org|||Science-based meetings for any addictive behavior, in person and online.',
  'smart-family-friends|SMART Recovery Family & Friends|F1s|smartrecovery.org/family|||SMART Recovery’s program for people who love someone with an addiction, drawing on CRAFT.',
  'ca|Cocaine Anonymous|S0op|www.ca.org|www.ca-online.org||Twelve-step groups for recovery from cocaine and all other mind-altering drugs.',
  'cma|Crystal Meth Anonymous|S0op|crystalmeth.org|||Twelve-step groups for people who want to stop using crystal meth.',
  'ha|Heroin Anonymous|S0o|heroinanonymous.org|||Twelve-step groups for people who want to be free of heroin addiction.',
  'ma|Marijuana Anonymous|S0o|marijuana-anonymous.org|||Twelve-step groups for people who want to stop using marijuana.',
  'dra|Dual Recovery Anonymous|S0s|draonline.org|||Twelve-step groups for people with both an addiction and a mental illness.',
  'mara|Medication-Assisted Recovery Anonymous|S0o|mara-international.org|||Twelve-step meetings open to people on methadone, buprenorphine or other addiction medicine.',
  'recovery-dharma|Recovery Dharma|S3op|recoverydharma.org|||Peer-led meetings that use Buddhist practice and meditation in recovery.',
  'refuge-recovery|Refuge Recovery|S3s|www.refugerecovery.org|||Buddhist-inspired meetings, with meditation, for any addiction.',
  'lifering|LifeRing Secular Recovery|S1op|lifering.org|||Secular peer support built on sobriety, secularity and self-help.',
  'wfs|Women for Sobriety|S1op|womenforsobriety.org|wfsonline.org||Recovery groups for women, built on the positive New Life Program.',
  'celebrate-recovery|Celebrate Recovery|S2sp|www.celebraterecovery.com|||Christian recovery groups, usually hosted by churches, for hurts, habits and hang-ups.',
  'families-anonymous|Families Anonymous|F0sp|www.familiesanonymous.org|||Twelve-step groups for relatives and friends worried about a loved one’s drug use or behavior.',
  'aca|Adult Children of Alcoholics & Dysfunctional Families|F0op|adultchildren.org|||Twelve-step groups for adults who grew up with alcoholism or other family dysfunction.',
];

const https = (host: string) => host && `https://${host}/`;

export const FELLOWSHIPS: readonly FellowshipEntry[] = /* @__PURE__ */ ROWS.map((row) => {
  const [id, name, flags, finder, online, phone, description] = row.split('|');
  const entry: FellowshipEntry = {
    id,
    name,
    serves: flags[0] === 'S' ? 'self' : 'family',
    approach: APPROACHES[+flags[1]],
    finderUrl: https(finder),
    description,
    confirmedBy: flags[2] === 'o' ? 'own-site' : 'secondary',
    checked: flags[3] ? PREVIOUS_CHECK : DIRECTORY_CHECKED,
  };
  if (online) entry.onlineUrl = https(online);
  if (phone) entry.phone = { display: phone, tel: phone.replace(/\D/g, '') };
  return entry;
});
