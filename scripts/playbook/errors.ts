/**
 * A playbook the runner cannot execute faithfully: an unsupported construct, a malformed reference,
 * a missing sub-playbook. Raised instead of skipping, so a local run never passes by accident.
 */
export class PlaybookError extends Error {
  constructor(
    message: string,
    /** "<playbook> task <id> (<name>)" when the problem belongs to one task. */
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'PlaybookError';
  }
}

/** A task that ran and failed (error entry, failed condition routing, error-path task reached). */
export class TaskFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TaskFailure';
  }
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
