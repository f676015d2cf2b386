import { emptySafetyPlanSections, type ErrorBody, type SafetyPlan, type SafetyPlanSections } from '@lantern/contracts';
import { startApi, type ApiHarness } from '../../test/support/api-harness';
import { registerMember, rest, withRole, type Session } from '../../test/support/rest-client';

const PATH = '/api/v1/me/safety-plan';

/** Words that would identify the people a member trusts: they must exist only in the sealed form. */
const TRUSTED_PERSON = 'Aunt Marisol 555 010 0199';
const REASON = 'Walking Pepper by the canal at dawn';

const plan = (overrides: Partial<SafetyPlanSections> = {}): SafetyPlanSections => ({ ...emptySafetyPlanSections(), ...overrides });

describe('a member’s safety plan (real PostgreSQL and Redis)', () => {
  let api: ApiHarness;

  beforeAll(async () => {
    api = await startApi('safetyplan');
  });

  afterAll(async () => {
    await api.close();
  });

  const save = (who: Session, sections: unknown, baseUpdatedAt: string | null) => rest<SafetyPlan & ErrorBody>(api, 'PUT', PATH, { token: who.token, body: { sections, baseUpdatedAt } });
  const read = (who: Session) => rest<SafetyPlan>(api, 'GET', PATH, { token: who.token });
  const storedRow = async (who: Session): Promise<{ ciphertext: Buffer; iv: Buffer; tag: Buffer; updated_at: Date } | undefined> =>
    (await api.db.dataSource.query(`SELECT ciphertext, iv, tag, updated_at FROM safety_plans WHERE member_id = $1`, [who.memberId]))[0];

  it('starts empty, saves, and reads back what was saved, trimmed and without blank entries', async () => {
    const member = await registerMember(api);
    const empty = await read(member);
    expect(empty.status).toBe(200);
    expect(empty.body).toEqual({ sections: emptySafetyPlanSections(), updatedAt: null });

    const written = plan({ warningSigns: ['  I stop answering messages  ', ''], people: [TRUSTED_PERSON], reasonsToLive: [REASON, '   '] });
    const saved = await save(member, written, null);
    expect(saved.status).toBe(200);
    expect(saved.body.sections).toEqual(plan({ warningSigns: ['I stop answering messages'], people: [TRUSTED_PERSON], reasonsToLive: [REASON] }));
    expect(new Date(saved.body.updatedAt ?? '').toISOString()).toBe(saved.body.updatedAt);
    expect((await read(member)).body).toEqual(saved.body);

    const again = await save(member, plan({ ...saved.body.sections, copingSteps: ['Cold water on my face'] }), saved.body.updatedAt);
    expect(again.status).toBe(200);
    expect(Date.parse(again.body.updatedAt ?? '')).toBeGreaterThan(Date.parse(saved.body.updatedAt ?? ''));
    expect((await read(member)).body.sections.copingSteps).toEqual(['Cold water on my face']);
  });

  it('refuses a save from a stale copy with 409 SAFETY_PLAN_CHANGED and the newer plan, keeping what was stored', async () => {
    const member = await registerMember(api);
    const first = await save(member, plan({ people: ['Jo'] }), null);
    const fromTabA = await save(member, plan({ people: ['Jo', 'Sam'] }), first.body.updatedAt);
    expect(fromTabA.status).toBe(200);

    // Tab B still holds the first version.
    const fromTabB = await save(member, plan({ people: ['Jo', 'Priya'] }), first.body.updatedAt);
    expect([fromTabB.status, fromTabB.body.error.code]).toEqual([409, 'SAFETY_PLAN_CHANGED']);
    expect(fromTabB.body.error.message).toMatch(/changed in another tab/);
    expect(fromTabB.body.error.details).toEqual({ current: fromTabA.body });
    // A second "first save" is just as stale.
    expect((await save(member, plan({ people: ['Priya'] }), null)).body.error.code).toBe('SAFETY_PLAN_CHANGED');
    expect((await read(member)).body).toEqual(fromTabA.body);

    // Two saves from the same copy at the same moment: exactly one wins.
    const racing = await Promise.all([save(member, plan({ people: ['A'] }), fromTabA.body.updatedAt), save(member, plan({ people: ['B'] }), fromTabA.body.updatedAt)]);
    expect(racing.map((answer) => answer.status).sort()).toEqual([200, 409]);
    const winner = racing.find((answer) => answer.status === 200);
    expect((await read(member)).body).toEqual(winner?.body);
  });

  it('answers bad input with 400 VALIDATION_FAILED naming the field, and never a 500', async () => {
    const member = await registerMember(api);
    const cases: Array<[string, unknown, RegExp]> = [
      ['too many entries', { sections: plan({ people: Array.from({ length: 11 }, (_, i) => `friend ${i}`) }), baseUpdatedAt: null }, /^sections\.people: .*at most 10 entries/],
      ['an entry too long', { sections: plan({ reasonsToLive: ['x'.repeat(301)] }), baseUpdatedAt: null }, /^sections\.reasonsToLive\.0: .*at most 300 characters/],
      ['an entry that is not text', { sections: { ...plan(), copingSteps: [{ text: 'x' }] }, baseUpdatedAt: null }, /^sections\.copingSteps\.0: .*must be text/],
      ['a missing section', { sections: { people: ['x'] }, baseUpdatedAt: null }, /^sections\.warningSigns: .*list of entries/],
      ['an unknown section', { sections: { ...plan(), diary: ['x'] }, baseUpdatedAt: null }, /^sections: Unknown field: diary/],
      ['an unknown field', { sections: plan(), baseUpdatedAt: null, shareWith: 'everyone' }, /Unknown field: shareWith/],
      ['no baseUpdatedAt', { sections: plan() }, /^baseUpdatedAt: /],
      ['a baseUpdatedAt that is no time', { sections: plan(), baseUpdatedAt: 'last tuesday' }, /^baseUpdatedAt: /],
      ['the NUL character', { sections: plan({ people: ['Jo\u0000'] }), baseUpdatedAt: null }, /NUL character/],
      ['a list for a body', [], /./],
    ];
    for (const [what, body, message] of cases) {
      const answer = await rest<ErrorBody>(api, 'PUT', PATH, { token: member.token, body });
      expect([what, answer.status, answer.body.error.code]).toEqual([what, 400, 'VALIDATION_FAILED']);
      expect([what, answer.body.error.message]).toEqual([what, expect.stringMatching(message)]);
    }

    const raw = async (body: string) => {
      const response = await fetch(`${api.baseUrl}${PATH}`, { method: 'PUT', headers: { Authorization: `Bearer ${member.token}`, 'Content-Type': 'application/json' }, body });
      return { status: response.status, code: ((await response.json()) as ErrorBody).error.code };
    };
    expect(await raw('{"sections": {"people": ["Jo"')).toEqual({ status: 400, code: 'MALFORMED_JSON' });
    expect(await raw('null')).toEqual({ status: 400, code: 'MALFORMED_JSON' });
    expect(await raw(JSON.stringify({ sections: plan({ people: ['x'.repeat(270_000)] }), baseUpdatedAt: null }))).toEqual({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(await raw(`${'['.repeat(5_000)}${']'.repeat(5_000)}`)).toEqual({ status: 400, code: 'VALIDATION_FAILED' });
    expect((await read(member)).body.updatedAt).toBeNull();
  });

  it('is the member’s alone: another member reads their own, anonymous gets 401, staff and partners 403', async () => {
    const owner = await registerMember(api);
    await save(owner, plan({ people: [TRUSTED_PERSON] }), null);
    const other = await registerMember(api);
    const otherRead = await read(other);
    expect(otherRead.body).toEqual({ sections: emptySafetyPlanSections(), updatedAt: null });
    expect(JSON.stringify(otherRead.body)).not.toContain('Marisol');

    expect((await rest<ErrorBody>(api, 'GET', PATH)).status).toBe(401);
    expect((await rest<ErrorBody>(api, 'PUT', PATH, { body: { sections: plan(), baseUpdatedAt: null } })).status).toBe(401);
    for (const role of ['moderator', 'admin', 'partner'] as const) {
      const staff = await withRole(api, await registerMember(api), role);
      const answer = await rest<ErrorBody>(api, 'GET', PATH, { token: staff.token });
      expect([role, answer.status, answer.body.error.code]).toEqual([role, 403, 'FORBIDDEN']);
      expect(JSON.stringify(answer.body)).not.toContain('Marisol');
    }
  });

  it('stores only ciphertext, writes no outbox or audit row, and a changed row does not open', async () => {
    const member = await registerMember(api);
    const counts = async () =>
      (await api.db.dataSource.query(`SELECT (SELECT count(*)::int FROM outbox_events) AS outbox, (SELECT count(*)::int FROM audit_log) AS audit, (SELECT count(*)::int FROM flags) AS flags`))[0];
    const before = await counts();
    const saved = await save(member, plan({ people: [TRUSTED_PERSON], reasonsToLive: [REASON] }), null);
    expect(saved.status).toBe(200);
    expect(await counts()).toEqual(before);

    const row = await storedRow(member);
    expect(row).toBeDefined();
    const bytes = Buffer.concat([row!.ciphertext, row!.iv, row!.tag]);
    for (const words of [TRUSTED_PERSON, 'Marisol', '555 010 0199', REASON, 'Pepper', 'people', 'reasonsToLive']) {
      expect([words, bytes.includes(Buffer.from(words, 'utf8'))]).toEqual([words, false]);
    }
    // Nor anywhere in the database, in any table's text form.
    const tables: Array<{ table_name: string }> = await api.db.dataSource.query(`SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public'`);
    for (const { table_name: table } of tables) {
      const [{ dump }] = await api.db.dataSource.query(`SELECT coalesce(string_agg(t::text, ' '), '') AS dump FROM "${table}" t`);
      expect([table, dump.includes('Marisol'), dump.includes('Pepper')]).toEqual([table, false, false]);
    }

    // A sealed plan moved into another member's row does not open for them (the member id is bound in).
    const other = await registerMember(api);
    await api.db.dataSource.query(`INSERT INTO safety_plans (member_id, ciphertext, iv, tag, updated_at) SELECT $2, ciphertext, iv, tag, updated_at FROM safety_plans WHERE member_id = $1`, [
      member.memberId,
      other.memberId,
    ]);
    const stolen = await read(other);
    expect([stolen.status, (stolen.body as unknown as { error: { code: string } }).error.code]).toEqual([503, 'SAFETY_PLAN_UNREADABLE']);
    expect(JSON.stringify(stolen.body)).not.toContain('Marisol');
  });

  it('is deleted when the member erases their account', async () => {
    const member = await registerMember(api);
    await save(member, plan({ people: [TRUSTED_PERSON] }), null);
    expect(await storedRow(member)).toBeDefined();
    expect((await rest(api, 'DELETE', '/api/v1/me', { token: member.token })).status).toBe(204);
    expect(await storedRow(member)).toBeUndefined();
  });
});
