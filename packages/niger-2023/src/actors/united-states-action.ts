/** What the US executive does. The legal consequences of a determination belong to the 7008 actor. */
export type UnitedStatesAction =
  | { readonly type: 'us/make-coup-determination' }
  | { readonly type: 'us/resume-paused-aid' }
  | { readonly type: 'us/announce-withdrawal' }
  | { readonly type: 'us/complete-withdrawal' }
  | { readonly type: 'us/halt-withdrawal' };
