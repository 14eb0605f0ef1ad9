// The contract between the CLI entry point and each sub-command.

export interface CliIO {
  /** Directory the command was run from; relative paths in output are relative to it. */
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** A usage, configuration or internal problem: printed as one line, exit code 2. */
export class CliError extends Error {}

/** Runs a sub-command with the arguments after its name and returns the process exit code. */
export type CommandHandler = (args: string[], io: CliIO) => Promise<number>;
