// mulberry32: a small seeded generator, so generated data (benchmark feeds, fuzzed URLs in tests)
// is the same on every run and a failure reproduces. Plain JS so Node scripts and browser tests
// share it; prng.d.mts gives the tests its type.

/** Returns a function that gives the next number in [0, 1) for `seed`. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
