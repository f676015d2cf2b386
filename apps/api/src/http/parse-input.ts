import { HttpStatus } from '@nestjs/common';
import type { z } from 'zod';
import { ApiException } from './api-exception';

export interface FieldProblem {
  path: string;
  message: string;
}

/**
 * Parses a request body, query or parameter with its contracts schema. Failure is a 400
 * VALIDATION_FAILED whose details name each field and what is wrong with it, in words a member
 * can act on; the first problem leads the message.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return refuseNul(result.data);
  const details: FieldProblem[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.code === 'unrecognized_keys' ? `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.` : bodyNotAnObject(issue) ? NOT_AN_OBJECT : issue.message,
  }));
  const first = details[0];
  const lead = first.path === '(body)' ? first.message : `${first.path}: ${first.message}`;
  throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', details.length > 1 ? `${lead} (and ${details.length - 1} more)` : lead, details);
}

/** A JSON array where the route reads named fields (the JSON parser refuses bare numbers and strings): zod's own words are no sentence. */
const NOT_AN_OBJECT = 'The body must be a JSON object of named fields.';
const bodyNotAnObject = (issue: z.core.$ZodIssue) => issue.code === 'invalid_type' && issue.expected === 'object' && issue.path.length === 0;

/**
 * PostgreSQL text cannot hold the NUL character (U+0000): a field carrying one would fail in the
 * database as a 500, and so would a key carrying one in an object stored as jsonb (a member's
 * preferences). Every parsed input passes through here (REST by `parseInput`, socket events by
 * the gateway), so it is refused as a 400 naming the field instead.
 */
export function refuseNul<T>(parsed: T): T {
  const path = nulPath(parsed, []);
  if (path === undefined) return parsed;
  const field = path || '(body)';
  const message = 'Text cannot contain the NUL character (\\u0000).';
  throw new ApiException(HttpStatus.BAD_REQUEST, 'VALIDATION_FAILED', path ? `${path}: ${message}` : message, [{ path: field, message }]);
}

function nulPath(value: unknown, path: string[]): string | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    // The path is shown to the member: the key's NUL as they would write it, not as a raw control character.
    if (key.includes('\u0000')) return [...path, key.replaceAll('\u0000', '\\u0000')].join('.');
    const found = nulPath(inner, [...path, key]);
    if (found !== undefined) return found;
  }
  return undefined;
}
