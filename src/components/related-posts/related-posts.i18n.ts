import type { Translations } from '../../internal/localize.js';

const en = {
  heading: 'Related articles',
  latestHeading: 'Latest articles',
  loading: 'Loading related articles…',
  error: 'Related articles are not available right now.',
  empty: 'No related articles yet.',
  readMore: 'Read more',
  /** Visually hidden around the title after "Read more", so each link's name says where it goes. */
  aboutBefore: ' about “',
  aboutAfter: '”',
  /** Beside an article that has no translation yet. */
  inEnglish: 'In English',
};

export type RelatedMessages = typeof en;

const es: RelatedMessages = {
  heading: 'Artículos relacionados',
  latestHeading: 'Artículos recientes',
  loading: 'Cargando artículos relacionados…',
  error: 'Los artículos relacionados no están disponibles en este momento.',
  empty: 'Todavía no hay artículos relacionados.',
  readMore: 'Leer más',
  aboutBefore: ' sobre «',
  aboutAfter: '»',
  inEnglish: 'En inglés',
};

export const relatedMessages: Translations<RelatedMessages> = { en, es };
