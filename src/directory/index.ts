export * from './types.js';
export { DIRECTORY_CHECKED, FELLOWSHIPS } from './fellowships.js';
export { PROFESSIONAL_HELP, type ProfessionalEntry } from './professional.js';
export { byApproach, byAudience, fellowshipById } from './directory.js';
