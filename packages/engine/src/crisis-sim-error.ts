import { formatIssue, type Issue, type IssueCode } from './issue.js';

/**
 * Marks every CrisisSimError, whichever copy of the engine made it. A `--scenario-module`
 * file may import its own installed copy of the engine (another version in its own
 * node_modules, say): `instanceof` must recognise the errors of both, or a bad scenario would
 * be reported as a crash instead of as bad input.
 */
const BRAND = Symbol.for('@crisis-sim/engine:CrisisSimError');

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
    Object.defineProperty(this, BRAND, { value: true });
  }

  /** True for a CrisisSimError made by any copy of the engine (the CLI's own, or one a scenario module installed); subclasses test as usual. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    // biome-ignore lint/complexity/noThisInStatic: `this` is the class instanceof asked about, CrisisSimError or a subclass.
    if (this !== CrisisSimError) return Function.prototype[Symbol.hasInstance].call(this, value);
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** Code of the first issue: the one the message describes. */
  get code(): Code {
    return (this.issues[0] as Issue<Code>).code;
  }
}
