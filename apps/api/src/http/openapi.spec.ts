import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { Body, Controller, Post, Query } from '@nestjs/common';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { ERROR_CODES, FORUM_LIMITS } from '@lantern/contracts';
import { z } from 'zod';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole } from '../../test/support/rest-client';
import { HealthController } from '../health/health.controller';
import type { JsonSchema, OpenApiDocument, OpenApiOperation, OpenApiResponse } from './openapi-document';
import { RESPONSE_DECLARATION, responseOf } from './responds.decorator';
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

describe('OpenAPI document at /api/docs-json, from the schemas that validate and describe', () => {
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

  /** The JSON schema of an operation's answer with a status, made whole for Ajv: its references point into the document's components. */
  const answerSchema = (method: string, path: string, status: string): JsonSchema => {
    const response = op(method, path).responses[status] as OpenApiResponse;
    const schema = response.content?.['application/json']?.schema;
    if (!schema) throw new Error(`${method} ${path} ${status} has no JSON schema`);
    return { ...schema, components: document.components };
  };

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
    expect(op('get', '/api/v1/categories/{slug}/threads').parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'slug', in: 'path', required: true, schema: { type: 'string', maxLength: 64, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } })]));
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

  it('declares what every route answers: a JSON schema, text for the metrics scrape, and nothing for a 204', () => {
    const catalog = routeCatalog(api.app);
    const undeclared = catalog.filter((route) => route.successStatus !== 204 && route.response === undefined).map((route) => `${route.method} ${route.path}`);
    expect(undeclared).toEqual([]);
    const noContentWithBody = catalog.filter((route) => route.successStatus === 204 && route.response !== undefined).map((route) => `${route.method} ${route.path}`);
    expect(noContentWithBody).toEqual([]);
    expect(catalog.filter((route) => route.response?.kind === 'text').map((route) => `${route.method} ${route.path}`)).toEqual(['GET /api/metrics']);
    for (const route of catalog) {
      const success = op(route.method.toLowerCase(), route.path.replace(/:([A-Za-z0-9_]+)/g, '{$1}')).responses[String(route.successStatus)] as OpenApiResponse;
      const mediaTypes = Object.keys(success.content ?? {});
      expect([route.path, route.method, mediaTypes]).toEqual([route.path, route.method, route.successStatus === 204 ? [] : route.response?.kind === 'text' ? ['text/plain'] : ['application/json']]);
      for (const media of Object.values(success.content ?? {})) expect(media.schema).toEqual(expect.any(Object));
    }
  });

  it('describes answers with shared component schemas, timestamps as date-time strings and objects open to new fields', () => {
    expect(answerSchema('get', '/api/v1/partner/escalations', '200')).toMatchObject({
      type: 'object',
      required: ['items'],
      properties: { items: { type: 'array', items: { $ref: '#/components/schemas/Escalation' } } },
    });
    expect(answerSchema('get', '/api/v1/partner/escalations/{id}', '200')).toMatchObject({ $ref: '#/components/schemas/Escalation' });
    const escalation = document.components.schemas.Escalation as { required: string[]; properties: Record<string, JsonSchema> };
    expect(escalation.required).toEqual(expect.arrayContaining(['id', 'partnerId', 'basis', 'status', 'payload', 'outcome', 'room', 'createdAt', 'deliveryFailed', 'timeline']));
    expect(escalation.properties.createdAt).toEqual({ type: 'string', format: 'date-time' });
    expect(escalation.properties.outcome).toEqual({ type: ['string', 'null'] });
    expect(escalation.properties.status).toMatchObject({ enum: ['created', 'delivered', 'acknowledged', 'in_contact', 'closed'] });
    expect(escalation.properties.payload).toEqual({ $ref: '#/components/schemas/EscalationPayload' });
    // Optional only where the api leaves a field out: a post's Markdown goes to its author and moderators alone.
    const post = document.components.schemas.Post as { required: string[] };
    expect(post.required).not.toContain('body');
    expect(post.required).toEqual(expect.arrayContaining(['id', 'bodyHtml', 'quote', 'editedAt', 'hiddenByYou']));
    // Both statuses a route answers with the same body are described.
    expect(op('post', '/api/v1/me/hidden-members').responses['200']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/HiddenMember' } } } });
    expect(op('get', '/api/health').responses['503']).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/HealthResponse' } } } });
    const text = JSON.stringify(document.paths) + JSON.stringify(document.components.schemas);
    const responseText = JSON.stringify(Object.values(document.paths).flatMap((operations) => Object.values(operations).map((operation) => operation.responses)));
    expect(responseText).not.toContain('"additionalProperties":false');
    expect(text).not.toContain('#/$defs/');
  });

  it('describes real answers: each validates through the same Ajv as the document, and a body missing a field does not', async () => {
    await api.db.dataSource.query(`INSERT INTO categories (slug, name) VALUES ('doc-answers', 'Doc answers')`);
    const { token: memberToken } = await registerMember(api, 'Doc Answer');
    const registered = await rest(api, 'POST', '/api/v1/auth/register', { body: {} });
    const thread = await rest<{ id: string }>(api, 'POST', '/api/v1/threads', { token: memberToken, body: { categorySlug: 'doc-answers', title: 'Answers described', body: 'Some *words*.' } });
    const threadRead = await rest(api, 'GET', `/api/v1/threads/${thread.body.id}`, { token: memberToken });
    const posts = await rest(api, 'GET', `/api/v1/threads/${thread.body.id}/posts`, { token: memberToken });
    const followed = await rest(api, 'PUT', `/api/v1/threads/${thread.body.id}/follow`, { token: memberToken });
    const hotlines = await rest(api, 'GET', '/api/v1/hotlines?region=GB');
    const health = await rest(api, 'GET', '/api/health');

    // A partner's escalation, made the way a member and a moderator make one.
    const moderator = await withRole(api, await registerMember(api, 'Doc Birch'), 'moderator');
    const partner = await withRole(api, await registerMember(api, 'Doc Rowan'), 'partner');
    const [{ partner_id: partnerId }] = await api.db.dataSource.query(`SELECT partner_id FROM members WHERE id = $1`, [partner.memberId]);
    const outreach = await rest<{ flagId: string }>(api, 'POST', '/api/v1/me/outreach', { token: memberToken, body: { channel: 'in_app' } });
    expect(outreach.status).toBe(201);
    const queue = await rest(api, 'GET', '/api/v1/moderation/queue', { token: moderator.token });
    const escalated = await rest(api, 'POST', `/api/v1/moderation/flags/${outreach.body.flagId}/resolve`, { token: moderator.token, body: { action: 'escalate', partnerId } });
    expect(escalated.status).toBe(200);
    const escalations = await rest<{ items: Array<{ id: string; status: string }> }>(api, 'GET', '/api/v1/partner/escalations', { token: partner.token });
    expect(escalations.body.items).toHaveLength(1);
    const one = await rest(api, 'GET', `/api/v1/partner/escalations/${escalations.body.items[0].id}`, { token: partner.token });
    const acknowledged = await rest(api, 'PATCH', `/api/v1/partner/escalations/${escalations.body.items[0].id}`, { token: partner.token, body: { status: 'acknowledged' } });
    expect(acknowledged.status).toBe(200);

    const answers: Array<[string, string, string, { status: number; body: unknown }]> = [
      ['post', '/api/v1/auth/register', '201', registered],
      ['get', '/api/v1/threads/{id}', '200', threadRead],
      ['get', '/api/v1/threads/{id}/posts', '200', posts],
      ['put', '/api/v1/threads/{id}/follow', '200', followed],
      ['get', '/api/v1/hotlines', '200', hotlines],
      ['get', '/api/health', '200', health],
      ['get', '/api/v1/moderation/queue', '200', queue],
      ['post', '/api/v1/moderation/flags/{id}/resolve', '200', escalated],
      ['get', '/api/v1/partner/escalations', '200', escalations],
      ['get', '/api/v1/partner/escalations/{id}', '200', one],
      ['patch', '/api/v1/partner/escalations/{id}', '200', acknowledged],
    ];
    for (const [method, path, status, answer] of answers) expect([method, path, answer.status]).toEqual([method, path, Number(status)]);
    const samples = answers.map(([method, path, status, answer]) => ({ schema: answerSchema(method, path, status), value: answer.body }));
    expect(check(document, samples).samples).toEqual(answers.map(() => true));

    // The check can fail: the partner's list without a status, or with a timestamp that is not one.
    const listed = escalations.body as { items: Array<Record<string, unknown>> };
    const withoutStatus = { items: listed.items.map(({ status: _status, ...rest }) => rest) };
    const badTime = { items: listed.items.map((item) => ({ ...item, createdAt: 'yesterday' })) };
    const schema = answerSchema('get', '/api/v1/partner/escalations', '200');
    expect(check(document, [withoutStatus, badTime].map((value) => ({ schema, value }))).samples).toEqual([false, false]);
    expect(api.responseMismatches).toEqual([]);
  });

  it('checks every answer in the api test harness: one that does not fit its route’s schema fails the request by name', async () => {
    const handler = HealthController.prototype.health;
    const declared = responseOf(handler);
    Reflect.defineMetadata(RESPONSE_DECLARATION, { kind: 'json', schema: z.object({ uptime: z.number() }), also: {} }, handler);
    try {
      const response = await rest<{ error: { code: string; message: string } }>(api, 'GET', '/api/health');
      expect([response.status, response.body.error.code]).toEqual([500, 'INTERNAL_ERROR']);
      expect(response.body.error.message).toMatch(/^GET \/api\/health \(HealthController\.health\) answered what its declared response does not describe: uptime: Invalid input/);
      expect(api.responseMismatches).toEqual([response.body.error.message]);
    } finally {
      Reflect.defineMetadata(RESPONSE_DECLARATION, declared, handler);
      // The mismatch was made on purpose; close() would refuse to finish quietly with it listed.
      api.responseMismatches.length = 0;
    }
    expect((await rest(api, 'GET', '/api/health')).status).toBe(200);
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
