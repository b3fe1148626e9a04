import type { Translations } from '../../internal/localize.js';

const en = {
  heading: (organization?: string) => (organization ? `Start your journey with ${organization}` : 'Start your journey'),
  message: "We're always here for you. Reach out today.",
  call: (number: string) => `Call ${number}`,
  callPress: (number: string, key: string) => `Call ${number}, then press ${key}`,
  text: (number: string) => `Text ${number}`,
  tty: (number: string) => `TTY ${number}`,
  email: 'Email us',
  contact: 'Contact us',
  hours: (hours: string) => `Hours: ${hours}`,
  helplinesHeading: 'Free, confidential national helplines',
  'lifeline-988': 'In crisis or thinking about suicide? Call or text 988, any time, day or night.',
  'veterans-crisis-line': 'For veterans, service members and their loved ones. Free, confidential, 24/7.',
  'samhsa-helpline': 'Free, confidential treatment referral and information, 24/7, in English and Spanish.',
  website: (name: string) => `About the ${name}`,
  newTab: '(opens in a new tab)',
  actionsLabel: 'Ways to reach us',
};

export type CtaMessages = typeof en;

const es: CtaMessages = {
  heading: (organization?: string) => (organization ? `Comience su camino con ${organization}` : 'Comience su camino'),
  message: 'Siempre estamos aquí para usted. Comuníquese hoy mismo.',
  call: (number: string) => `Llamar al ${number}`,
  callPress: (number: string, key: string) => `Llamar al ${number} y oprimir el ${key}`,
  text: (number: string) => `Enviar un mensaje de texto al ${number}`,
  tty: (number: string) => `Línea TTY ${number}`,
  email: 'Escríbanos',
  contact: 'Contáctenos',
  hours: (hours: string) => `Horario: ${hours}`,
  helplinesHeading: 'Líneas nacionales de ayuda, gratuitas y confidenciales',
  'lifeline-988':
    '¿Está en crisis o piensa en el suicidio? Llame o envíe un mensaje de texto al 988, a cualquier hora. Para español, oprima el 2 al llamar o envíe AYUDA por texto.',
  'veterans-crisis-line': 'Para veteranos, militares y sus seres queridos. Gratis, confidencial, las 24 horas.',
  'samhsa-helpline':
    'Información y referencias a tratamiento, gratis y confidenciales, las 24 horas, en inglés y español.',
  website: (name: string) => `Acerca de la ${name}`,
  newTab: '(se abre en una pestaña nueva)',
  actionsLabel: 'Formas de comunicarse con nosotros',
};

export const ctaMessages: Translations<CtaMessages> = { en, es };
