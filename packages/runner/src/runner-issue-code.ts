import type { IssueCode } from '@crisis-sim/engine';

/**
 * The codes of problems found outside the pure engine, by the runner and the CLI: files that
 * cannot be read or written, a scenario id no module exports, a checkpoint another process
 * holds. Their errors have the engine's shape (an `Issue`: code, path, message, value).
 */
export type RunnerIssueCode = IssueCode | 'unknown_scenario' | 'unreadable_file' | 'unwritable_file' | 'checkpoint_in_use';
