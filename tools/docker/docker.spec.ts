/**
 * Checks the deployment in docker/ without a Docker engine: the compose file through
 * `compose config`, the Dockerfiles and nginx.conf by parsing them. Every check returns a list
 * of problems, and the fixtures at the end prove each check can fail.
 *
 * Needs Docker Compose (v2 plugin or Debian's docker-compose v1); without it the suite fails
 * with a sentence saying so rather than skipping.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { composeProblems, serviceViews, type ServiceView } from './compose-checks';
import { composeConfigAsJson, findComposeCommand, runComposeConfig, type ComposeCommand } from './compose-cli';
import { dockerfileProblems, dockerignoreFor, finalStage, parseDockerignore } from './dockerfile-checks';
import { instructionArguments } from './dockerfile-instructions';
// nginx must hold every body the api accepts, so the check reads the api's own limit.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { JSON_BODY_LIMIT } from '../../apps/api/src/http/json-body.middleware';
import { serverEnvSchema } from '@lantern/contracts';
import { nginxErrorLogProblems, nginxFacts, nginxProblems, nginxSecurityHeaderProblems, sizeInBytes } from './nginx-checks';
import { parseNginxConfig } from './nginx-config';

const repoRoot = resolve(__dirname, '../..');
const dockerDir = join(repoRoot, 'docker');
const composeFile = join(dockerDir, 'compose.yml');
const nginxConfPath = join(dockerDir, 'nginx.conf');

const dockerfiles = readdirSync(dockerDir)
  .filter((file) => /(^Dockerfile|\.Dockerfile)$/.test(file))
  .sort();

const nginxDirectives = parseNginxConfig(readFileSync(nginxConfPath, 'utf8'));
const apiBodyLimitBytes = sizeInBytes(JSON_BODY_LIMIT) ?? Number.NaN;

function dockerfileText(file: string): string {
  return readFileSync(join(dockerDir, file), 'utf8');
}

function problemsFor(file: string): string[] {
  const path = join(dockerDir, file);
  const ignoreFile = dockerignoreFor(path, repoRoot);
  return dockerfileProblems({
    name: `docker/${file}`,
    text: dockerfileText(file),
    contextRoot: repoRoot,
    ignorePatterns: ignoreFile === undefined ? [] : parseDockerignore(readFileSync(ignoreFile, 'utf8')),
  });
}

function lastInstruction(file: string, keyword: string): string {
  const stage = finalStage(dockerfileText(file));
  const matches = stage?.instructions.filter((instruction) => instruction.keyword === keyword) ?? [];
  return matches[matches.length - 1]?.rest ?? '';
}

/** A clean environment: only what Compose needs to run, so a developer's shell cannot change the result. */
function composeEnvironment(extra: Readonly<Record<string, string>>): Record<string, string> {
  return { PATH: process.env['PATH'] ?? '/usr/bin:/bin', HOME: process.env['HOME'] ?? tmpdir(), ...extra };
}

const DUMMY_JWT_SECRET = 'test-only-secret-0123456789abcdef0123456789';

