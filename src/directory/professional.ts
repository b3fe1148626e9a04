/**
 * Professional help beside peer support: the SAMHSA National Helpline and the FindTreatment.gov
 * locator. The facts live in src/data/helplines.ts (one place to update a number); this file only
 * shapes them for the finder's "Professional help" path.
 */
import { HELPLINES, TREATMENT_LOCATOR, type Helpline } from '../data/helplines.js';

export interface ProfessionalEntry {
  id: 'samhsa-helpline' | 'findtreatment';
  /** In English; a helpline's name in other languages is in the packs' `helplines` namespace. */
  name: string;
  url: string;
  phone?: { display: string; tel: string };
  /** In English; other languages: the packs' `directory` namespace, key `pro:<id>`. */
  description: string;
  checked: string;
}

const samhsa = HELPLINES.find((h): h is Helpline => h.id === 'samhsa-helpline')!;

export const PROFESSIONAL_HELP: readonly ProfessionalEntry[] = [
  {
    id: 'samhsa-helpline',
    name: samhsa.name,
    url: samhsa.url,
    phone: { display: samhsa.display, tel: samhsa.tel },
    description: 'Free, confidential treatment referral and information, in English and Spanish.',
    checked: samhsa.checked,
  },
  {
    id: 'findtreatment',
    name: TREATMENT_LOCATOR.name,
    url: TREATMENT_LOCATOR.url,
    description: 'The federal locator of licensed treatment facilities in the United States.',
    checked: TREATMENT_LOCATOR.checked,
  },
];
