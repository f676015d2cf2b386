import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError, parseServerEnv, serverEnvSchema } from './server-env.schema';

describe('parseServerEnv', () => {
  it('fills the documented defaults', () => {
    const env = parseServerEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DEFAULT_REGION).toBe('US');
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/lantern');
    expect(env.RATE_LIMIT_EXPORTS_PER_HOUR).toBe(5);
  });

  it('coerces and normalises values', () => {
    const env = parseServerEnv({ PORT: '8080', DEFAULT_REGION: 'gb' });
    expect(env.PORT).toBe(8080);
    expect(env.DEFAULT_REGION).toBe('GB');
  });

  it.each([
    ['DATABASE_URL', 'mysql://x', /DATABASE_URL is invalid.*postgres:/],
    ['REDIS_URL', 'not a url', /REDIS_URL is invalid.*redis:/],
    ['PORT', 'eighty', /PORT is invalid/],
    ['DEFAULT_REGION', 'USA', /DEFAULT_REGION is invalid.*two-letter/],
    ['RATE_LIMIT_EXPORTS_PER_HOUR', '0', /RATE_LIMIT_EXPORTS_PER_HOUR is invalid/],
  ])('rejects a bad %s with one sentence naming it', (variable, value, message) => {
    const parse = () => parseServerEnv({ [variable]: value });
    expect(parse).toThrow(ConfigError);
    expect(parse).toThrow(message);
    try {
      parse();
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as Error).message.split('\n')).toHaveLength(1);
    }
  });

  it('requires JWT_SECRET in production', () => {
    expect(() => parseServerEnv({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required/);
  });
});

describe.each(['SAFETY_PLAN_KEY', 'PHONE_ENCRYPTION_KEY'] as const)('%s', (variable) => {
  it('takes 32 bytes in base64 and leaves the variable out when unset or empty (as compose passes it)', () => {
    const key = Buffer.alloc(32, 9).toString('base64');
    expect(parseServerEnv({ [variable]: key })[variable]).toBe(key);
    expect(parseServerEnv({})[variable]).toBeUndefined();
    expect(parseServerEnv({ [variable]: '' })[variable]).toBeUndefined();
    // As the decoder reads it: unpadded, or url-safe.
    for (const written of [key.replace(/=$/, ''), Buffer.alloc(32, 251).toString('base64url')]) expect(parseServerEnv({ [variable]: written })[variable]).toBe(written);
  });

  it.each([
    ['16 bytes', Buffer.alloc(16, 1).toString('base64')],
    ['64 bytes', Buffer.alloc(64, 1).toString('base64')],
    ['hex', 'ab'.repeat(32)],
    ['not base64', `${'!'.repeat(43)}=`],
  ])('refuses %s with a sentence naming the variable', (_what, value) => {
    expect(() => parseServerEnv({ [variable]: value })).toThrow(new RegExp(`^Configuration error: ${variable} is invalid .*32 random bytes, base64`));
  });
});

describe('.env.example', () => {
  it('lists every variable the api and worker read, under a comment (its own, or its group’s)', () => {
    const lines = readFileSync(join(__dirname, '../../../../.env.example'), 'utf8').split('\n');
    const isVariable = (line: string | undefined) => /^(# )?[A-Z_]+=/.test(line ?? '');
    for (const name of Object.keys(serverEnvSchema.shape)) {
      const at = lines.findIndex((line) => line.startsWith(`${name}=`) || line.startsWith(`# ${name}=`));
      expect([name, at >= 0]).toEqual([name, true]);
      let above = at - 1;
      while (isVariable(lines[above])) above -= 1;
      expect([name, lines[above]?.startsWith('#')]).toEqual([name, true]);
    }
  });

  it('parses as it stands (its values are valid, or empty for the optional ones)', () => {
    const values = Object.fromEntries(
      readFileSync(join(__dirname, '../../../../.env.example'), 'utf8')
        .split('\n')
        .filter((line) => /^[A-Z_]+=/.test(line))
        .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
    );
    expect(() => parseServerEnv(values)).not.toThrow();
  });
});
