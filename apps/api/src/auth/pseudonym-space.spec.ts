import type { RegistrationGrant } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { rest } from '../../test/support/rest-client';
import { GENERATED_NAME_PARTS } from './pseudonyms';

describe('generated names when every short one is taken (real PostgreSQL)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('pseudonym-space');
  });

  afterAll(async () => {
    await api.close();
  });

  it('still gives a newcomer a name, a longer one, instead of turning them away', async () => {
    // Every two-digit name ("Quiet Otter 42"), as a community of some 23,000 members would have taken them.
    await api.db.dataSource.query(
      `INSERT INTO members (pseudonym) SELECT a || ' ' || b || ' ' || n FROM unnest($1::text[]) a, unnest($2::text[]) b, generate_series(10, 99) n`,
      [GENERATED_NAME_PARTS.adjectives, GENERATED_NAME_PARTS.animals],
    );
    const [{ taken }] = await api.db.dataSource.query(`SELECT count(*)::int AS taken FROM members`);
    expect(taken).toBe(GENERATED_NAME_PARTS.adjectives.length * GENERATED_NAME_PARTS.animals.length * 90);
    for (let i = 0; i < 3; i++) {
      const joined = await rest<RegistrationGrant>(api, 'POST', '/api/v1/auth/register', { body: {} });
      expect(joined.status).toBe(201);
      expect(joined.body.member.pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+ [1-9]\d{2,3}$/);
    }
  });
});
