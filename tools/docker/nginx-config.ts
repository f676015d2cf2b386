/**
 * A small nginx configuration reader for the deployment tests: turns nginx.conf into a tree of
 * directives so the tests can check locations, upstreams and log formats by structure rather
 * than by grepping text that a comment could satisfy.
 */

export interface NginxDirective {
  readonly name: string;
  readonly args: readonly string[];
  /** Present for block directives (`http { ... }`), absent for simple ones. */
  readonly block?: readonly NginxDirective[];
  readonly line: number;
}

type Token = { readonly kind: 'word'; readonly value: string; readonly line: number } | { readonly kind: '{' | '}' | ';'; readonly line: number };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let index = 0;
  let line = 1;
  while (index < text.length) {
    const char = text[index] ?? '';
    if (char === '\n') line += 1;
    if (/\s/.test(char)) {
      index += 1;
    } else if (char === '#') {
      while (index < text.length && text[index] !== '\n') index += 1;
    } else if (char === '{' || char === '}' || char === ';') {
      tokens.push({ kind: char, line });
      index += 1;
    } else if (char === '"' || char === "'") {
      let value = '';
      const startLine = line;
      index += 1;
      while (index < text.length && text[index] !== char) {
        if (text[index] === '\\' && index + 1 < text.length) index += 1;
        if (text[index] === '\n') line += 1;
        value += text[index] ?? '';
        index += 1;
      }
      if (index >= text.length) throw new Error(`unterminated quote starting on line ${startLine}`);
      index += 1;
      tokens.push({ kind: 'word', value, line: startLine });
    } else {
      let value = '';
      while (index < text.length && !/[\s{};]/.test(text[index] ?? '')) {
        value += text[index] ?? '';
        index += 1;
      }
      tokens.push({ kind: 'word', value, line });
    }
  }
  return tokens;
}

export function parseNginxConfig(text: string): NginxDirective[] {
  const tokens = tokenize(text);
  let position = 0;

  function parseBlock(closedBy: '}' | 'end'): NginxDirective[] {
    const directives: NginxDirective[] = [];
    for (;;) {
      const token = tokens[position];
      if (token === undefined) {
        if (closedBy === 'end') return directives;
        throw new Error('unexpected end of file: a block is not closed');
      }
      if (token.kind === '}') {
        if (closedBy !== '}') throw new Error(`unexpected "}" on line ${token.line}`);
        position += 1;
        return directives;
      }
      if (token.kind !== 'word') throw new Error(`unexpected "${token.kind}" on line ${token.line}`);
      const name = token.value;
      const args: string[] = [];
      position += 1;
      for (;;) {
        const next = tokens[position];
        if (next === undefined) throw new Error(`directive "${name}" on line ${token.line} is not terminated`);
        position += 1;
        if (next.kind === 'word') {
          args.push(next.value);
        } else if (next.kind === ';') {
          directives.push({ name, args, line: token.line });
          break;
        } else if (next.kind === '{') {
          directives.push({ name, args, block: parseBlock('}'), line: token.line });
          break;
        } else {
          throw new Error(`directive "${name}" on line ${token.line} is not terminated`);
        }
      }
    }
  }

  return parseBlock('end');
}

/** Directives named `name` directly inside `directives`. */
export function childrenNamed(directives: readonly NginxDirective[], name: string): NginxDirective[] {
  return directives.filter((directive) => directive.name === name);
}

/** Every directive in the tree, depth first, with the chain of blocks it sits in. */
export function walkNginx(
  directives: readonly NginxDirective[],
  parents: readonly NginxDirective[] = [],
): Array<{ readonly directive: NginxDirective; readonly parents: readonly NginxDirective[] }> {
  return directives.flatMap((directive) => [
    { directive, parents },
    ...(directive.block === undefined ? [] : walkNginx(directive.block, [...parents, directive])),
  ]);
}
