import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Body, Controller, Post, Query } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ERROR_CODES, FORUM_LIMITS } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest } from '../../test/support/rest-client';
import type { JsonSchema, OpenApiDocument, OpenApiOperation } from './openapi-document';
import { routeCatalog } from './route-catalog';

interface Checked {
  valid: boolean;
  errors: unknown;
  samples: boolean[];
}

/** The document through @seriousme/openapi-schema-validator, and sample bodies through the same Ajv (an ES module: a child process). */
function check(document: unknown, samples: Array<{ schema: JsonSchema; value: unknown }> = []): Checked {
  const run = spawnSync(process.execPath, [join(__dirname, '../../test/support/openapi-check.mjs')], { input: JSON.stringify({ document, samples }), encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`openapi-check failed: ${run.stderr}`);
  return JSON.parse(run.stdout) as Checked;
}

/** Parameters read by Nest's own @Body()/@Query(): input no schema validates and no document describes. */
function rawInputs(controller: object, handlerName: string): string[] {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, handlerName) ?? {}) as Record<string, unknown>;
  return Object.keys(args).filter((key) => key.startsWith(`${RouteParamtypes.BODY}:`) || key.startsWith(`${RouteParamtypes.QUERY}:`));
}

describe('OpenAPI document at /api/docs-json, from the schemas that validate', () => {
  let api: ApiHarness;
  let document: OpenApiDocument;
  const op = (method: string, path: string): OpenApiOperation => {
    const found = document.paths[path]?.[method];
    if (!found) throw new Error(`${method} ${path} is not in the document`);
    return found;
  };

  beforeAll(async () => {
    api = await startApi('openapi');
    const response = await fetch(`${api.baseUrl}/api/docs-json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    document = (await response.json()) as OpenApiDocument;
  });

  afterAll(async () => {
    await api.close();
  });

  it('is a valid OpenAPI 3.1 document', () => {
    expect(document.openapi).toBe('3.1.0');
    const { valid, errors } = check(document);
    expect(errors).toBeNull();
    expect(valid).toBe(true);
  });

  it('lists every route of the catalog, no more and no fewer, with operationId and tag per controller', () => {
    const catalog = routeCatalog(api.app);
    expect(catalog.length).toBeGreaterThan(30);
    const inCatalog = catalog.map((route) => `${route.method} ${route.path}`).sort();
    const inDocument = Object.entries(document.paths)
      .flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path.replace(/\{([^}]+)\}/g, ':$1')}`))
      .sort();
    expect(inDocument).toEqual(inCatalog);
    const ids = catalog.map((route) => op(route.method.toLowerCase(), route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')).operationId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(op('post', '/api/v1/threads')).toMatchObject({ operationId: 'ForumController.createThread', tags: ['Forum'] });
    expect(document.tags.map((tag) => tag.name)).toEqual(expect.arrayContaining(['Forum', 'Auth', 'Moderation', 'Health']));
  });

  it('marks public routes without security and others with bearer and their roles', () => {
    const register = op('post', '/api/v1/auth/register');
    expect(register.security).toBeUndefined();
    expect(register['x-lantern-roles']).toBeUndefined();
    expect(op('get', '/api/health').security).toBeUndefined();
    const createThread = op('post', '/api/v1/threads');
    expect(createThread.security).toEqual([{ bearer: [] }]);
    expect([...(createThread['x-lantern-roles'] ?? [])].sort()).toEqual(['admin', 'member', 'moderator']);
    expect(op('get', '/api/v1/moderation/queue')['x-lantern-roles']?.sort()).toEqual(['admin', 'moderator']);
    expect(document.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('gives success statuses from @HttpCode or Nest’s defaults, and the shared error body with the stable codes', () => {
    expect(Object.keys(op('post', '/api/v1/threads').responses)).toContain('201');
    expect(Object.keys(op('post', '/api/v1/auth/login').responses)).toContain('200');
    const logout = op('post', '/api/v1/auth/logout').responses['204'];
    expect(logout).toEqual({ description: 'Done; no body.' });
    expect(Object.keys(op('get', '/api/v1/categories').responses)).toContain('200');
    expect(op('post', '/api/v1/threads').responses['400']).toEqual({ $ref: '#/components/responses/BadRequest' });
    const errorSchema = document.components.schemas.ErrorBody as { required: string[]; properties: { error: { required: string[]; properties: { code: { enum: string[] } } } } };
    expect(errorSchema.required).toEqual(['error']);
    expect(errorSchema.properties.error.required).toEqual(['code', 'message']);
    expect(errorSchema.properties.error.properties.code.enum).toEqual([...ERROR_CODES]);
  });

  it('describes a body as its zod schema says, and a body the schema refuses the api refuses too', async () => {
    const createThread = op('post', '/api/v1/threads');
    expect(createThread.requestBody?.required).toBe(true);
    const schema = createThread.requestBody?.content['application/json'].schema as JsonSchema & { required: string[]; properties: Record<string, { maxLength?: number; minLength?: number }> };
    expect(schema.required).toEqual(expect.arrayContaining(['categorySlug', 'title', 'body']));
    expect(schema.required).not.toContain('contentWarning');
    expect(schema.properties.title.maxLength).toBe(FORUM_LIMITS.titleMax);
    // Register takes no body at all (`body ?? {}`): the document says it is optional.
    expect(op('post', '/api/v1/auth/register').requestBody?.required).toBe(false);

    const { token } = await registerMember(api, 'Doc Reader');
    const good = { categorySlug: 'general', title: 'A title that fits', body: 'Some words.' };
    const tooLong = { ...good, title: 'x'.repeat(FORUM_LIMITS.titleMax + 1) };
    const missingBody = { categorySlug: 'general', title: 'A title that fits' };
    expect(check(document, [good, tooLong, missingBody].map((value) => ({ schema, value }))).samples).toEqual([true, false, false]);
    for (const [value, field] of [
      [tooLong, 'title'],
      [missingBody, 'body'],
    ] as const) {
      const refused = await rest<{ error: { code: string; details: Array<{ path: string }> } }>(api, 'POST', '/api/v1/threads', { token, body: value });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe('VALIDATION_FAILED');
      expect(refused.body.error.details.map((detail) => detail.path)).toContain(field);
    }
  });

  it('lists query and path parameters, with a schema where the route checks one', () => {
    const posts = op('get', '/api/v1/threads/{id}/posts');
    expect(posts.parameters).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'id', in: 'path', required: true, schema: expect.objectContaining({ type: 'string', format: 'uuid' }) }),
        expect.objectContaining({ name: 'cursor', in: 'query', required: false }),
      ]),
    );
    const search = op('get', '/api/v1/search');
    expect(search.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'q', in: 'query', required: true })]));
    expect(op('get', '/api/v1/categories/{slug}/threads').parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'slug', in: 'path', required: true, schema: { type: 'string' } })]));
  });

  it('checks path ids before the body, as the handlers did (an id that names nothing is still a 404)', async () => {
    const { token } = await registerMember(api, 'Doc Order');
    const response = await rest<{ error: { code: string } }>(api, 'POST', '/api/v1/threads/not-a-uuid/posts', { token, body: {} });
    expect([response.status, response.body.error.code]).toEqual([404, 'THREAD_NOT_FOUND']);
  });

  it('serves /api/docs as a page whose assets load, under the same Content-Security-Policy as the api', async () => {
    const page = await fetch(`${api.baseUrl}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/text\/html/);
    const health = await fetch(`${api.baseUrl}/api/health`);
    await health.arrayBuffer();
    expect(page.headers.get('content-security-policy')).toBe(health.headers.get('content-security-policy'));
    const html = await page.text();
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => new URL(match[1], `${api.baseUrl}/api/docs`).toString());
    expect(assets).toEqual(expect.arrayContaining([expect.stringMatching(/swagger-ui-bundle\.js$/), expect.stringMatching(/swagger-ui-init\.js$/), expect.stringMatching(/swagger-ui\.css$/)]));
    for (const asset of assets) {
      const loaded = await fetch(asset);
      await loaded.arrayBuffer();
      expect([asset, loaded.status]).toEqual([asset, 200]);
    }
    // The page's script carries this very document, so the UI and the JSON cannot differ.
    const init = await (await fetch(`${api.baseUrl}/api/docs/swagger-ui-init.js`)).text();
    expect(init).toContain('"operationId": "ForumController.createThread"');
  });

  it('leaves no handler reading a raw @Body() or @Query() that no schema validates', () => {
    const raw = routeCatalog(api.app).flatMap((route) => rawInputs(route.controllerType, route.handlerName).map((key) => `${route.controller}.${route.handlerName} ${key}`));
    expect(raw).toEqual([]);
    // The check itself sees a raw parameter when there is one.
    @Controller('probe')
    class RawController {
      @Post()
      take(@Body() _body: unknown, @Query() _query: unknown): void {}
    }
    expect(rawInputs(RawController, 'take')).toHaveLength(2);
  });
});
