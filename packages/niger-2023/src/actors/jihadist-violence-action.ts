/** A jihadist attack that kills ten or more soldiers; `shock` is its effect on support and cohesion. */
export type JihadistAction = { readonly type: 'jihadists/major-attack'; readonly shock: number };
