import type { AuForceStance } from '../state.js';

/** What the African Union's Peace and Security Council decides after its deadline. */
export type AfricanUnionAction =
  | { readonly type: 'au/suspend-niger' }
  | { readonly type: 'au/declare-force-stance'; readonly stance: Exclude<AuForceStance, 'undecided'> };
