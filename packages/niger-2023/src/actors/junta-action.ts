/** What the junta (CNSP) does. Draws are made in the rule; reducers only record them. */
export type JuntaAction =
  | { readonly type: 'junta/accept-mediation' }
  | { readonly type: 'junta/announce-timetable'; readonly months: number }
  | { readonly type: 'junta/expel-french-ambassador' }
  | { readonly type: 'junta/invite-russia' }
  | { readonly type: 'junta/order-us-out' }
  | { readonly type: 'junta/release-bazoum' }
  | { readonly type: 'junta/harm-bazoum' }
  | { readonly type: 'junta/charge-bazoum' }
  | { readonly type: 'junta/collapse' }
  | { readonly type: 'junta/hand-power-to-bazoum' }
  | { readonly type: 'junta/counter-coup' }
  | { readonly type: 'junta/mobilise-public'; readonly boost: number }
  | { readonly type: 'junta/reopen-airspace' }
  | { readonly type: 'junta/close-airspace' }
  | { readonly type: 'junta/hold-elections'; readonly held: boolean };
