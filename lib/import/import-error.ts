import { isNamedError } from '../named-error';

/** A file Nianbao cannot read, with a Chinese message that names the problem and what to do instead. */
export class ImportError extends Error {
  constructor(
    message: string,
    readonly status: 413 | 415 | 422 = 422,
  ) {
    super(message);
    this.name = 'ImportError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'ImportError');
  }
}
