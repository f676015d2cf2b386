import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/**
 * What the deployment requires of the resolved compose configuration (`compose config` output,
 * v1 or v2 shape), as a list of problems (empty when all is well).
 */

export interface PublishedPort {
  readonly published: string;
  readonly target: string;
}

export interface ServiceView {
  readonly name: string;
  readonly image: string | undefined;
  /** Absolute path of the Dockerfile, for services that build. */
  readonly dockerfile: string | undefined;
  readonly context: string | undefined;
  readonly replicas: number;
  readonly ports: readonly PublishedPort[];
  /** Dependency name → condition. */
  readonly dependsOn: Readonly<Record<string, string>>;
  readonly command: readonly string[];
  readonly environment: Readonly<Record<string, string>>;
  readonly hasHealthcheck: boolean;
  readonly restart: string | undefined;
  readonly volumeTargets: readonly string[];
  /** Host paths bind-mounted into the service (absolute, as compose config resolves them). */
  readonly bindSources: readonly string[];
}

type JsonRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asRecord(value: unknown): JsonRecord {
  return isRecord(value) ? value : {};
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

function parsePort(value: unknown): PublishedPort | null {
  if (isRecord(value)) {
    const published = asString(value['published']);
    const target = asString(value['target']);
    return published === undefined || target === undefined ? null : { published, target };
  }
  const text = asString(value);
  if (text === undefined) return null;
  // "[ip:]host:container[/protocol]"; a lone container port publishes on a random host port.
  const parts = text.replace(/\/\w+$/, '').split(':');
  const target = parts[parts.length - 1] ?? '';
  const published = parts.length >= 2 ? (parts[parts.length - 2] ?? '') : '';
  return { published, target };
}

function parseEnvironment(value: unknown): Record<string, string> {
  if (Array.isArray(value)) {
    return Object.fromEntries(
      value.map((item) => String(item)).map((item) => [item.split('=')[0] ?? '', item.includes('=') ? item.slice(item.indexOf('=') + 1) : '']),
    );
  }
  return Object.fromEntries(Object.entries(asRecord(value)).map(([key, item]) => [key, asString(item) ?? '']));
}

function parseDependsOn(value: unknown): Record<string, string> {
  if (Array.isArray(value)) return Object.fromEntries(value.map((name) => [String(name), 'service_started']));
  return Object.fromEntries(Object.entries(asRecord(value)).map(([name, item]) => [name, asString(asRecord(item)['condition']) ?? 'service_started']));
}

function parseCommand(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((item) => String(item));
  const text = asString(value);
  return text === undefined ? [] : [text];
}

export function serviceViews(config: unknown): ServiceView[] {
  const services = asRecord(asRecord(config)['services']);
  return Object.entries(services).map(([name, raw]) => {
    const service = asRecord(raw);
    const build = service['build'];
    const buildRecord = isRecord(build) ? build : typeof build === 'string' ? { context: build } : undefined;
    const context = buildRecord === undefined ? undefined : asString(buildRecord['context']);
    const dockerfileName = buildRecord === undefined ? undefined : (asString(buildRecord['dockerfile']) ?? 'Dockerfile');
    const dockerfile =
      context === undefined || dockerfileName === undefined
        ? undefined
        : isAbsolute(dockerfileName)
          ? dockerfileName
          : join(context, dockerfileName);
    const replicas = Number(asRecord(service['deploy'])['replicas'] ?? service['scale'] ?? 1);
    const ports = (Array.isArray(service['ports']) ? service['ports'] : []).map(parsePort).filter((port): port is PublishedPort => port !== null);
    const volumes = Array.isArray(service['volumes']) ? service['volumes'] : [];
    const volumeTargets = volumes
      .map((volume) => (isRecord(volume) ? asString(volume['target']) : asString(volume)?.split(':')[1]))
      .filter((target): target is string => target !== undefined);
    const bindSources = volumes
      .map((volume) => (isRecord(volume) ? (volume['type'] === 'bind' ? asString(volume['source']) : undefined) : asString(volume)?.split(':')[0]))
      .filter((source): source is string => source !== undefined && isAbsolute(source));
    return {
      name,
      image: asString(service['image']),
      dockerfile,
      context,
      replicas: Number.isFinite(replicas) ? replicas : 1,
      ports,
      dependsOn: parseDependsOn(service['depends_on']),
      command: parseCommand(service['command']),
      environment: parseEnvironment(service['environment']),
      hasHealthcheck: isRecord(service['healthcheck']) && service['healthcheck']['disable'] !== true,
      restart: asString(service['restart']),
      volumeTargets,
      bindSources,
    };
  });
}

/** The API may be one service with replicas or several services named api-1, api-2, ... */
export function isApiService(name: string): boolean {
  return /^api([-_]\d+)?$/.test(name);
}

export const REQUIRED_APP_ENVIRONMENT = [
  'PORT',
  'DATABASE_URL',
  'REDIS_URL',
  'JWT_SECRET',
  'PERSPECTIVE_API_KEY',
  'DEFAULT_REGION',
  'NODE_ENV',
  'LOG_LEVEL',
  'CORS_ORIGIN',
];

export interface ComposeExpectations {
  readonly repoRoot: string;
  /** The port nginx.conf listens on, which the published port must reach. */
  readonly nginxListenPorts: readonly number[];
}

export function composeProblems(services: readonly ServiceView[], expected: ComposeExpectations): string[] {
  const problems: string[] = [];
  const byName = new Map(services.map((service) => [service.name, service]));
  for (const name of ['postgres', 'redis', 'migrate', 'worker', 'nginx']) {
    if (!byName.has(name)) problems.push(`service ${name} is missing`);
  }

  const apiServices = services.filter((service) => isApiService(service.name));
  const apiNodes = apiServices.reduce((sum, service) => sum + service.replicas, 0);
  if (apiNodes < 2) problems.push(`the API runs ${apiNodes} node(s); the deployment shows at least 2`);

  for (const service of services) {
    if (service.ports.length > 0 && service.name !== 'nginx') problems.push(`service ${service.name} publishes a port; only nginx may`);
  }
  const nginx = byName.get('nginx');
  if (nginx !== undefined) {
    if (!nginx.ports.some((port) => port.published === '8080')) problems.push('nginx does not publish host port 8080');
    for (const port of nginx.ports) {
      if (!expected.nginxListenPorts.includes(Number(port.target))) {
        problems.push(`nginx publishes container port ${port.target}, but nginx.conf listens on ${expected.nginxListenPorts.join(', ') || 'nothing'}`);
      }
    }
  }

  const migrate = byName.get('migrate');
  if (migrate !== undefined) {
    const script = migrate.command.join(' ');
    const migrateAt = script.indexOf('dist/libs/db/src/cli/migrate.js');
    const seedAt = script.indexOf('dist/libs/db/src/cli/seed.js');
    if (migrateAt < 0 || seedAt < 0 || seedAt < migrateAt) problems.push('migrate must run dist/libs/db/src/cli/migrate.js, then seed.js');
    if (migrate.restart !== undefined && migrate.restart !== 'no') problems.push(`migrate is one-shot but has restart: ${migrate.restart}`);
    if (migrate.replicas !== 1) problems.push('migrate must run exactly once');
    const apiImage = apiServices[0]?.image;
    if (apiImage === undefined || migrate.image !== apiImage) problems.push('migrate should reuse the api image');
  }
  for (const service of [...apiServices, byName.get('worker')]) {
    if (service === undefined) continue;
    if (service.dependsOn['migrate'] !== 'service_completed_successfully') {
      problems.push(`${service.name} must wait for migrate with condition service_completed_successfully`);
    }
  }
  for (const service of [migrate, ...apiServices, byName.get('worker')]) {
    if (service === undefined) continue;
    for (const variable of REQUIRED_APP_ENVIRONMENT) {
      if (!(variable in service.environment)) problems.push(`${service.name} does not set ${variable}`);
    }
    if (!/@postgres:5432\//.test(service.environment['DATABASE_URL'] ?? '')) problems.push(`${service.name}: DATABASE_URL does not point at the postgres service`);
    if (!/^redis:\/\/redis:6379/.test(service.environment['REDIS_URL'] ?? '')) problems.push(`${service.name}: REDIS_URL does not point at the redis service`);
  }

  const postgres = byName.get('postgres');
  if (postgres !== undefined) {
    if (!(postgres.image ?? '').startsWith('postgres:')) problems.push('postgres should use the official postgres image');
    if (!postgres.hasHealthcheck) problems.push('postgres has no healthcheck');
    if (!postgres.volumeTargets.some((target) => target.startsWith('/var/lib/postgresql'))) problems.push('postgres data is not on a volume');
  }
  if (byName.get('redis')?.hasHealthcheck !== true) problems.push('redis has no healthcheck');

  // The read replica DESIGN.md's deployment shows: a hot standby of postgres that the api reads.
  const replica = byName.get('postgres-replica');
  if (replica === undefined) problems.push('service postgres-replica is missing');
  else {
    if (replica.image !== postgres?.image) problems.push('postgres-replica should run the same image as postgres');
    if (!replica.hasHealthcheck) problems.push('postgres-replica has no healthcheck');
    if (!replica.volumeTargets.some((target) => target.startsWith('/var/lib/postgresql'))) problems.push('postgres-replica data is not on a volume');
    if (replica.dependsOn['postgres'] !== 'service_healthy') problems.push('postgres-replica must wait for a healthy postgres to copy');
  }
  for (const service of apiServices) {
    if (!/@postgres-replica:5432\//.test(service.environment['DATABASE_READ_URL'] ?? '')) problems.push(`${service.name}: DATABASE_READ_URL does not point at the postgres-replica service`);
    // Behind nginx, an api that trusts no proxy sees nginx's address on every request: the whole
    // site would share one sign-up and one sign-in budget (20 new accounts an hour for everyone).
    if (!(Number(service.environment['TRUST_PROXY_HOPS'] ?? '0') >= 1)) problems.push(`${service.name}: TRUST_PROXY_HOPS must count nginx in front of it (1 or more)`);
  }
  for (const service of services) {
    for (const source of service.bindSources) if (!existsSync(source)) problems.push(`${service.name} mounts ${source}, which does not exist`);
  }

  for (const service of services) {
    if (service.dockerfile === undefined) continue;
    if (resolve(service.context ?? '') !== resolve(expected.repoRoot)) problems.push(`${service.name}: build context is not the repository root`);
  }
  return problems;
}
