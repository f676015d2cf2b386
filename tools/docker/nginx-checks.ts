import { childrenNamed, walkNginx, type NginxDirective } from './nginx-config';

/**
 * What the deployment requires of docker/nginx.conf, as a list of problems (empty when all is
 * well): sticky routing for Socket.IO, WebSocket upgrades, the SPA fallback, access logs that
 * hold no client identity, and an error log that holds none in normal operation.
 */

/** Variables that would put a client's address, browser, origin or query (search terms) in a log. */
const IDENTIFYING_LOG_VARIABLES = new Set([
  'remote_addr',
  'binary_remote_addr',
  'realip_remote_addr',
  'proxy_add_x_forwarded_for',
  'http_x_forwarded_for',
  'http_x_real_ip',
  'http_forwarded',
  'http_user_agent',
  'http_referer',
  'http_cookie',
  'http_authorization',
  'request',
  'request_uri',
  'request_body',
  'args',
  'query_string',
]);

function isIdentifyingVariable(name: string): boolean {
  return IDENTIFYING_LOG_VARIABLES.has(name) || name.startsWith('arg_') || name.startsWith('cookie_');
}

/** Variable names in a log format, whole: `$request_time` is not `$request`. */
function variablesIn(format: string): string[] {
  return [...format.matchAll(/\$\{?([A-Za-z0-9_]+)\}?/g)].map((match) => match[1] ?? '');
}

const PROXIED_LOCATIONS = ['/api/', '/socket.io/'];

function single(directives: readonly NginxDirective[], name: string): NginxDirective | undefined {
  return childrenNamed(directives, name)[0];
}

function isIpAddress(host: string): boolean {
  return /^\d{1,3}(\.\d{1,3}){3}$/.test(host) || host.startsWith('[') || host.startsWith('unix:');
}

export function stickyUpstreamProblems(upstream: NginxDirective, httpBlock: readonly NginxDirective[]): string[] {
  const problems: string[] = [];
  const body = upstream.block ?? [];
  const name = upstream.args[0] ?? '';
  const hash = single(body, 'hash');
  const sticky =
    (hash !== undefined && hash.args[0] === '$remote_addr' && hash.args[1] === 'consistent') ||
    single(body, 'ip_hash') !== undefined ||
    single(body, 'sticky') !== undefined;
  if (!sticky) problems.push(`upstream ${name}: not sticky (use hash $remote_addr consistent, or ip_hash)`);
  const servers = childrenNamed(body, 'server');
  if (servers.length === 0) problems.push(`upstream ${name}: has no servers`);
  // One DNS name that resolves to several replicas only keeps working if nginx re-resolves it.
  const named = servers.filter((server) => !isIpAddress(server.args[0] ?? ''));
  if (servers.length === 1 && named.length === 1) {
    const server = named[0];
    if (server !== undefined && !server.args.includes('resolve')) {
      problems.push(`upstream ${name}: a single named server (${server.args[0] ?? ''}) needs "resolve" to follow replicas`);
    }
  }
  if (servers.some((server) => server.args.includes('resolve'))) {
    if (single(body, 'zone') === undefined) problems.push(`upstream ${name}: "resolve" needs a zone`);
    if (single(body, 'resolver') === undefined && single(httpBlock, 'resolver') === undefined) {
      problems.push(`upstream ${name}: "resolve" needs a resolver`);
    }
  }
  return problems;
}

