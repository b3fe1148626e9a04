/**
 * Remembers the last result and computes again only when an argument changes (compared by
 * identity): derived data (the list's sections, the menus, the results) is one value made in one
 * place, recomputed exactly when what it derives from is new.
 */
export function memoize<A extends readonly unknown[], R>(compute: (...args: A) => R): (...args: A) => R {
  let last: A | undefined;
  let value: R;
  return (...args: A): R => {
    if (!last || args.length !== last.length || args.some((a, i) => a !== last![i])) {
      value = compute(...args);
      last = args;
    }
    return value;
  };
}
