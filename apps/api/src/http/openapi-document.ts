import { ERROR_CODES } from '@lantern/contracts';
import { z } from 'zod';
import { RESPONSE_COMPONENTS } from './response-components';
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

/** Formats that say what zod's pattern for them would: the document stays small and readable. */
const FORMATS_THAT_SAY_IT = new Set(['uuid', 'date-time', 'date']);

/** `#/$defs/Post` (what zod writes for a named schema) → `#/components/schemas/Post`. */
function pointAtComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointAtComponents);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, key === '$ref' && typeof inner === 'string' ? inner.replace(/^#\/\$defs\//, '#/components/schemas/') : pointAtComponents(inner)]),
  );
}

/**
 * The output side of a response schema (what the api sends). The schemas named in
 * RESPONSE_COMPONENTS become references, and their bodies are added to `components` as they are
 * met. Objects stay open (no `additionalProperties: false`): DESIGN.md lets the api add fields,
 * never rename them, so clients ignore fields they do not know.
 */
export function responseJsonSchema(schema: z.ZodType, components: Record<string, JsonSchema>): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    io: 'output',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
    cycles: 'ref',
    metadata: RESPONSE_COMPONENTS,
    override: ({ jsonSchema }) => {
      if (jsonSchema.additionalProperties === false) delete jsonSchema.additionalProperties;
      if (typeof jsonSchema.format === 'string' && FORMATS_THAT_SAY_IT.has(jsonSchema.format)) delete jsonSchema.pattern;
      // zod bounds every integer by Number.MAX_SAFE_INTEGER; for counts and ids that is noise.
      if (jsonSchema.type === 'integer' && jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
      if (jsonSchema.type === 'integer' && jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
    },
  }) as JsonSchema;
  const { $schema: _dialect, $defs, ...rest } = generated;
  for (const [id, body] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) components[id] = pointAtComponents(body) as JsonSchema;
  return pointAtComponents(rest) as JsonSchema;
}

/** The success answers of a route: its declared body (see @Responds), or none for a 204. */
function successResponses(route: RouteRule, components: Record<string, JsonSchema>): Record<string, OpenApiResponse> {
  const status = String(route.successStatus);
  const declared = route.response;
  if (route.successStatus === 204) return { [status]: { description: 'Done; no body.' } };
  if (!declared) return { [status]: { description: 'Success.' } };
  if (declared.kind === 'text') return { [status]: { description: declared.description, content: { [declared.mediaType]: { schema: { type: 'string' } } } } };
  const content = { 'application/json': { schema: responseJsonSchema(declared.schema, components) } };
  return {
    [status]: { description: 'Success.', content },
    ...Object.fromEntries(Object.entries(declared.also).map(([other, description]) => [other, { description, content }])),
  };
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

function operation(route: RouteRule, components: Record<string, JsonSchema>): OpenApiOperation {
  const parameters: OpenApiParameter[] = [
    ...route.pathParams.map((name): OpenApiParameter => {
      const check = route.input.params?.[name];
      return { name, in: 'path', required: true, schema: check ? inputJsonSchema(check.schema) : { type: 'string' } };
    }),
    ...queryParameters(route),
  ];
  const responses: OpenApiOperation['responses'] = successResponses(route, components);
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
 * requests (see @ValidBody/@ValidQuery/@ValidParam) and those that describe answers (@Responds),
 * so the document cannot drift from the API.
 */
export function buildOpenApiDocument(routes: RouteRule[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  const components: Record<string, JsonSchema> = {};
  const sorted = [...routes].sort((a, b) => a.path.localeCompare(b.path) || a.method.localeCompare(b.method));
  for (const route of sorted) {
    const path = openApiPath(route.path);
    paths[path] = { ...paths[path], [route.method.toLowerCase()]: operation(route, components) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: 'v1',
      description:
        'REST API of Lantern, a peer-support community. Request bodies, query and path parameters are generated from the zod schemas that validate them, and success bodies from the zod schemas in libs/contracts that describe them (the api’s tests check every answer against its schema). Answers may gain fields over time, never lose or rename them: ignore fields you do not know. Every error answers `{error: {code, message, details?}}`; clients switch on `code`.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(sorted.map(tagOf))].sort().map((name) => ({ name })),
    paths,
    components: {
      schemas: { ErrorBody: inputJsonSchema(errorDocumentSchema), ...Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))) },
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
