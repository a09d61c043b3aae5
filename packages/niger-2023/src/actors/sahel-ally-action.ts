/** What Mali or Burkina Faso does; one action type per ally so that the war indicators are action-based. */
export type SahelAllyAction =
  | { readonly type: 'mali/sign-pact' }
  | { readonly type: 'mali/enter-war' }
  | { readonly type: 'mali/stay-out' }
  | { readonly type: 'burkina-faso/sign-pact' }
  | { readonly type: 'burkina-faso/enter-war' }
  | { readonly type: 'burkina-faso/stay-out' }
  | { readonly type: 'sahel/form-pact' }
  | { readonly type: 'sahel/leave-ecowas'; readonly cause: 'intervention' | 'sanctions' };
