/** What section 7008 does once triggered: it leaves the executive no discretion. */
export type Law7008Action = { readonly type: 'law7008/cut-assistance' } | { readonly type: 'law7008/restore-assistance' };
