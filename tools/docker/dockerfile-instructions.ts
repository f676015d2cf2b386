/**
 * A small Dockerfile reader for the deployment tests: enough of the syntax (continuations,
 * comments, stages, COPY/ADD flags, JSON and shell forms) to check what the Dockerfiles under
 * docker/ copy and as whom they run, without a Docker engine.
 */

export interface DockerInstruction {
  /** Upper-case keyword: FROM, COPY, RUN, ... */
  readonly keyword: string;
  /** Everything after the keyword, continuations joined with a space. */
  readonly rest: string;
  /** 1-based line where the instruction starts, for failure messages. */
  readonly line: number;
}

export interface DockerStage {
  /** The image or stage after FROM. */
  readonly base: string;
  /** The `AS name`, when given. */
  readonly name: string | undefined;
  readonly instructions: readonly DockerInstruction[];
}

export interface CopyInstruction {
  readonly keyword: 'COPY' | 'ADD';
  /** `--from=` value: a stage or image, not the build context. */
  readonly from: string | undefined;
  readonly sources: readonly string[];
  readonly destination: string;
  readonly line: number;
}

export function parseDockerInstructions(text: string): DockerInstruction[] {
  const lines = text.split(/\r?\n/);
  const instructions: DockerInstruction[] = [];
  let pending: { parts: string[]; line: number } | null = null;
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    // Docker drops comment lines everywhere, even inside a continued instruction.
    if (trimmed.startsWith('#') || (trimmed === '' && pending === null)) return;
    const continues = /\\\s*$/.test(raw);
    const content = continues ? raw.replace(/\\\s*$/, '') : raw;
    if (pending === null) pending = { parts: [], line: index + 1 };
    pending.parts.push(content.trim());
    if (continues) return;
    const joined = pending.parts.filter((part) => part !== '').join(' ');
    const match = /^(\S+)\s*(.*)$/.exec(joined);
    if (match !== null) {
      instructions.push({ keyword: (match[1] ?? '').toUpperCase(), rest: match[2] ?? '', line: pending.line });
    }
    pending = null;
  });
  return instructions;
}

export function splitStages(instructions: readonly DockerInstruction[]): DockerStage[] {
  const stages: Array<{ base: string; name: string | undefined; instructions: DockerInstruction[] }> = [];
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const words = instruction.rest.split(/\s+/).filter((word) => !word.startsWith('--'));
      const asIndex = words.findIndex((word) => word.toUpperCase() === 'AS');
      stages.push({ base: words[0] ?? '', name: asIndex >= 0 ? words[asIndex + 1] : undefined, instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return stages;
}

/** Arguments of a JSON-form (`["a", "b"]`) or shell-form instruction. */
export function instructionArguments(rest: string): string[] {
  const trimmed = rest.trim();
  if (trimmed.startsWith('[')) {
    const parsed: unknown = JSON.parse(trimmed);
    if (Array.isArray(parsed) && parsed.every((item): item is string => typeof item === 'string')) return parsed;
    throw new Error(`not a JSON array of strings: ${trimmed}`);
  }
  return trimmed.split(/\s+/).filter((word) => word !== '');
}

export function parseCopy(instruction: DockerInstruction): CopyInstruction | null {
  if (instruction.keyword !== 'COPY' && instruction.keyword !== 'ADD') return null;
  const words = instruction.rest.trim().split(/\s+/);
  const flags: string[] = [];
  while (words[0]?.startsWith('--')) flags.push(words.shift() ?? '');
  const operands = instructionArguments(words.join(' '));
  const from = flags.find((flag) => flag.startsWith('--from='))?.slice('--from='.length);
  return {
    keyword: instruction.keyword,
    from,
    sources: operands.slice(0, -1),
    destination: operands[operands.length - 1] ?? '',
    line: instruction.line,
  };
}

/** Variables an ENV instruction sets, in either `KEY=value ...` or the legacy `KEY value` form. */
export function parseEnv(rest: string): Record<string, string> {
  const trimmed = rest.trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(trimmed)) {
    const [key = '', ...value] = trimmed.split(/\s+/);
    return { [key]: value.join(' ') };
  }
  const pairs: Record<string, string> = {};
  for (const match of trimmed.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    const value = match[2] ?? '';
    pairs[match[1] ?? ''] = /^["']/.test(value) ? value.slice(1, -1) : value;
  }
  return pairs;
}
