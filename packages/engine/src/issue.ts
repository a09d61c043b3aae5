/**
 * One problem found in user input, shaped like a zod issue so that callers can render,
 * filter or translate it without parsing a message. `Code` is the engine's {@link IssueCode}
 * unless a package that reports problems of its own (the runner's files, say) widens it.
 */
export interface Issue<Code extends string = IssueCode> {
  /** Stable machine-readable kind of problem, e.g. `out_of_range`. */
  readonly code: Code;
  /** Where the problem is, from the root of the input: `['parameters', 'ecowas.vote']`. */
  readonly path: readonly (string | number)[];
  /** One sentence naming the field, the value and what is allowed. */
  readonly message: string;
  /** The offending value, as given. */
  readonly value?: unknown;
}

/** Every kind of problem the engine reports. */
export type IssueCode =
  | 'unknown_key'
  | 'invalid_type'
  | 'not_a_number'
  | 'out_of_range'
  | 'not_allowed'
  | 'not_integer'
  | 'constraint_violated'
  | 'invalid_seed'
  | 'invalid_option'
  | 'invalid_scenario'
  | 'invariant_violated'
  | 'invalid_outcome'
  | 'incompatible'
  | 'invalid_summary'
  | 'missing_runs'
  | 'overlapping_runs'
  | 'invalid_argument'
  | 'scenario_fault'
  | 'run_timeout';

/** Renders an issue as one line: `parameters.ecowas.vote: <message>`. */
export function formatIssue(issue: Issue<string>): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue.message}`;
}