describe('docker/compose.yml', () => {
  let compose: ComposeCommand;
  let workDir: string;
  let emptyEnvFile: string;
  let services: ServiceView[];

  beforeAll(() => {
    compose = findComposeCommand();
    workDir = mkdtempSync(join(tmpdir(), 'lantern-compose-'));
    emptyEnvFile = join(workDir, 'empty.env');
    writeFileSync(emptyEnvFile, '');
    const run = runComposeConfig(compose, composeFile, emptyEnvFile, composeEnvironment({ JWT_SECRET: DUMMY_JWT_SECRET }));
    if (run.status !== 0) throw new Error(`compose config exited ${String(run.status)}:\n${run.stderr}`);
    services = serviceViews(composeConfigAsJson(compose, run.stdout));
  }, 90_000);

  afterAll(() => {
    if (workDir !== undefined) rmSync(workDir, { recursive: true, force: true });
  });

  it('is valid and meets the deployment requirements', () => {
    expect(composeProblems(services, { repoRoot, nginxListenPorts: nginxFacts(nginxDirectives).listenPorts })).toEqual([]);
  });

  it('has exactly the expected services', () => {
    const names = services.map((service) => service.name).sort();
    expect(names).toEqual(['api', 'migrate', 'nginx', 'postgres', 'postgres-replica', 'redis', 'worker']);
  });

  it('passes on to the api and worker every variable they read (what an operator sets reaches them), QUEUE_PREFIX and WEB_DIST aside', () => {
    // QUEUE_PREFIX is for tests sharing one Redis; WEB_DIST is the api serving the web build, which nginx does here.
    const read = Object.keys(serverEnvSchema.shape).filter((name) => !['QUEUE_PREFIX', 'WEB_DIST'].includes(name));
    for (const name of ['api', 'worker']) {
      const environment = services.find((service) => service.name === name)?.environment ?? {};
      expect([name, read.filter((variable) => !(variable in environment))]).toEqual([name, []]);
    }
  });

  it('keeps the read replica following the primary: a replication slot (bounded on the primary), and healthy only while it streams', () => {
    expect(services.find((service) => service.name === 'postgres')?.command).toEqual(['postgres', '-c', 'max_slot_wal_keep_size=4GB']);
    const entrypoint = readFileSync(join(dockerDir, 'postgres', 'replica-entrypoint.sh'), 'utf8');
    expect(entrypoint).toMatch(/pg_basebackup [^\n]*--slot="\$SLOT"/);
    expect(entrypoint).toContain('copy --create-slot');
    const compose = readFileSync(composeFile, 'utf8');
    const replica = compose.slice(compose.indexOf('  postgres-replica:'), compose.indexOf('  redis:'));
    expect(replica).toMatch(/healthcheck:\s+test: \[[^\]]*pg_stat_wal_receiver[^\]]*grep -qx streaming/);
  });

  it('runs two API replicas', () => {
    expect(services.find((service) => service.name === 'api')?.replicas).toBe(2);
  });

  it('builds every image from a Dockerfile that exists', () => {
    const built = services.filter((service) => service.dockerfile !== undefined);
    expect(built.map((service) => service.name).sort()).toEqual(['api', 'migrate', 'nginx', 'worker']);
    for (const service of built) expect(existsSync(service.dockerfile ?? '')).toBe(true);
  });

  it('refuses to start without JWT_SECRET, naming it', () => {
    const run = runComposeConfig(compose, composeFile, emptyEnvFile, composeEnvironment({}));
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('set JWT_SECRET');
  }, 60_000);

  it('reports a broken compose file (so the check above can fail)', () => {
    const broken = join(workDir, 'broken.yml');
    writeFileSync(broken, 'services:\n  api:\n    image: x\n    deploy: { replicas: "two" }\n    depends_on: { nothere: { condition: bogus } }\n');
    const run = runComposeConfig(compose, broken, emptyEnvFile, composeEnvironment({}));
    expect(run.status).not.toBe(0);
  }, 60_000);
});

