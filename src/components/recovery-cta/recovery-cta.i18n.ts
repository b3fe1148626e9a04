import type { Translations } from '../../internal/localize.js';

const en = {
  heading: (organization?: string) => (organization ? `Start your journey with ${organization}` : 'Start your journey'),
  message: "We're always here for you. Reach out today.",
  call: (number: string) => `Call ${number}`,
  text: (number: string) => `Text ${number}`,
  email: 'Email us',
  contact: 'Contact us',
  hours: (hours: string) => `Hours: ${hours}`,
  helplinesHeading: 'Free, confidential national helplines',
  lifeline: 'In crisis or thinking about suicide? Call or text 988, any time, day or night.',
  samhsa:
    'Treatment referral and information for people and families facing substance use: free, confidential, 24/7, in English and Spanish.',
  website: (name: string) => `About the ${name}`,
  newTab: '(opens in a new tab)',
  actionsLabel: 'Ways to reach us',
};

export type CtaMessages = typeof en;

const es: CtaMessages = {
  heading: (organization?: string) => (organization ? `Comience su camino con ${organization}` : 'Comience su camino'),
  message: 'Siempre estamos aquí para usted. Comuníquese hoy mismo.',
  call: (number: string) => `Llamar al ${number}`,
  text: (number: string) => `Enviar un mensaje de texto al ${number}`,
  email: 'Escríbanos',
  contact: 'Contáctenos',
  hours: (hours: string) => `Horario: ${hours}`,
  helplinesHeading: 'Líneas nacionales de ayuda, gratuitas y confidenciales',
  lifeline:
    '¿Está en crisis o piensa en el suicidio? Llame o envíe un mensaje de texto al 988, a cualquier hora. Para español, marque 2 al llamar.',
  samhsa:
    'Información y referencias a tratamiento para personas y familias que enfrentan el consumo de sustancias: gratis, confidencial, las 24 horas, en inglés y en español.',
  website: (name: string) => `Acerca de la ${name}`,
  newTab: '(se abre en una pestaña nueva)',
  actionsLabel: 'Formas de comunicarse con nosotros',
};

export const ctaMessages: Translations<CtaMessages> = { en, es };
