// Errors the CLI turns into exit codes. The core throws these; only src/cli.ts prints them, and
// bin/grantsmith.js exits with the code.

export const EXIT = {
  ok: 0,
  gateFailed: 1,
  usage: 2,
  endpoint: 3,
  /** A bug in grantsmith (as BSD's EX_SOFTWARE). */
  internal: 70,
  interrupted: 130,
} as const;

/** A known failure with a message for the user (one line each) and an exit code. */
export class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT.usage,
    /** Extra lines (for example every error of a facts file); printed after the message. */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = "UserError";
  }
}

/** Bad input: a file, a flag, facts, a rubric or a config. Exit code 2. */
export class InputError extends UserError {
  constructor(message: string, details: string[] = []) {
    super(message, EXIT.usage, details);
    this.name = "InputError";
  }
}

/**
 * A value the command line gave that the command refuses (an unknown action, schema or format):
 * exit 2, and the message ends with the command's --help, as commander's own usage errors do.
 */
export class UsageError extends InputError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** The LLM endpoint failed (auth, network, rate limit, server error). Exit code 3. */
export class EndpointError extends UserError {
  constructor(message: string) {
    super(message, EXIT.endpoint);
    this.name = "EndpointError";
  }
}

/** The user pressed Ctrl-C. Exit code 130 (the model session gives 128 + n for another signal). */
export class InterruptedError extends UserError {
  constructor(message = "interrupted", exitCode: number = EXIT.interrupted) {
    super(message, exitCode);
    this.name = "InterruptedError";
  }
}

/** The command worked but what it checked failed (a quality gate). Exit code 1, message optional. */
export class GateFailedError extends UserError {
  constructor(message = "") {
    super(message, EXIT.gateFailed);
    this.name = "GateFailedError";
  }
}