describe('Dockerfiles under docker/', () => {
  it('are there: one per app', () => {
    expect(dockerfiles).toEqual(['api.Dockerfile', 'web.Dockerfile', 'worker.Dockerfile']);
  });

  it.each(dockerfiles)('%s copies only existing, allowed paths, uses node:22-bookworm-slim and ends as a non-root user', (file) => {
    expect(problemsFor(file)).toEqual([]);
  });

  it('api image checks its health with node fetch against /api/health and starts the API', () => {
    const healthcheck = lastInstruction('api.Dockerfile', 'HEALTHCHECK');
    expect(healthcheck).toMatch(/CMD \[?"?node/);
    expect(healthcheck).toContain('fetch(');
    expect(healthcheck).toContain('/api/health');
    expect(instructionArguments(lastInstruction('api.Dockerfile', 'CMD'))).toEqual(['node', 'dist/apps/api/src/main.js']);
  });

  it('worker image starts the worker', () => {
    expect(instructionArguments(lastInstruction('worker.Dockerfile', 'CMD'))).toEqual(['node', 'dist/apps/worker/src/main.js']);
  });

  it('worker image is healthy while its heartbeat is recent, and not when it is old or missing', () => {
    const healthcheck = lastInstruction('worker.Dockerfile', 'HEALTHCHECK');
    const command = /CMD\s+(\[.*\])\s*$/.exec(healthcheck)?.[1];
    const [program, ...args] = JSON.parse(command ?? '[]') as string[];
    expect(program).toBe('node');
    const dir = mkdtempSync(join(tmpdir(), 'lantern-heartbeat-'));
    try {
      const file = join(dir, 'alive');
      const check = () => spawnSync(process.execPath, args, { env: { PATH: process.env['PATH'] ?? '', WORKER_HEARTBEAT_FILE: file, WORKER_HEARTBEAT_SECONDS: '10' }, timeout: 10_000 }).status;
      expect(check()).toBe(1);
      writeFileSync(file, new Date().toISOString());
      expect(check()).toBe(0);
      // Three beats missed: unhealthy.
      const old = new Date(Date.now() - 31_000);
      utimesSync(file, old, old);
      expect(check()).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('web image serves the web build with docker/nginx.conf', () => {
    const copies = finalStage(dockerfileText('web.Dockerfile'))
      ?.instructions.filter((instruction) => instruction.keyword === 'COPY')
      .map((instruction) => instruction.rest);
    expect(copies).toEqual(
      expect.arrayContaining([
        'docker/nginx.conf /etc/nginx/nginx.conf',
        expect.stringMatching(/^--from=build \/app\/dist\/apps\/web /),
      ]),
    );
  });
});

describe('docker/nginx.conf', () => {
  it('routes /api and /socket.io to a sticky upstream with WebSocket upgrades, serves the SPA, logs no client identity', () => {
    expect(nginxProblems(nginxDirectives)).toEqual([]);
  });

  it('listens on one port, the one compose publishes', () => {
    expect(nginxFacts(nginxDirectives).listenPorts).toEqual([8080]);
  });

  it('writes no client address to its error log in normal operation, and keeps every body the api accepts, and every answer, off its disk', () => {
    expect(apiBodyLimitBytes).toBe(256 * 1024);
    expect(nginxErrorLogProblems(nginxDirectives, { apiBodyLimitBytes })).toEqual([]);
  });

  it('serves the app with a Content-Security-Policy that runs only its own scripts, on every location', () => {
    expect(nginxSecurityHeaderProblems(nginxDirectives)).toEqual([]);
  });
});

describe('the checks themselves fail on bad input', () => {
  it('flags a root user, a missing path, a whole-context copy, a wrong base and a missing Playwright skip', () => {
    const problems = dockerfileProblems({
      name: 'fixture',
      text: [
        'FROM node:20 AS build',
        'COPY package.json no-such-file.txt ./',
        'RUN npm ci',
        'COPY . .',
        'FROM node:22-bookworm-slim',
        'COPY --from=bulid /app/dist ./dist',
        'USER root',
      ].join('\n'),
      contextRoot: repoRoot,
      ignorePatterns: ['package.json'],
    });
    expect(problems).toEqual([
      'fixture stage build: node base is node:20, expected node:22-bookworm-slim',
      'fixture stage build line 2: package.json is excluded by the .dockerignore, so the build cannot see it',
      'fixture stage build line 2: no-such-file.txt does not exist in the repository',
      'fixture stage build line 2: the build stage copies no-such-file.txt, which is not in the allowed list',
      'fixture stage build line 3: npm ci runs without PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1',
      'fixture stage build line 4: copies the whole build context',
      'fixture stage 1 line 6: --from=bulid names no earlier stage',
      'fixture: the final stage runs as root; set a non-root USER',
    ]);
  });

  it('flags a final stage with no USER at all', () => {
    const problems = dockerfileProblems({ name: 'f', text: 'FROM alpine AS a\nFROM alpine\nCMD ["true"]', contextRoot: repoRoot, ignorePatterns: [] });
    expect(problems).toEqual(['f: the final stage runs as root (no USER); set a non-root USER']);
  });

  it('flags a round-robin upstream, missing upgrade headers, a missing location, uncompressed assets and an IP-logging access log', () => {
    const problems = nginxProblems(
      parseNginxConfig(`
        http {
          upstream api { server api:3000; }
          server {
            listen 80;
            access_log /dev/stdout;
            location /api/ { proxy_pass http://api; }
            location / { try_files $uri /index.html; }
          }
        }`),
    );
    expect(problems).toEqual([
      'upstream api: not sticky (use hash $remote_addr consistent, or ip_hash)',
      'upstream api: a single named server (api:3000) needs "resolve" to follow replicas',
      'location /api/: proxy_pass http://api is not a sticky upstream',
      'location /api/: needs proxy_http_version 1.1',
      'location /api/: needs proxy_set_header Upgrade $http_upgrade',
      'location /api/: needs proxy_set_header Connection from a map of $http_upgrade (or "upgrade")',
      'no location /socket.io/',
      "location /assets/ must send the build's .gz files (gzip_static on)",
      'access_log on line 6 uses combined, which logs client IPs',
    ]);
  });

  it('flags a log format that records the client address or the query string', () => {
    const problems = nginxProblems(
      parseNginxConfig(`http { log_format x '$remote_addr $request $request_time'; access_log off; }`),
    );
    expect(problems).toEqual(
      expect.arrayContaining(['log_format x logs $remote_addr', 'log_format x logs $request']),
    );
    expect(problems).not.toContain('log_format x logs $request_time');
  });

  it("flags an error log that names clients, a body buffer below the api's limit and bodies nginx would take past it", () => {
    const problems = nginxErrorLogProblems(
      parseNginxConfig(`
        error_log /dev/stderr warn;
        http {
          server {
            client_max_body_size 1m;
            location /api/ { proxy_pass http://api; }
            location /socket.io/ { client_body_buffer_size 64k; client_max_body_size 0; error_log /dev/stderr error; proxy_pass http://api; }
          }
        }`),
      { apiBodyLimitBytes: 64 * 1024 },
    );
    expect(problems).toEqual([
      'error_log on line 2 logs at "warn", which writes client addresses and request lines (use crit or above)',
      'error_log on line 7 logs at "error", which writes client addresses and request lines (use crit or above)',
      "location /api/: client_body_buffer_size 16k is below the api's body limit (65536 bytes), so bodies the api accepts go to disk",
      'location /api/: client_max_body_size 1m is above client_body_buffer_size 16k, so larger bodies go to disk before the api refuses them',
      'location /socket.io/: client_max_body_size 0 (no limit) is above client_body_buffer_size 64k, so larger bodies go to disk before the api refuses them',
      "location /api/: answers larger than nginx's buffers go to a temporary file (set proxy_max_temp_file_size 0 or proxy_buffering off)",
      "location /socket.io/: answers larger than nginx's buffers go to a temporary file (set proxy_max_temp_file_size 0 or proxy_buffering off)",
    ]);
    expect(nginxErrorLogProblems(parseNginxConfig('http { }'), { apiBodyLimitBytes: 1 })).toEqual([
      'no top-level error_log: nginx would log at "error", which writes client addresses (use crit or above)',
    ]);
  });

  it('flags answers buffered to disk, and a missing or loose Content-Security-Policy', () => {
    const config = (server: string) =>
      parseNginxConfig(`error_log /dev/stderr crit; http { server { client_body_buffer_size 1k; client_max_body_size 1k; ${server} location /api/ { proxy_pass http://api; } location /socket.io/ { proxy_buffering off; proxy_pass http://api; } } }`);
    expect(nginxErrorLogProblems(config(''), { apiBodyLimitBytes: 1 })).toEqual([
      "location /api/: answers larger than nginx's buffers go to a temporary file (set proxy_max_temp_file_size 0 or proxy_buffering off)",
    ]);
    expect(nginxErrorLogProblems(config('proxy_max_temp_file_size 0;'), { apiBodyLimitBytes: 1 })).toEqual([]);
    expect(nginxSecurityHeaderProblems(config(''))).toEqual(['server: no Content-Security-Policy header']);
    expect(
      nginxSecurityHeaderProblems(
        parseNginxConfig(`http { server { add_header Content-Security-Policy "default-src 'self'; script-src 'self' 'unsafe-inline'"; location /assets/ { add_header Cache-Control public; } } }`),
      ),
    ).toEqual([
      'Content-Security-Policy: no object-src',
      'Content-Security-Policy: no frame-ancestors',
      'Content-Security-Policy: no base-uri',
      "Content-Security-Policy: script-src allows more than 'self' ('self' 'unsafe-inline')",
      'Content-Security-Policy: add it "always", so error pages carry it too',
      "location /assets/: add_header here drops the server's security headers",
    ]);
  });

  it('flags compose files that publish API ports, skip migrate or run one API node', () => {
    const problems = composeProblems(
      serviceViews({
        services: {
          postgres: { image: 'postgres:17', healthcheck: { test: ['CMD', 'true'] }, volumes: ['pg:/var/lib/postgresql/data'] },
          redis: { image: 'redis:7', healthcheck: { test: ['CMD', 'true'] } },
          migrate: { image: 'lantern/api', command: ['node', 'dist/libs/db/src/cli/seed.js'] },
          api: { image: 'lantern/api', ports: ['3000:3000'], depends_on: ['migrate'], environment: {} },
          worker: { image: 'lantern/worker', depends_on: { migrate: { condition: 'service_started' } } },
          nginx: { image: 'lantern/web', ports: [{ published: 8080, target: 80 }] },
        },
      }),
      { repoRoot, nginxListenPorts: [8080] },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'the API runs 1 node(s); the deployment shows at least 2',
        'service api publishes a port; only nginx may',
        'nginx publishes container port 80, but nginx.conf listens on 8080',
        'migrate must run dist/libs/db/src/cli/migrate.js, then seed.js',
        'api must wait for migrate with condition service_completed_successfully',
        'worker must wait for migrate with condition service_completed_successfully',
        'api does not set JWT_SECRET',
        'service postgres-replica is missing',
        'api: DATABASE_READ_URL does not point at the postgres-replica service',
        'api: TRUST_PROXY_HOPS must count nginx in front of it (1 or more)',
      ]),
    );
  });

  it('flags a read replica on another image, copying before postgres is healthy, without a volume, and a mounted file that is not there', () => {
    const problems = composeProblems(
      serviceViews({
        services: {
          postgres: { image: 'postgres:17', healthcheck: { test: ['CMD', 'true'] }, volumes: ['pg:/var/lib/postgresql/data'] },
          'postgres-replica': {
            image: 'postgres:16',
            depends_on: ['postgres'],
            volumes: [{ type: 'bind', source: join(repoRoot, 'docker', 'postgres', 'no-such-script.sh'), target: '/usr/local/bin/replica-entrypoint.sh' }],
          },
          api: { image: 'lantern/api', deploy: { replicas: 2 }, environment: { DATABASE_READ_URL: 'postgres://lantern@postgres:5432/lantern' } },
        },
      }),
      { repoRoot, nginxListenPorts: [8080] },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'postgres-replica should run the same image as postgres',
        'postgres-replica has no healthcheck',
        'postgres-replica data is not on a volume',
        'postgres-replica must wait for a healthy postgres to copy',
        'api: DATABASE_READ_URL does not point at the postgres-replica service',
        `postgres-replica mounts ${join(repoRoot, 'docker', 'postgres', 'no-such-script.sh')}, which does not exist`,
      ]),
    );
  });

  it('has replication scripts bash can parse, executable as the postgres image expects', () => {
    for (const script of ['primary-init.sh', 'replica-entrypoint.sh']) {
      const file = join(repoRoot, 'docker', 'postgres', script);
      expect(spawnSync('bash', ['-n', file]).status).toBe(0);
      expect(statSync(file).mode & 0o111).not.toBe(0);
    }
  });
});
