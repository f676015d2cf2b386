import type { AddressInfo } from 'node:net';
import { Controller, Delete, Get, HttpCode, Module, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { z } from 'zod';
import { ApiExceptionFilter } from './api-exception.filter';
import { Responds } from './responds.decorator';
import { ResponseShapeInterceptor, responseShapeProblems } from './response-shape.interceptor';

const noteSchema = z.object({ id: z.uuid(), text: z.string(), seenAt: z.iso.datetime().nullable() });
const ID = '3f1c1f4e-8d1a-4c55-9a55-0c1f3e1d2b7a';

/** Routes that answer right and wrong on purpose. */
@Controller('probe')
class ProbeController {
  @Get('right')
  @Responds(noteSchema)
  right() {
    // A Date leaves as its ISO string, exactly as Express's JSON would carry it.
    return { id: ID, text: 'hello', seenAt: new Date('2026-01-02T03:04:05.000Z') as unknown as string };
  }

  @Get('wrong')
  @Responds(noteSchema)
  wrong() {
    return { id: 'note-1', text: 'hello' } as unknown as z.infer<typeof noteSchema>;
  }

  @Get('extra')
  @Responds(z.object({ items: z.array(noteSchema) }))
  extra() {
    return { items: [{ id: ID, text: 'hello', seenAt: null, authorId: ID } as z.infer<typeof noteSchema>] };
  }

  @Get('undeclared')
  undeclared() {
    return { anything: true };
  }

  @Delete('gone')
  @HttpCode(204)
  gone(): void {}
}

@Module({ controllers: [ProbeController] })
class ProbeModule {}

describe('the response check the api test harness turns on', () => {
  let app: INestApplication;
  let baseUrl: string;
  const reported: string[] = [];

  beforeAll(async () => {
    app = await NestFactory.create(ProbeModule, { logger: false });
    app.setGlobalPrefix('api');
    app.useGlobalFilters(new ApiExceptionFilter());
    app.useGlobalInterceptors(new ResponseShapeInterceptor((problem) => reported.push(problem)));
    await app.listen(0, '127.0.0.1');
    baseUrl = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await app.close();
  });

  const call = async (method: string, path: string) => {
    const response = await fetch(`${baseUrl}/api/probe/${path}`, { method });
    const text = await response.text();
    return { status: response.status, body: (text ? JSON.parse(text) : null) as { error?: { code: string; message: string } } | null };
  };

  it('lets an answer through that its schema describes, as it goes on the wire', async () => {
    expect(await call('GET', 'right')).toEqual({ status: 200, body: { id: ID, text: 'hello', seenAt: '2026-01-02T03:04:05.000Z' } });
    expect(await call('DELETE', 'gone')).toEqual({ status: 204, body: null });
    expect(reported).toEqual([]);
  });

  it('fails a request whose answer the schema refuses, naming the route and each field, and reports it', async () => {
    const { status, body } = await call('GET', 'wrong');
    expect([status, body?.error?.code]).toEqual([500, 'INTERNAL_ERROR']);
    expect(body?.error?.message).toContain('GET /api/probe/wrong (ProbeController.wrong)');
    expect(body?.error?.message).toMatch(/id: Invalid UUID/);
    expect(body?.error?.message).toMatch(/seenAt: /);
    expect(reported).toEqual([body?.error?.message]);
  });

  it('reports a field the schema does not describe, and a route that declares no answer', async () => {
    reported.length = 0;
    expect((await call('GET', 'extra')).status).toBe(500);
    expect((await call('GET', 'undeclared')).status).toBe(500);
    expect(reported).toEqual([
      expect.stringContaining('items[0].authorId: sent, but the schema does not describe it'),
      expect.stringContaining('GET /api/probe/undeclared (ProbeController.undeclared) answered what its declared response does not describe: no response is declared'),
    ]);
  });

  it('holds a 204 to sending nothing, and text routes to their own media type', () => {
    expect(responseShapeProblems(undefined, true, undefined)).toEqual([]);
    expect(responseShapeProblems(undefined, true, { surprise: true })).toEqual(['a 204 route returned a body']);
    expect(responseShapeProblems({ kind: 'json', schema: noteSchema, also: {} }, true, undefined)).toEqual(['a 204 route declares a body']);
    expect(responseShapeProblems({ kind: 'text', mediaType: 'text/plain', description: 'metrics' }, false, undefined)).toEqual([]);
    expect(responseShapeProblems({ kind: 'json', schema: noteSchema, also: {} }, false, undefined)).toEqual(['no body was sent, but one is declared']);
  });
});
