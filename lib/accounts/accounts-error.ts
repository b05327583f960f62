import { isNamedError } from '../named-error';

/** A request about units or accounts that cannot be carried out, with its HTTP status and a Chinese message. */
export class AccountsError extends Error {
  constructor(
    readonly status: 403 | 404 | 409 | 422,
    message: string,
  ) {
    super(message);
    this.name = 'AccountsError';
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return isNamedError(value, 'AccountsError');
  }
}
