/**
 * Wraps a pure function of a parameter object in a one-entry memo keyed by the object's
 * identity. Why: a run hands every rule the same parameter object on each of its days, so values
 * that depend on the parameters alone (a constant hazard's daily chance) need computing once per
 * run, not once per day; an identity check costs far less than the exponential it saves. The
 * wrapped function must be pure, or the memo could change a result.
 */
export function memoByParams<P extends object, T>(compute: (params: P) => T): (params: P) => T {
  let last: P | undefined;
  let value: T | undefined;
  return (params) => {
    if (params !== last || value === undefined) {
      value = compute(params);
      last = params;
    }
    return value;
  };
}
