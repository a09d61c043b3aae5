/** What Russia / Wagner does: answers an invitation, then deploys after a lag. */
export type RussiaAction =
  | { readonly type: 'russia/answer-invitation'; readonly accept: boolean; readonly deployDay: number }
  | { readonly type: 'russia/deploy' };
