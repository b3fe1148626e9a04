/** The squeezes of one module's `html` and `css` tagged templates, as `[start, end, replacement]` edits in source order. */
export function literalEdits(code: string): [number, number, string][];
/** Rewrites one module's code, squeezing `html` and `css` tagged templates; undefined when nothing changed. */
export function minifyLiterals(code: string): string | undefined;
export function minifyLiteralsPlugin(): unknown;