function proxiedLocationProblems(location: NginxDirective, stickyUpstreams: ReadonlySet<string>, upgradeVariable: string | undefined): string[] {
  const problems: string[] = [];
  const path = location.args[location.args.length - 1] ?? '';
  const body = location.block ?? [];
  const proxyPass = single(body, 'proxy_pass')?.args[0] ?? '';
  const target = /^https?:\/\/([^/:]+)/.exec(proxyPass)?.[1] ?? '';
  if (!stickyUpstreams.has(target)) problems.push(`location ${path}: proxy_pass ${proxyPass || '(none)'} is not a sticky upstream`);
  if (single(body, 'proxy_http_version')?.args[0] !== '1.1') problems.push(`location ${path}: needs proxy_http_version 1.1`);
  const headers = new Map(childrenNamed(body, 'proxy_set_header').map((header) => [(header.args[0] ?? '').toLowerCase(), header.args[1] ?? '']));
  if (headers.get('upgrade') !== '$http_upgrade') problems.push(`location ${path}: needs proxy_set_header Upgrade $http_upgrade`);
  const connection = headers.get('connection') ?? '';
  if (!(connection.toLowerCase() === 'upgrade' || (upgradeVariable !== undefined && connection === upgradeVariable))) {
    problems.push(`location ${path}: needs proxy_set_header Connection from a map of $http_upgrade (or "upgrade")`);
  }
  return problems;
}

function accessLogProblems(directives: readonly NginxDirective[]): string[] {
  const problems: string[] = [];
  const all = walkNginx(directives);
  const formats = new Map<string, string>();
  for (const { directive } of all) {
    if (directive.name !== 'log_format') continue;
    const [name = '', ...parts] = directive.args;
    const text = parts.filter((part) => !part.startsWith('escape=')).join(' ');
    formats.set(name, text);
    for (const variable of variablesIn(text)) {
      if (isIdentifyingVariable(variable)) problems.push(`log_format ${name} logs $${variable}`);
    }
  }
  const logs = all.filter(({ directive }) => directive.name === 'access_log');
  if (logs.length === 0) problems.push('no access_log directive: nginx would use the combined format, which logs client IPs');
  for (const { directive } of logs) {
    if (directive.args[0] === 'off') continue;
    const format = directive.args[1];
    if (format === undefined || format === 'combined' || format === 'main') {
      problems.push(`access_log on line ${directive.line} uses ${format ?? 'combined'}, which logs client IPs`);
    } else if (!formats.has(format)) {
      problems.push(`access_log on line ${directive.line} uses undefined log_format ${format}`);
    }
  }
  return problems;
}

export interface NginxFacts {
  readonly listenPorts: readonly number[];
}

export function nginxFacts(directives: readonly NginxDirective[]): NginxFacts {
  const listenPorts = walkNginx(directives)
    .filter(({ directive, parents }) => directive.name === 'listen' && parents[parents.length - 1]?.name === 'server')
    .map(({ directive }) => Number(/(\d+)$/.exec(directive.args[0] ?? '')?.[1]))
    .filter((port) => Number.isInteger(port));
  return { listenPorts };
}

export function nginxProblems(directives: readonly NginxDirective[]): string[] {
  const http = single(directives, 'http');
  if (http?.block === undefined) return ['no http block'];
  const httpBlock = http.block;
  const problems: string[] = [];

  const upstreams = childrenNamed(httpBlock, 'upstream');
  const stickyUpstreams = new Set<string>();
  for (const upstream of upstreams) {
    const upstreamProblems = stickyUpstreamProblems(upstream, httpBlock);
    problems.push(...upstreamProblems);
    if (upstreamProblems.length === 0) stickyUpstreams.add(upstream.args[0] ?? '');
  }
  if (upstreams.length === 0) problems.push('no upstream for the API nodes');

  const upgradeMap = childrenNamed(httpBlock, 'map').find((map) => map.args[0] === '$http_upgrade');
  const upgradeVariable = upgradeMap?.args[1];

  const servers = childrenNamed(httpBlock, 'server');
  if (servers.length === 0) problems.push('no server block');
  for (const server of servers) {
    const locations = childrenNamed(server.block ?? [], 'location');
    const byPath = new Map(locations.map((location) => [location.args[location.args.length - 1] ?? '', location]));
    for (const path of PROXIED_LOCATIONS) {
      const location = byPath.get(path) ?? byPath.get(path.replace(/\/$/, ''));
      if (location === undefined) problems.push(`no location ${path}`);
      else problems.push(...proxiedLocationProblems(location, stickyUpstreams, upgradeVariable));
    }
    const root = byPath.get('/');
    const tryFiles = root === undefined ? undefined : single(root.block ?? [], 'try_files');
    if (tryFiles === undefined || tryFiles.args[tryFiles.args.length - 1] !== '/index.html') {
      problems.push('location / must fall back to /index.html (client-side routes)');
    }
    // The build compresses the assets beside themselves; nginx must send those, not the megabyte.
    const assets = byPath.get('/assets/');
    if (assets === undefined || single(assets.block ?? [], 'gzip_static')?.args[0] !== 'on') {
      problems.push("location /assets/ must send the build's .gz files (gzip_static on)");
    }
  }

  problems.push(...accessLogProblems(directives));
  return problems;
}

