/** A failure the user can act on: its message goes to stderr alone, without a stack. */
export class CliError extends Error {}
