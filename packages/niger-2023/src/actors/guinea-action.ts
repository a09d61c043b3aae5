/** What Guinea does: it refuses ECOWAS sanctions and opposes force, without promising war. */
export type GuineaAction = { readonly type: 'guinea/refuse-sanctions'; readonly leak: number };
