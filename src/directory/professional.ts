/**
 * Professional help beside peer support: the SAMHSA National Helpline and the FindTreatment.gov
 * locator. The facts live in src/data/helplines.ts (one place to update a number); this file only
 * shapes them for the finder's "Professional help" path.
 */
import { HELPLINES, TREATMENT_LOCATOR, type Helpline } from '../data/helplines.js';

export interface ProfessionalEntry {
  id: 'samhsa-helpline' | 'findtreatment';
  name: { en: string; es: string };
  url: string;
  phone?: { display: string; tel: string };
  description: { en: string; es: string };
  checked: string;
}

const samhsa = HELPLINES.find((h): h is Helpline => h.id === 'samhsa-helpline')!;

export const PROFESSIONAL_HELP: readonly ProfessionalEntry[] = [
  {
    id: 'samhsa-helpline',
    name: samhsa.name,
    url: samhsa.url,
    phone: { display: samhsa.display, tel: samhsa.tel },
    description: {
      en: 'Free, confidential treatment referral and information, in English and Spanish.',
      es: 'Información y referencias a tratamiento, gratis y confidenciales, en inglés y español.',
    },
    checked: samhsa.checked,
  },
  {
    id: 'findtreatment',
    name: { en: TREATMENT_LOCATOR.name, es: TREATMENT_LOCATOR.name },
    url: TREATMENT_LOCATOR.url,
    description: {
      en: 'The federal locator of licensed treatment facilities in the United States.',
      es: 'El buscador federal de centros de tratamiento autorizados en Estados Unidos.',
    },
    checked: TREATMENT_LOCATOR.checked,
  },
];
