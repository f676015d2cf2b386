import { existsSync, readdirSync } from 'node:fs';
import { join, posix } from 'node:path';
import { parseCopy, parseDockerInstructions, parseEnv, splitStages, type DockerStage } from './dockerfile-instructions';

/**
 * What the deployment requires of every Dockerfile under docker/, as a list of problems (empty
 * when all is well) so a failing test names each one.
 */

export const NODE_BASE_IMAGE = 'node:22-bookworm-slim';

/** The only context paths a build stage may copy (the lead's build layout). */
export const ALLOWED_BUILD_SOURCES = [
  'package.json',
  'package-lock.json',
  'nx.json',
  'tsconfig*.json',
  '.swcrc',
  'apps/',
  'libs/',
  'tools/',
];

const ROOT_USERS = new Set(['', 'root', '0']);

function toRegExp(glob: string): RegExp {
  let source = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index] ?? '';
    if (char === '*' && glob[index + 1] === '*') {
      source += '.*';
      index += 1;
      if (glob[index + 1] === '/') index += 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function hasGlob(path: string): boolean {
  return /[*?[]/.test(path);
}

/** Context-relative path without `./`, leading or trailing slashes. */
function contextPath(source: string): string {
  return posix.normalize(source.replace(/^\.\//, '').replace(/^\/+/, '')).replace(/\/+$/, '');
}

/** Files a COPY source names in the context; wildcards are supported in the last segment only. */
export function expandSource(contextRoot: string, source: string): string[] {
  const path = contextPath(source);
  if (!hasGlob(path)) return existsSync(join(contextRoot, path)) ? [path] : [];
  const directory = posix.dirname(path);
  if (hasGlob(directory)) throw new Error(`wildcards outside the last path segment are not checked: ${source}`);
  const pattern = toRegExp(posix.basename(path));
  const absoluteDirectory = join(contextRoot, directory);
  if (!existsSync(absoluteDirectory)) return [];
  return readdirSync(absoluteDirectory)
    .filter((entry) => pattern.test(entry))
    .map((entry) => (directory === '.' ? entry : `${directory}/${entry}`));
}

/**
 * Docker's .dockerignore rules, close enough for these files: later lines win, `!` re-includes,
 * and excluding a directory excludes what is inside it.
 */
export function parseDockerignore(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function isIgnored(path: string, patterns: readonly string[]): boolean {
  const segments = contextPath(path).split('/');
  const candidates = segments.map((_, index) => segments.slice(0, index + 1).join('/'));
  let ignored = false;
  for (const raw of patterns) {
    const negated = raw.startsWith('!');
    const pattern = toRegExp(contextPath(negated ? raw.slice(1) : raw));
    if (candidates.some((candidate) => pattern.test(candidate))) ignored = !negated;
  }
  return ignored;
}

export interface DockerfileCheckInput {
  /** For messages. */
  readonly name: string;
  readonly text: string;
  /** The build context (the repository root). */
  readonly contextRoot: string;
  readonly ignorePatterns: readonly string[];
}

export function finalStage(text: string): DockerStage | undefined {
  const stages = splitStages(parseDockerInstructions(text));
  return stages[stages.length - 1];
}

export function dockerfileProblems(input: DockerfileCheckInput): string[] {
  const problems: string[] = [];
  const stages = splitStages(parseDockerInstructions(input.text));
  if (stages.length < 2) problems.push(`${input.name}: not multi-stage (${stages.length} stage)`);

  const earlierStages = new Set<string>();
  for (const [index, stage] of stages.entries()) {
    const label = `${input.name} stage ${stage.name ?? index}`;
    if (stage.base.startsWith('node:') && stage.base !== NODE_BASE_IMAGE) {
      problems.push(`${label}: node base is ${stage.base}, expected ${NODE_BASE_IMAGE}`);
    }
    const env: Record<string, string> = {};
    for (const instruction of stage.instructions) {
      if (instruction.keyword === 'ENV') Object.assign(env, parseEnv(instruction.rest));
      if (instruction.keyword === 'RUN' && /\bnpm ci\b/.test(instruction.rest) && env['PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD'] !== '1') {
        problems.push(`${label} line ${instruction.line}: npm ci runs without PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1`);
      }
      const copy = parseCopy(instruction);
      if (copy === null) continue;
      if (copy.from !== undefined) {
        if (!earlierStages.has(copy.from) && !copy.from.includes(':') && !copy.from.includes('/')) {
          problems.push(`${label} line ${copy.line}: --from=${copy.from} names no earlier stage`);
        }
        continue;
      }
      for (const source of copy.sources) {
        if (/^(https?:|git@)/.test(source)) continue;
        if (contextPath(source) === '.' || contextPath(source) === '') {
          problems.push(`${label} line ${copy.line}: copies the whole build context`);
          continue;
        }
        const matches = expandSource(input.contextRoot, source);
        if (matches.length === 0) problems.push(`${label} line ${copy.line}: ${source} does not exist in the repository`);
        for (const match of matches) {
          if (isIgnored(match, input.ignorePatterns)) {
            problems.push(`${label} line ${copy.line}: ${match} is excluded by the .dockerignore, so the build cannot see it`);
          }
        }
        if (stage.name === 'build' && !ALLOWED_BUILD_SOURCES.some((allowed) => contextPath(allowed) === contextPath(source))) {
          problems.push(`${label} line ${copy.line}: the build stage copies ${source}, which is not in the allowed list`);
        }
      }
    }
    if (stage.name !== undefined) earlierStages.add(stage.name);
  }

  const last = stages[stages.length - 1];
  const users = last?.instructions.filter((instruction) => instruction.keyword === 'USER') ?? [];
  const user = users[users.length - 1]?.rest.trim().split(':')[0] ?? '';
  if (ROOT_USERS.has(user)) {
    problems.push(`${input.name}: the final stage runs as ${user === '' ? 'root (no USER)' : user}; set a non-root USER`);
  }
  return problems;
}

/** The .dockerignore BuildKit uses for a Dockerfile: `<file>.dockerignore` beside it, else the context's. */
export function dockerignoreFor(dockerfilePath: string, contextRoot: string): string | undefined {
  const beside = `${dockerfilePath}.dockerignore`;
  if (existsSync(beside)) return beside;
  const atRoot = join(contextRoot, '.dockerignore');
  return existsSync(atRoot) ? atRoot : undefined;
}

