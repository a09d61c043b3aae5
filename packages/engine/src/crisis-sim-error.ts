import { formatIssue, type Issue, type IssueCode } from './issue.js';

/**
 * The one error type the engine throws for bad input or a broken model. It carries the
 * issues as data (`issues`), so a CLI can print them on one line and research code can
 * inspect `code` and `path` instead of matching messages. `Code` widens the engine's codes
 * for a package that reports problems the engine never meets (the runner's file errors).
 */
export class CrisisSimError<Code extends string = IssueCode> extends Error {
  /** The problems found; never empty. */
  readonly issues: readonly Issue<Code>[];

  constructor(issues: readonly Issue<Code>[]) {
    const [first] = issues;
    if (first === undefined) throw new TypeError('CrisisSimError needs at least one issue');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${formatIssue(first)}${more}`);
    this.name = 'CrisisSimError';
    this.issues = issues;
  }

  /** Code of the first issue: the one the message describes. */
  get code(): Code {
    return (this.issues[0] as Issue<Code>).code;
  }
}
