/** Rewrites one module's code, squeezing `html` and `css` tagged templates; undefined when nothing changed. */
export function minifyLiterals(code: string): string | undefined;
export function minifyLiteralsPlugin(): unknown;
