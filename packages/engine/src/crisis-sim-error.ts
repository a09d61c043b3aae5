import { formatIssue, type Issue } from './issue.js';

/**
 * The one error type the engine throws for bad input or a broken model. It carries the
 * issues as data (`issues`), so a CLI can print them on one line and research code can
 * inspect `code` and `path` instead of matching messages.
 */
export class CrisisSimError extends Error {
  /** The problems found; never empty. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const [first] = issues;
    if (first === undefined) throw new TypeError('CrisisSimError needs at least one issue');
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${formatIssue(first)}${more}`);
    this.name = 'CrisisSimError';
    this.issues = issues;
  }

  /** Code of the first issue: the one the message describes. */
  get code(): Issue['code'] {
    return (this.issues[0] as Issue).code;
  }
}
