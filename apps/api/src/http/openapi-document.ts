import { ERROR_CODES } from '@lantern/contracts';
import { z } from 'zod';
import type { RouteRule } from './route-catalog';

/** A JSON Schema (2020-12, as OpenAPI 3.1 takes it). */
export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  schema: JsonSchema;
  description?: string;
}

export interface OpenApiResponse {
  description: string;
  content?: Record<string, { schema?: JsonSchema | { $ref: string } }>;
}

export interface OpenApiOperation {
  operationId: string;
  tags: string[];
  summary: string;
  security?: Array<Record<string, string[]>>;
  'x-lantern-roles'?: string[];
  parameters?: OpenApiParameter[];
  requestBody?: { required: boolean; content: { 'application/json': { schema: JsonSchema } } };
  responses: Record<string, OpenApiResponse | { $ref: string }>;
}

export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: Array<{ url: string }>;
  tags: Array<{ name: string }>;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, OpenApiResponse>;
    securitySchemes: Record<string, { type: 'http'; scheme: 'bearer'; bearerFormat: string; description: string }>;
  };
}

/** The DESIGN.md error body, with the stable codes as an enum (errorBodySchema only checks their shape). */
const errorDocumentSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().min(1),
    details: z.unknown().optional(),
  }),
});

/**
 * zod 4's own converter, on the input side (what a client sends, before transforms and defaults).
 * What JSON Schema cannot say (a transform's function, a refinement, a custom check) becomes `{}`
 * instead of throwing: the document describes, the schema still decides.
 */
export function inputJsonSchema(schema: z.ZodType): JsonSchema {
  const generated = z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any', reused: 'inline', cycles: 'ref' }) as JsonSchema;
  const { $schema: _dialect, ...rest } = generated;
  return rest;
}

const tagOf = (route: RouteRule) => route.controller.replace(/Controller$/, '');

/** `/api/v1/threads/:id` → `/api/v1/threads/{id}` */
const openApiPath = (path: string) => path.replace(/:([A-Za-z0-9_]+)/g, '{$1}');

function queryParameters(route: RouteRule): OpenApiParameter[] {
  if (!route.input.query) return [];
  const schema = inputJsonSchema(route.input.query.schema);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((schema.required ?? []) as string[]);
  return Object.entries(properties).map(([name, property]) => {
    const { description, ...rest } = property;
    return { name, in: 'query', required: required.has(name), schema: rest, ...(typeof description === 'string' ? { description } : {}) };
  });
}

function operation(route: RouteRule): OpenApiOperation {
  const parameters: OpenApiParameter[] = [
    ...route.pathParams.map((name): OpenApiParameter => {
      const check = route.input.params?.[name];
      return { name, in: 'path', required: true, schema: check ? inputJsonSchema(check.schema) : { type: 'string' } };
    }),
    ...queryParameters(route),
  ];
  const success: OpenApiResponse =
    route.successStatus === 204
      ? { description: 'Done; no body.' }
      : { description: 'Success: JSON shaped by the type in libs/contracts this route returns.', content: { 'application/json': {} } };
  const responses: OpenApiOperation['responses'] = { [String(route.successStatus)]: success };
  if (route.input.body || route.input.query || parameters.length > 0) responses['400'] = { $ref: '#/components/responses/BadRequest' };
  if (!route.isPublic) {
    responses['401'] = { $ref: '#/components/responses/Unauthenticated' };
    responses['403'] = { $ref: '#/components/responses/Forbidden' };
  }
  if (route.pathParams.length > 0) responses['404'] = { $ref: '#/components/responses/NotFound' };
  responses['429'] = { $ref: '#/components/responses/RateLimited' };
  responses.default = { $ref: '#/components/responses/Error' };
  return {
    operationId: `${route.controller}.${route.handlerName}`,
    tags: [tagOf(route)],
    summary: `${route.method} ${route.path}`,
    ...(route.isPublic ? {} : { security: [{ bearer: [] }], 'x-lantern-roles': [...(route.roles ?? [])] }),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(route.input.body
      ? { requestBody: { required: !route.input.body.optional, content: { 'application/json': { schema: inputJsonSchema(route.input.body.schema) } } } }
      : {}),
    responses,
  };
}

const errorResponse = (description: string): OpenApiResponse => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
});

/**
 * The OpenAPI 3.1 document of every route in the catalog, built from the schemas that validate
 * requests (see @ValidBody/@ValidQuery/@ValidParam), so the document cannot drift from the API.
 */
export function buildOpenApiDocument(routes: RouteRule[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  const sorted = [...routes].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const route of sorted) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: 'v1',
      description:
        'REST API of Lantern, a peer-support community. Request bodies, query and path parameters are generated from the zod schemas that validate them. Every error answers `{error: {code, message, details?}}`; clients switch on `code`.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(sorted.map(tagOf))].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: { ErrorBody: inputJsonSchema(errorDocumentSchema) },
      responses: {
        BadRequest: errorResponse('The input does not fit its schema (VALIDATION_FAILED, with details naming each field) or is not JSON.'),
        Unauthenticated: errorResponse('No valid bearer token (UNAUTHENTICATED, TOKEN_EXPIRED, TOKEN_INVALID).'),
        Forbidden: errorResponse('The account’s role or standing does not allow this (FORBIDDEN, SANCTIONED).'),
        NotFound: errorResponse('What the path names does not exist or is not visible to this account.'),
        RateLimited: errorResponse('Too many requests (RATE_LIMITED); the Retry-After header says when to try again.'),
        Error: errorResponse('Any other refusal or failure, in the same shape with a stable code.'),
      },
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'The accessToken from /api/v1/auth/register, login, refresh or recover.' },
      },
    },
  };
}
