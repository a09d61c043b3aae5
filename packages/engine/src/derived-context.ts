/**
 * The `derived` member of the contexts handed to rules, reducers, dynamics and invariants:
 * the value of the scenario's `derive(params)` (type `D`). A scenario without `derive` has
 * `D = unknown` and its contexts may omit the member (at run time it is `undefined`), so
 * functions written without derived values fit any scenario.
 */
export type DerivedContext<D> = unknown extends D ? { readonly derived?: unknown } : { readonly derived: D };
