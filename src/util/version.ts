declare const __RECOVERY_VERSION__: string | undefined;

/** Stamped by the build (esbuild `define`) so two copies on a page can tell each other apart. */
export const VERSION: string = typeof __RECOVERY_VERSION__ === 'string' ? __RECOVERY_VERSION__ : 'dev';
