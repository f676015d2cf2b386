import { ConfigError, parseServerEnv } from './server-env.schema';

describe('parseServerEnv', () => {
  it('fills the documented defaults', () => {
    const env = parseServerEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DEFAULT_REGION).toBe('US');
    expect(env.DATABASE_URL).toBe('postgres://postgres@127.0.0.1:5432/lantern');
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
