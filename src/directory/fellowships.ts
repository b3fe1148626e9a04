/**
 * National fellowships, verified against the organizations' own sites where possible (see
 * `confirmedBy`). Facts here are versioned: a changed URL or number is one reviewed edit.
 * Only confirmed online-meeting URLs and phone numbers are listed; the rest are left out on
 * purpose rather than guessed.
 *
 * One compact line per fellowship (object literals cost the drop-in script twice the bytes):
 * `id|name|flags|finder host|online host|phone|English|Spanish`. Flags: S(elf) or F(amily), the
 * index in APPROACHES, o(wn-site) or s(econdary). Hosts become `https://<host>/`; the phone's
 * digits are its `tel`. Every entry was checked on DIRECTORY_CHECKED; the page behind each fact,
 * and what is still unconfirmed, is listed in docs/directory-sources.md.
 */
import { APPROACHES, type FellowshipEntry } from './types.js';

export const DIRECTORY_CHECKED = '2026-11-26';

const ROWS = [
  'aa|Alcoholics Anonymous|S0s|www.aa.org|||Peer groups for anyone who wants to stop drinking, following the Twelve Steps.|Grupos de pares para quien quiera dejar de beber, basados en los Doce Pasos.',
  'na|Narcotics Anonymous|S0s|www.na.org|||Twelve-step groups for people who want to stop using drugs of any kind.|Grupos de doce pasos para personas que quieren dejar de usar cualquier droga.',
  'al-anon|Al-Anon Family Groups|F0o|al-anon.org|||Support for relatives and friends affected by someone else’s drinking.|Apoyo para familiares y amistades afectados por la forma de beber de otra persona.',
  'alateen|Alateen|F0o|al-anon.org|||Al-Anon’s groups for teenagers affected by a family member’s or friend’s drinking.|Los grupos de Al-Anon para adolescentes afectados por la bebida de un familiar o amigo.',
  'nar-anon|Nar-Anon Family Groups|F0o|www.nar-anon.org|||Twelve-step support for families and friends of people with an addiction.|Apoyo de doce pasos para familias y amistades de personas con una adicción.',
  'smart-recovery|SMART Recovery|S1o|smartrecovery.org|||Science-based, self-empowering meetings for any addictive behavior, in person and online.|Reuniones basadas en la ciencia y la autogestión para cualquier conducta adictiva, en persona y en línea.',
  'smart-family-friends|SMART Recovery Family & Friends|F1o|smartrecovery.org|||SMART Recovery’s program for people who love someone with an addiction, drawing on CRAFT.|El programa de SMART Recovery para quienes quieren a alguien con una adicción, basado en CRAFT.',
  'ca|Cocaine Anonymous|S0o|www.ca.org|www.ca-online.org||Twelve-step fellowship for recovery from cocaine and all other mind-altering substances.|Comunidad de doce pasos para recuperarse de la cocaína y de toda otra sustancia que altere la mente.',
  'cma|Crystal Meth Anonymous|S0o|crystalmeth.org|||Twelve-step groups for people who want to stop using crystal meth.|Grupos de doce pasos para quienes quieren dejar de consumir metanfetamina.',
  'ha|Heroin Anonymous|S0s|heroinanonymous.org|||Twelve-step groups for people recovering from heroin and other opioids.|Grupos de doce pasos para personas que se recuperan de la heroína y otros opioides.',
  'recovery-dharma|Recovery Dharma|S3o|recoverydharma.org|||Peer-led meetings that use Buddhist practice and meditation to recover from addiction.|Reuniones dirigidas por pares que usan la práctica budista y la meditación para superar la adicción.',
  'lifering|LifeRing Secular Recovery|S1o|lifering.org|||Secular, abstinence-based peer support built on sobriety, secularity and self-help.|Apoyo entre pares, laico y basado en la abstinencia, la laicidad y la autoayuda.',
  'wfs|Women for Sobriety|S1o|womenforsobriety.org|wfsonline.org||Recovery groups for women, built on the positive New Life Program.|Grupos de recuperación para mujeres, basados en el programa positivo New Life.',
  'celebrate-recovery|Celebrate Recovery|S2s|www.celebraterecovery.com|||Christian recovery groups, usually hosted by churches, for hurts, habits and hang-ups.|Grupos cristianos de recuperación, casi siempre en iglesias, para heridas, hábitos y complejos.',
  'families-anonymous|Families Anonymous|F0s|www.familiesanonymous.org|||Twelve-step groups for relatives and friends worried about a loved one’s substance use or behavior.|Grupos de doce pasos para familiares y amistades preocupados por el consumo o la conducta de un ser querido.',
  'aca|Adult Children of Alcoholics & Dysfunctional Families|F0o|adultchildren.org|||Twelve-step groups for adults who grew up with alcoholism or other family dysfunction.|Grupos de doce pasos para adultos que crecieron con alcoholismo u otra disfunción familiar.',
];

const https = (host: string) => host && `https://${host}/`;

export const FELLOWSHIPS: readonly FellowshipEntry[] = /* @__PURE__ */ ROWS.map((row) => {
  const [id, name, flags, finder, online, phone, en, es] = row.split('|');
  const entry: FellowshipEntry = {
    id,
    name,
    serves: flags[0] === 'S' ? 'self' : 'family',
    approach: APPROACHES[+flags[1]],
    finderUrl: https(finder),
    description: { en, es },
    confirmedBy: flags[2] === 'o' ? 'own-site' : 'secondary',
    checked: DIRECTORY_CHECKED,
  };
  if (online) entry.onlineUrl = https(online);
  if (phone) entry.phone = { display: phone, tel: phone.replace(/\D/g, '') };
  return entry;
});
