import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { z } from 'zod';
import { parseInput } from './parse-input';

/** Handler metadata: the schemas that validate a route's input (read by the OpenAPI document). */
export const INPUT_SCHEMAS = 'lantern:input-schemas';

export interface InputSchema {
  schema: z.ZodType;
  /** The route accepts no body at all: an absent body is read as `{}`. */
  optional: boolean;
}

/** A path parameter's check: its schema (for the document) and how it is parsed (a 404 or a 400). */
export interface PathParamCheck {
  schema: z.ZodType;
  parse: (raw: string) => unknown;
}

export interface InputSchemas {
  body?: InputSchema;
  query?: InputSchema;
  params?: Record<string, PathParamCheck>;
}

type Source = 'body' | 'query' | 'param';

interface ValidateSpec {
  source: Source;
  name?: string;
}

/** The schemas recorded on a handler by @ValidBody/@ValidQuery/@ValidParam (empty when it takes none). */
export function inputSchemasOf(handler: object): InputSchemas {
  return (Reflect.getMetadata(INPUT_SCHEMAS, handler) as InputSchemas | undefined) ?? {};
}

const validate = createParamDecorator((spec: ValidateSpec, context: ExecutionContext): unknown => {
  const request = context.switchToHttp().getRequest<Request>();
  const input = inputSchemasOf(context.getHandler());
  // Path parameters are checked first, whichever argument Nest resolves first: an id that names
  // nothing answers as it did when handlers parsed it before the body (a 404 stays a 404).
  const params = Object.entries(input.params ?? {}).map(([name, check]) => [name, check.parse(String(request.params[name] ?? ''))] as const);
  if (spec.source === 'param') return params.find(([name]) => name === spec.name)?.[1];
  const declared = input[spec.source];
  if (!declared) throw new Error(`No ${spec.source} schema recorded on ${context.getClass().name}.${context.getHandler().name}.`);
  const raw: unknown = spec.source === 'body' ? request.body : request.query;
  return parseInput(declared.schema, declared.optional ? (raw ?? {}) : raw);
});

function record(target: object, key: string | symbol | undefined, decorator: string, change: (current: InputSchemas) => InputSchemas): void {
  const handler = key === undefined ? undefined : (target as Record<string | symbol, unknown>)[key];
  if (typeof handler !== 'function') throw new Error(`@${decorator} belongs on a controller method's parameter.`);
  Reflect.defineMetadata(INPUT_SCHEMAS, change(inputSchemasOf(handler)), handler);
}

/**
 * The request body, parsed with its contracts schema exactly as `parseInput` does (a 400
 * VALIDATION_FAILED naming each field), and recorded on the handler so the OpenAPI document
 * describes the very schema that validates. `{ optional: true }` reads an absent body as `{}`.
 */
export function ValidBody(schema: z.ZodType, options: { optional?: boolean } = {}): ParameterDecorator {
  return (target, key, index) => {
    record(target, key, 'ValidBody', (current) => ({ ...current, body: { schema, optional: options.optional === true } }));
    validate({ source: 'body' })(target, key, index);
  };
}

/** The query string, parsed and recorded like @ValidBody. */
export function ValidQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    record(target, key, 'ValidQuery', (current) => ({ ...current, query: { schema, optional: false } }));
    validate({ source: 'query' })(target, key, index);
  };
}

/**
 * A path parameter, checked before the body and query: with a schema it is parsed by
 * `parseInput` (a 400), or by `check.parse` when an id that names nothing should be a 404.
 */
export function ValidParam(name: string, check: z.ZodType | PathParamCheck): ParameterDecorator {
  const resolved: PathParamCheck = '_zod' in check ? { schema: check, parse: (raw) => parseInput(check, raw) } : check;
  return (target, key, index) => {
    record(target, key, 'ValidParam', (current) => ({ ...current, params: { ...current.params, [name]: resolved } }));
    validate({ source: 'param', name })(target, key, index);
  };
}

/** What a @ValidBody/@ValidQuery parameter holds: the schema's parsed output. */
export type Valid<S extends z.ZodType> = z.output<S>;