/** nginx's error-log levels, most to least verbose. */
const ERROR_LOG_LEVELS = ['debug', 'info', 'notice', 'warn', 'error', 'crit', 'alert', 'emerg'];

/**
 * nginx ends every error-log line about a request with `client: <address>` and the request line
 * (query string included). At `error` that is every upstream failure, so each request during an
 * api restart; at `warn` every body or answer buffered to a temporary file. From `crit` up the
 * lines are about nginx itself failing.
 */
const QUIETEST_PRIVATE_LEVEL = 'crit';

/** The size an nginx directive (`64k`, `1m`, `16384`) or a body-parser limit (`64kb`) names, in bytes. */
export function sizeInBytes(text: string): number | undefined {
  const match = /^(\d+)\s*([kmg]?)b?$/i.exec(text.trim());
  if (match === null) return undefined;
  const unit = (match[2] ?? '').toLowerCase();
  return Number(match[1]) * (unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1);
}

/** nginx's own defaults where a directive is absent (64-bit platforms). */
const DEFAULT_CLIENT_BODY_BUFFER_SIZE = '16k';
const DEFAULT_CLIENT_MAX_BODY_SIZE = '1m';

/** A directive's value as a location inherits it: its own, else its server's, else http's. */
function inherited(blocks: ReadonlyArray<readonly NginxDirective[]>, name: string, fallback: string): string {
  for (const block of [...blocks].reverse()) {
    const found = single(block, name);
    if (found !== undefined) return found.args[0] ?? fallback;
  }
  return fallback;
}

function errorLogProblems(directives: readonly NginxDirective[]): string[] {
  const quietest = ERROR_LOG_LEVELS.indexOf(QUIETEST_PRIVATE_LEVEL);
  const logs = walkNginx(directives).filter(({ directive }) => directive.name === 'error_log');
  if (!logs.some(({ parents }) => parents.length === 0)) {
    return [`no top-level error_log: nginx would log at "error", which writes client addresses (use ${QUIETEST_PRIVATE_LEVEL} or above)`];
  }
  const problems: string[] = [];
  for (const { directive } of logs) {
    const level = directive.args[1] ?? 'error';
    if (ERROR_LOG_LEVELS.indexOf(level) < quietest) {
      problems.push(`error_log on line ${directive.line} logs at "${level}", which writes client addresses and request lines (use ${QUIETEST_PRIVATE_LEVEL} or above)`);
    }
  }
  return problems;
}

/** Each location that proxies to the api, with the blocks its settings are inherited from (http, server, location). */
function proxiedLocations(directives: readonly NginxDirective[]): Array<{ path: string; blocks: Array<readonly NginxDirective[]> }> {
  const httpBlock = single(directives, 'http')?.block ?? [];
  return childrenNamed(httpBlock, 'server').flatMap((server) =>
    childrenNamed(server.block ?? [], 'location')
      .map((location) => ({ path: location.args[location.args.length - 1] ?? '', blocks: [httpBlock, server.block ?? [], location.block ?? []] }))
      .filter(({ path }) => PROXIED_LOCATIONS.includes(path)),
  );
}

/**
 * Every body the api accepts must fit nginx's in-memory buffer, and nginx must refuse what does
 * not fit before reading it: a body that overflows is written to a temporary file (a member's
 * words on nginx's disk) with a warning naming the client.
 */
