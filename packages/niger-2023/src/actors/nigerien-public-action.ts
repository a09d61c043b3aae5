/** What the public and youth do: rallies, night patrols, protests at the French base. */
export type PublicAction =
  | { readonly type: 'public/rally'; readonly boost: number }
  | { readonly type: 'public/protest-at-french-base'; readonly boost: number };
