/** An RFC 9457 problem, as the API sends it: already in the request's language. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string | null;
  errors?: readonly FieldError[] | null;
}

export interface FieldError {
  field: string;
  message: string;
  /** The row of an imported file the message is about, if any. */
  row?: number | null;
}

/** A request the API answered with an error status. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

export function isProblem(body: unknown): body is Problem {
  if (typeof body !== 'object' || body === null) return false;
  const candidate = body as Record<string, unknown>;
  return typeof candidate.title === 'string' && typeof candidate.status === 'number';
}

const LOCATION_PREFIX = /^(body|query|path|header|form)\./;

/**
 * The server's messages keyed by form field: "body.email" and "email" both
 * become `email`; several messages for one field are joined.
 */
export function fieldErrors(problem: Problem | null): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const { field, message } of problem?.errors ?? []) {
    const name = field.replace(LOCATION_PREFIX, '');
    byField[name] = byField[name] === undefined ? message : `${byField[name]} ${message}`;
  }
  return byField;
}
