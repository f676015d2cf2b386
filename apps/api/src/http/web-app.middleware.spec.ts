import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { webAppMiddleware } from './web-app.middleware';

const PRECOMPRESS = join(__dirname, '../../../../tools/build/precompress.mjs');

describe('the web app from the api’s own port: precompressed assets, the SPA fallback', () => {
  let dir: string;
  let server: Server;
  let base: string;
  const script = `console.log(${JSON.stringify('a lantern in the window '.repeat(4_000))});\n`;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lantern-web-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    await writeFile(join(dir, 'assets', 'index-abc123.js'), script);
    await writeFile(join(dir, 'assets', 'index-abc123.js.map'), '{"version":3}');
    // The build's own step, as `npm run build` runs it.
    execFileSync(process.execPath, ['--input-type=module', '-e', `const { precompress } = await import(${JSON.stringify(PRECOMPRESS)}); console.log(await precompress(${JSON.stringify(join(dir, 'assets'))}));`]);
    const app = express();
    app.use(webAppMiddleware(dir)!);
    app.use((_request, response) => response.status(418).json({ passedOn: true }));
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await rm(dir, { recursive: true, force: true });
  });

  const get = async (path: string, encoding?: string) => {
    // fetch would decode for us; node's http keeps the bytes as sent.
    const { request } = await import('node:http');
    return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
      const sent = request(`${base}${path}`, { headers: encoding === undefined ? {} : { 'Accept-Encoding': encoding } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      });
      sent.on('error', reject);
      sent.end();
    });
  };

  it('writes .br and .gz beside each script at build time, and leaves source maps alone', async () => {
    for (const suffix of ['.br', '.gz']) expect(existsSync(join(dir, 'assets', `index-abc123.js${suffix}`))).toBe(true);
    expect(existsSync(join(dir, 'assets', 'index-abc123.js.map.br'))).toBe(false);
    expect(brotliDecompressSync(await readFile(join(dir, 'assets', 'index-abc123.js.br'))).toString()).toBe(script);
  });

  it('sends brotli to a browser that takes it, gzip to one that takes only gzip, and the plain file otherwise', async () => {
    const br = await get('/assets/index-abc123.js', 'gzip, deflate, br');
    expect([br.status, br.headers['content-encoding'], String(br.headers['content-type']).toLowerCase(), br.headers.vary]).toEqual([200, 'br', 'text/javascript; charset=utf-8', 'Accept-Encoding']);
    expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(br.body.length).toBeLessThan(script.length / 20);
    expect(brotliDecompressSync(br.body).toString()).toBe(script);

    const gz = await get('/assets/index-abc123.js', 'gzip');
    expect([gz.status, gz.headers['content-encoding']]).toEqual([200, 'gzip']);
    expect(gunzipSync(gz.body).toString()).toBe(script);

    for (const encoding of [undefined, 'identity']) {
      const plain = await get('/assets/index-abc123.js', encoding);
      expect([plain.status, plain.headers['content-encoding'], plain.body.toString()]).toEqual([200, undefined, script]);
    }
  });

  it('answers the app’s own routes with index.html, never cached and never encoded, and passes the api’s paths on', async () => {
    for (const path of ['/', '/chat/lounge', '/assets/index-gone.js']) {
      const page = await get(path, 'br, gzip');
      expect([path, page.status, page.headers['content-encoding'], page.headers['cache-control'], page.body.toString()]).toEqual([
        path,
        200,
        undefined,
        'no-cache',
        '<!doctype html><div id="root"></div>',
      ]);
    }
    for (const path of ['/api/v1/rooms', '/socket.io/?EIO=4']) expect((await get(path, 'br')).status).toBe(418);
  });
});
