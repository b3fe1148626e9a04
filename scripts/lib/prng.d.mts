/** Returns a function that gives the next number in [0, 1) for `seed` (mulberry32). */
export function prng(seed: number): () => number;
