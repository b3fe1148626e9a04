import type { Translations } from '../../internal/localize.js';

const en = {
  loading: 'Loading the article…',
  published: (date: string) => `Published ${date}`,
  updated: (date: string) => `Updated ${date}`,
  reviewed: (date: string, reviewer?: string) => `Last reviewed ${date}${reviewer ? ` by ${reviewer}` : ''}`,
  by: (author: string) => `By ${author}`,
  readingTime: (minutes: string) => `${minutes} min read`,
  contents: 'Contents',
  references: 'References',
  citation: 'reference',
  backToCitation: (n: number) => `Back to where reference ${n} is cited`,
  newTab: '(opens in a new tab)',
  source: (name: string) => (name ? `Source: ${name}` : 'Source'),
  controls: 'Article tools',
  smaller: 'Smaller text',
  larger: 'Larger text',
  textSize: (percent: string) => `Text size ${percent}`,
  share: 'Share',
  copied: 'Link copied',
  copyThisLink: 'Copy this link',
  fallbackNote: 'This article is not available in your language yet, so it is shown in English.',
  // Keyed by the failure reason (ArticleFailure).
  'not-found': 'This article could not be found. It may have moved or been removed.',
  network: 'The article could not be loaded. Please check your connection and try again.',
  invalid: 'The article could not be shown because its file is damaged.',
  retry: 'Try again',
};

export type ArticleMessages = typeof en;

const es: ArticleMessages = {
  loading: 'Cargando el artículo…',
  published: (date) => `Publicado el ${date}`,
  updated: (date) => `Actualizado el ${date}`,
  reviewed: (date, reviewer) => `Revisado por última vez el ${date}${reviewer ? ` por ${reviewer}` : ''}`,
  by: (author) => `Por ${author}`,
  readingTime: (minutes) => `${minutes} min de lectura`,
  contents: 'Contenido',
  references: 'Referencias',
  citation: 'referencia',
  backToCitation: (n) => `Volver a donde se cita la referencia ${n}`,
  newTab: '(se abre en una pestaña nueva)',
  source: (name) => (name ? `Fuente: ${name}` : 'Fuente'),
  controls: 'Herramientas del artículo',
  smaller: 'Texto más pequeño',
  larger: 'Texto más grande',
  textSize: (percent) => `Tamaño del texto ${percent}`,
  share: 'Compartir',
  copied: 'Enlace copiado',
  copyThisLink: 'Copie este enlace',
  fallbackNote: 'Este artículo todavía no está disponible en su idioma, por eso se muestra en inglés.',
  'not-found': 'No se encontró este artículo. Es posible que se haya movido o eliminado.',
  network: 'No se pudo cargar el artículo. Revise su conexión e inténtelo de nuevo.',
  invalid: 'No se puede mostrar el artículo porque su archivo está dañado.',
  retry: 'Intentar de nuevo',
};

export const articleMessages: Translations<ArticleMessages> = { en, es };
