import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * Runs `compose config` with whichever Compose is installed (the v2 plugin preferred, Debian's
 * docker-compose v1 otherwise) and returns the resolved configuration as plain JSON. `config`
 * only parses, interpolates and validates, so no Docker engine is needed.
 */

export interface ComposeCommand {
  readonly program: string;
  readonly prefixArgs: readonly string[];
  readonly version: 1 | 2;
}

export interface ComposeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

function runs(program: string, args: readonly string[]): boolean {
  const result = spawnSync(program, args, { encoding: 'utf8', timeout: 30_000 });
  return result.error === undefined && result.status === 0;
}

/** Throws a sentence saying what to install when neither Compose is present, so CI fails loudly. */
export function findComposeCommand(): ComposeCommand {
  if (runs('docker', ['compose', 'version'])) return { program: 'docker', prefixArgs: ['compose'], version: 2 };
  if (runs('docker-compose', ['version'])) return { program: 'docker-compose', prefixArgs: [], version: 1 };
  throw new Error(
    'Docker Compose is not installed: neither `docker compose` (v2 plugin) nor `docker-compose` ran. ' +
      'The deployment test needs one of them to validate docker/compose.yml (for example: apt-get install docker-compose).',
  );
}

/**
 * `config` for one compose file. `envFile` replaces any `.env` the project or working directory
 * has, and `env` is the whole environment, so a developer's own settings cannot change the result.
 */
export function runComposeConfig(
  command: ComposeCommand,
  composeFile: string,
  envFile: string,
  env: Readonly<Record<string, string>>,
): ComposeRun {
  const args = [...command.prefixArgs, '--env-file', envFile, '-f', composeFile, 'config'];
  if (command.version === 2) args.push('--format', 'json');
  const result = spawnSync(command.program, args, { encoding: 'utf8', env: { ...env }, timeout: 60_000 });
  if (result.error !== undefined) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * v1 prints YAML only. It is a Python program built on PyYAML, so its own interpreter can turn
 * that YAML into JSON without adding a YAML package to the workspace.
 */
function pythonOfComposeV1(): string {
  const which = spawnSync('sh', ['-c', 'command -v docker-compose'], { encoding: 'utf8' });
  const path = which.stdout.trim();
  try {
    const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(readFileSync(path, 'utf8').slice(0, 200));
    if (shebang !== null) return shebang[1]?.endsWith('/env') ? (shebang[2] ?? 'python3') : (shebang[1] ?? 'python3');
  } catch {
    // Not a script (a packaged binary): fall back to the python3 on PATH.
  }
  return 'python3';
}

export function composeConfigAsJson(command: ComposeCommand, output: string): unknown {
  if (command.version === 2) return JSON.parse(output);
  const converted = spawnSync(
    pythonOfComposeV1(),
    ['-c', 'import json, sys, yaml; json.dump(yaml.safe_load(sys.stdin), sys.stdout)'],
    { encoding: 'utf8', input: output, timeout: 30_000 },
  );
  if (converted.status !== 0) throw new Error(`could not convert docker-compose output to JSON: ${converted.stderr}`);
  return JSON.parse(converted.stdout);
}
