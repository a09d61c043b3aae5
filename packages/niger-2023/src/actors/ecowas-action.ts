import type { SummitQuestion } from '../state.js';

/** What the ECOWAS institution (Authority of Heads of State, Commission, chiefs of staff) does. */
export type EcowasAction =
  | { readonly type: 'ecowas/convene-summit'; readonly question: SummitQuestion }
  | {
      readonly type: 'ecowas/close-summit';
      readonly question: SummitQuestion;
      readonly present: number;
      readonly yes: number;
      readonly passed: boolean;
    }
  | { readonly type: 'ecowas/activate-standby-force'; readonly present: number; readonly yes: number }
  | { readonly type: 'ecowas/launch-intervention'; readonly present: number; readonly yes: number; readonly troops: number }
  | { readonly type: 'ecowas/call-off-intervention' }
  | { readonly type: 'ecowas/operation-succeeds' }
  | { readonly type: 'ecowas/operation-stalls' }
  | { readonly type: 'ecowas/reinstate-bazoum' }
  | { readonly type: 'ecowas/tighten-sanctions' }
  | { readonly type: 'ecowas/ease-sanctions' }
  | { readonly type: 'ecowas/lift-sanctions' }
  | { readonly type: 'ecowas/agree-transition'; readonly months: number }
  | { readonly type: 'ecowas/reject-transition'; readonly months: number };