function requestBodyProblems(directives: readonly NginxDirective[], apiBodyLimitBytes: number): string[] {
  const problems: string[] = [];
  for (const { path, blocks } of proxiedLocations(directives)) {
    const buffer = inherited(blocks, 'client_body_buffer_size', DEFAULT_CLIENT_BODY_BUFFER_SIZE);
    const most = inherited(blocks, 'client_max_body_size', DEFAULT_CLIENT_MAX_BODY_SIZE);
    const bufferBytes = sizeInBytes(buffer) ?? 0;
    const mostBytes = sizeInBytes(most) ?? Number.POSITIVE_INFINITY;
    if (bufferBytes < apiBodyLimitBytes) {
      problems.push(`location ${path}: client_body_buffer_size ${buffer} is below the api's body limit (${apiBodyLimitBytes} bytes), so bodies the api accepts go to disk`);
    }
    // 0 lifts nginx's limit altogether.
    if (mostBytes === 0 || mostBytes > bufferBytes) {
      problems.push(`location ${path}: client_max_body_size ${mostBytes === 0 ? '0 (no limit)' : most} is above client_body_buffer_size ${buffer}, so larger bodies go to disk before the api refuses them`);
    }
  }
  return problems;
}

/**
 * nginx holds an answer it cannot pass on at once (a slow phone) in a few small buffers, then in a
 * temporary file: a data export, a thread or a private chat's history written to the container's
 * disk. Off for the proxied locations: either no buffering, or no temporary file.
 */
function answerBodyProblems(directives: readonly NginxDirective[]): string[] {
  const problems: string[] = [];
  for (const { path, blocks } of proxiedLocations(directives)) {
    const buffering = inherited(blocks, 'proxy_buffering', 'on');
    const tempFile = inherited(blocks, 'proxy_max_temp_file_size', '1024m');
    if (buffering !== 'off' && sizeInBytes(tempFile) !== 0) {
      problems.push(`location ${path}: answers larger than nginx's buffers go to a temporary file (set proxy_max_temp_file_size 0 or proxy_buffering off)`);
    }
  }
  return problems;
}

/** What would put a client's address (or a member's words) in nginx's error log or on its disk. */
export function nginxErrorLogProblems(directives: readonly NginxDirective[], limits: { readonly apiBodyLimitBytes: number }): string[] {
  return [...errorLogProblems(directives), ...requestBodyProblems(directives, limits.apiBodyLimitBytes), ...answerBodyProblems(directives)];
}

/**
 * The page nginx serves is the one that holds a member's session: it must carry a Content Security
 * Policy that runs only Lantern's own scripts (the api sends one when it serves the app itself).
 */
export function nginxSecurityHeaderProblems(directives: readonly NginxDirective[]): string[] {
  const httpBlock = single(directives, 'http')?.block ?? [];
  const problems: string[] = [];
  for (const server of childrenNamed(httpBlock, 'server')) {
    const headers = new Map(childrenNamed(server.block ?? [], 'add_header').map((header) => [(header.args[0] ?? '').toLowerCase(), header]));
    const csp = headers.get('content-security-policy');
    if (csp === undefined) {
      problems.push('server: no Content-Security-Policy header');
      continue;
    }
    const policy = new Map(
      (csp.args[1] ?? '')
        .split(';')
        .map((part) => part.trim().split(/\s+/))
        .filter((words) => words[0])
        .map(([name = '', ...sources]) => [name, sources]),
    );
    for (const name of ['default-src', 'script-src', 'object-src', 'frame-ancestors', 'base-uri']) if (!policy.has(name)) problems.push(`Content-Security-Policy: no ${name}`);
    const scripts = policy.get('script-src') ?? [];
    if (scripts.some((source) => source !== "'self'")) problems.push(`Content-Security-Policy: script-src allows more than 'self' (${scripts.join(' ')})`);
    if (csp.args[2] !== 'always') problems.push('Content-Security-Policy: add it "always", so error pages carry it too');
    // A location with add_header of its own drops the server's headers (nginx does not merge them).
    for (const location of childrenNamed(server.block ?? [], 'location')) {
      if (childrenNamed(location.block ?? [], 'add_header').length > 0) problems.push(`location ${location.args[location.args.length - 1] ?? ''}: add_header here drops the server's security headers`);
    }
  }
  return problems;
}
