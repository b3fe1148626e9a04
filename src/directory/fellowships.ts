/**
 * National fellowships, verified against the organizations' own sites where possible (see
 * `confirmedBy`). Facts here are versioned: a changed URL or number is one reviewed edit.
 * Only confirmed online-meeting URLs and phone numbers are listed; the rest are left out on
 * purpose rather than guessed.
 */
import type { FellowshipEntry } from './types.js';

export const DIRECTORY_CHECKED = '2026-11-26';

export const FELLOWSHIPS: readonly FellowshipEntry[] = [
  {
    id: 'aa',
    name: 'Alcoholics Anonymous',
    serves: 'self',
    approach: '12-step',
    finderUrl: 'https://www.aa.org/',
    description: {
      en: 'Peer groups for anyone who wants to stop drinking, following the Twelve Steps.',
      es: 'Grupos de pares para quien quiera dejar de beber, basados en los Doce Pasos.',
    },
    confirmedBy: 'secondary',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'na',
    name: 'Narcotics Anonymous',
    serves: 'self',
    approach: '12-step',
    finderUrl: 'https://www.na.org/',
    description: {
      en: 'Twelve-step groups for people who want to stop using drugs of any kind.',
      es: 'Grupos de doce pasos para personas que quieren dejar de usar cualquier droga.',
    },
    confirmedBy: 'secondary',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'al-anon',
    name: 'Al-Anon Family Groups',
    serves: 'family',
    approach: '12-step',
    finderUrl: 'https://al-anon.org/',
    description: {
      en: 'Support for relatives and friends affected by someone else’s drinking.',
      es: 'Apoyo para familiares y amistades afectados por la forma de beber de otra persona.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'alateen',
    name: 'Alateen',
    serves: 'family',
    approach: '12-step',
    finderUrl: 'https://al-anon.org/',
    description: {
      en: 'Al-Anon’s groups for teenagers affected by a family member’s or friend’s drinking.',
      es: 'Los grupos de Al-Anon para adolescentes afectados por la bebida de un familiar o amigo.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'nar-anon',
    name: 'Nar-Anon Family Groups',
    serves: 'family',
    approach: '12-step',
    finderUrl: 'https://www.nar-anon.org/',
    description: {
      en: 'Twelve-step support for families and friends of people with an addiction.',
      es: 'Apoyo de doce pasos para familias y amistades de personas con una adicción.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'smart-recovery',
    name: 'SMART Recovery',
    serves: 'self',
    approach: 'secular',
    finderUrl: 'https://smartrecovery.org/',
    description: {
      en: 'Science-based, self-empowering meetings for any addictive behavior, in person and online.',
      es: 'Reuniones basadas en la ciencia y la autogestión para cualquier conducta adictiva, en persona y en línea.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'smart-family-friends',
    name: 'SMART Recovery Family & Friends',
    serves: 'family',
    approach: 'secular',
    finderUrl: 'https://smartrecovery.org/',
    description: {
      en: 'SMART Recovery’s program for people who love someone with an addiction, drawing on CRAFT.',
      es: 'El programa de SMART Recovery para quienes quieren a alguien con una adicción, basado en CRAFT.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'ca',
    name: 'Cocaine Anonymous',
    serves: 'self',
    approach: '12-step',
    finderUrl: 'https://www.ca.org/',
    onlineUrl: 'https://www.ca-online.org/',
    description: {
      en: 'Twelve-step fellowship for recovery from cocaine and all other mind-altering substances.',
      es: 'Comunidad de doce pasos para recuperarse de la cocaína y de toda otra sustancia que altere la mente.',
    },
    confirmedBy: 'secondary',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'cma',
    name: 'Crystal Meth Anonymous',
    serves: 'self',
    approach: '12-step',
    finderUrl: 'https://crystalmeth.org/',
    description: {
      en: 'Twelve-step groups for people who want to stop using crystal meth.',
      es: 'Grupos de doce pasos para quienes quieren dejar de consumir metanfetamina.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'ha',
    name: 'Heroin Anonymous',
    serves: 'self',
    approach: '12-step',
    finderUrl: 'https://heroinanonymous.org/',
    description: {
      en: 'Twelve-step groups for people recovering from heroin and other opioids.',
      es: 'Grupos de doce pasos para personas que se recuperan de la heroína y otros opioides.',
    },
    confirmedBy: 'secondary',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'recovery-dharma',
    name: 'Recovery Dharma',
    serves: 'self',
    approach: 'buddhist-inspired',
    finderUrl: 'https://recoverydharma.org/',
    description: {
      en: 'Peer-led meetings that use Buddhist practice and meditation to recover from addiction.',
      es: 'Reuniones dirigidas por pares que usan la práctica budista y la meditación para superar la adicción.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'lifering',
    name: 'LifeRing Secular Recovery',
    serves: 'self',
    approach: 'secular',
    finderUrl: 'https://lifering.org/',
    phone: { display: '1-800-811-4142', tel: '18008114142' },
    description: {
      en: 'Secular, abstinence-based peer support built on sobriety, secularity and self-help.',
      es: 'Apoyo entre pares, laico y basado en la abstinencia, la laicidad y la autoayuda.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'wfs',
    name: 'Women for Sobriety',
    serves: 'self',
    approach: 'secular',
    finderUrl: 'https://womenforsobriety.org/',
    onlineUrl: 'https://wfsonline.org/',
    description: {
      en: 'Recovery groups for women, built on the positive New Life Program.',
      es: 'Grupos de recuperación para mujeres, basados en el programa positivo New Life.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'celebrate-recovery',
    name: 'Celebrate Recovery',
    serves: 'self',
    approach: 'faith-based',
    finderUrl: 'https://www.celebraterecovery.com/',
    description: {
      en: 'Christian recovery groups, usually hosted by churches, for hurts, habits and hang-ups.',
      es: 'Grupos cristianos de recuperación, casi siempre en iglesias, para heridas, hábitos y complejos.',
    },
    confirmedBy: 'secondary',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'families-anonymous',
    name: 'Families Anonymous',
    serves: 'family',
    approach: '12-step',
    finderUrl: 'https://www.familiesanonymous.org/',
    description: {
      en: 'Twelve-step groups for relatives and friends worried about a loved one’s substance use or behavior.',
      es: 'Grupos de doce pasos para familiares y amistades preocupados por el consumo o la conducta de un ser querido.',
    },
    confirmedBy: 'secondary',
    checked: DIRECTORY_CHECKED,
  },
  {
    id: 'aca',
    name: 'Adult Children of Alcoholics & Dysfunctional Families',
    serves: 'family',
    approach: '12-step',
    finderUrl: 'https://adultchildren.org/',
    description: {
      en: 'Twelve-step groups for adults who grew up with alcoholism or other family dysfunction.',
      es: 'Grupos de doce pasos para adultos que crecieron con alcoholismo u otra disfunción familiar.',
    },
    confirmedBy: 'own-site',
    checked: DIRECTORY_CHECKED,
  },
];
