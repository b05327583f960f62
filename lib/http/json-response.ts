import type { TFieldError } from './field-errors';

export function jsonError(status: number, message: string, fieldErrors?: TFieldError[]): Response {
  return Response.json(fieldErrors ? { message, fieldErrors } : { message }, { status });
}
