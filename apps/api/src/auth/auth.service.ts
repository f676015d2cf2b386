import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import {
  PSEUDONYM_CHANGES,
  type ChangePassphraseRequest,
  type ChangePseudonymRequest,
  type MemberPreferences,
  type MemberRole,
  type MemberView,
  type RegisterRequest,
  type RegistrationGrant,
  type SessionGrant,
} from '@lantern/contracts';
import { randomUUID } from 'node:crypto';
import { holdNamedMembers, returnedRows } from '@lantern/db';
import type { DataSource, EntityManager } from 'typeorm';
import { SERVER_ENV, type ServerEnv } from '../config/server-env.provider';
import { WatchedWordsService } from '../watched-words/watched-words.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { formatWait, RateLimitedException, RateLimitService, type RatePolicy } from '../rate-limit/rate-limit.service';
import { ACCESS_TOKEN_TTL_SECONDS, AccessTokenService } from './access-token.service';
import {
  hashPassphrase,
  hashSecret,
  newRecoveryCode,
  newRefreshToken,
  normaliseRecoveryCode,
  secretMatches,
  verifyAgainstDecoy,
  verifyPassphrase,
} from './credentials';
import { formerNameHash, formerNameHashes, isNameInUse, lockNameLook, nameAsStored, nameLookAlikeOf, replaceName, replacedByModerator } from './former-pseudonyms';
import { generatePseudonym, pseudonymProblem } from './pseudonyms';
import { SessionsEnded } from './sessions-ended.service';

const REFRESH_TOKEN_DAYS = 30;
/**
 * How long after its first use a refresh token may be presented again because the answer to
 * that use was lost (see refresh). Within it a replay is trusted only while its successor is
 * unused, and it ends that successor, so a stolen token used meanwhile still ends the family the
 * next time the member's device refreshes.
 */
const REFRESH_ANSWER_LOST_SECONDS = 60;

export interface MemberRow {
  id: string;
  pseudonym: string;
  role: MemberRole;
  region: string | null;
  partner_id: string | null;
  preferences: MemberPreferences;
  passphrase_hash: string | null;
  recovery_code_hash: string | null;
  muted_until: Date | null;
  suspended_until: Date | null;
  deleted_at: Date | null;
  /** When the member changed their own name, within the last PSEUDONYM_CHANGES window. */
  name_changed_at: Date[];
}

export const toMemberView = (row: MemberRow): MemberView => ({
  id: row.id,
  pseudonym: row.pseudonym,
  role: row.role,
  region: row.region,
  partnerId: row.partner_id,
  preferences: row.preferences,
  mutedUntil: row.muted_until && row.muted_until.getTime() > Date.now() ? row.muted_until.toISOString() : null,
  suspendedUntil: row.suspended_until && row.suspended_until.getTime() > Date.now() ? row.suspended_until.toISOString() : null,
  hasPassphrase: row.passphrase_hash !== null,
});

const nameTaken = (pseudonym: string) =>
  new ApiException(
    HttpStatus.CONFLICT,
    'PSEUDONYM_TAKEN',
    `"${pseudonym}" is taken (by someone now, or as a name someone had before), or looks just like a name that is. Try another, or leave it empty for a friendly one.`,
  );
const replacedName = () =>
  new ApiException(
    HttpStatus.UNPROCESSABLE_ENTITY,
    'PSEUDONYM_REFUSED',
    'A moderator replaced that name of yours, so it cannot be shown again. It still signs you in. Please choose another, or leave it empty for a friendly one.',
  );
const noFreeName = () => new ApiException(HttpStatus.SERVICE_UNAVAILABLE, 'SERVICE_UNAVAILABLE', 'Could not find a free pseudonym just now; please try again.');

/**
 * The failed sign-in budget's key for a name, read as sign-in finds the account: "Kind  Seal" or
 * "kind\tseal" signs in as "Kind Seal", so its guesses are counted with that name's, not afresh.
 */
const signInBudgetKey = (pseudonym: string) => `name:${nameAsStored(pseudonym).toLowerCase()}`;

/**
 * The same budget, kept for the account a name found: every spelling that finds it spends it too.
 * The name's own key is counted before the database is asked, but JavaScript and PostgreSQL do not
 * fold every letter alike ("QUİET" is "quiet" to the database, "qui̇et" here), nor is a former
 * name (found by its hash) the same key as the name now.
 */
const accountBudgetKey = (member: Pick<MemberRow, 'id'>) => `member:${member.id}`;

const invalidCredentials = () =>
  new ApiException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'That pseudonym and passphrase do not match an account. Check both, or use your recovery code.');

/**
 * Accounts without an e-mail: a pseudonym, an optional passphrase (argon2id) and a one-time
 * recovery code. Sessions are a short-lived access JWT and an opaque refresh token stored as a
 * hash, rotated on every use; presenting a used one again revokes the whole family, because
 * only a thief would have it.
 */
@Injectable()
export class AuthService {
  private readonly registerPolicy: RatePolicy;
  private readonly loginPolicy: RatePolicy;
  /** One address can be a whole school or a mobile carrier's NAT: it gets ten pseudonyms' worth. */
  private readonly loginPerAddressPolicy: RatePolicy;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(SERVER_ENV) env: ServerEnv,
    private readonly tokens: AccessTokenService,
    private readonly limits: RateLimitService,
    private readonly sessionsEnded: SessionsEnded,
    private readonly watched: WatchedWordsService,
  ) {
    this.registerPolicy = {
      name: 'register',
      points: env.RATE_LIMIT_REGISTER_PER_HOUR,
      durationSeconds: 3600,
      message: 'Many accounts were created from this network just now.',
      bySource: true,
    };
    this.loginPolicy = { name: 'login', points: env.RATE_LIMIT_LOGIN_FAILURES, durationSeconds: 15 * 60, blockSeconds: 15 * 60, message: 'Too many sign-in attempts.' };
    this.loginPerAddressPolicy = { ...this.loginPolicy, name: 'login-address', points: env.RATE_LIMIT_LOGIN_FAILURES * 10 };
  }

  async register(input: RegisterRequest, ipHash: string): Promise<RegistrationGrant> {
    await this.limits.consume(this.registerPolicy, `ip:${ipHash}`);
    if (input.pseudonym) await this.refuseUnfitName(input.pseudonym);
    const passphraseHash = input.passphrase ? await hashPassphrase(input.passphrase) : null;
    const recoveryCode = newRecoveryCode();
    for (let attempt = 0; attempt < 10; attempt++) {
      const pseudonym = input.pseudonym ?? generatePseudonym(attempt);
      // A name a moderator replaced still signs its member in (findByPseudonym): nobody else takes it.
      const rows: MemberRow[] = await this.dataSource.transaction(async (manager) => {
        await lockNameLook(manager, pseudonym);
        return manager.query(
          `INSERT INTO members (pseudonym, passphrase_hash, recovery_code_hash, region)
           SELECT $1, $2, $3, $4 WHERE NOT EXISTS (SELECT 1 FROM former_pseudonyms WHERE name_hash = $5)
             AND NOT ${nameLookAlikeOf('$1')}
           ON CONFLICT ((lower(pseudonym))) DO NOTHING RETURNING *`,
          [pseudonym, passphraseHash, hashSecret(normaliseRecoveryCode(recoveryCode)), input.region ?? null, formerNameHash(pseudonym)],
        );
      });
      if (rows[0]) return { ...(await this.issue(this.dataSource.manager, rows[0], randomUUID())), recoveryCode };
      if (input.pseudonym) throw nameTaken(input.pseudonym);
    }
    throw noFreeName();
  }

  /**
   * A member chooses another name, or is given a friendly one: the name others see beside all
   * they wrote, and the one they sign in with. Checked as a new member's is; their old name still
   * signs them in and nobody else can take it (`replaceName`). Nobody is signed out: the other
   * devices trade their tokens for ones with the new name, as after a moderator's new name, and
   * this one does the same on its next request. A few changes a month (PSEUDONYM_CHANGES, counted
   * on the member's row in the change's own transaction: `nameChangeWait`), so a
   * name stays something others can know a person by.
   */
  async changePseudonym(memberId: string, input: ChangePseudonymRequest): Promise<MemberView> {
    const member = await this.member(memberId);
    if (member.role !== 'member') {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'NOT_A_MEMBER', 'The names of moderators, admins and crisis counsellors are set by an operator, so that members can trust them.');
    }
    await this.confirmPassphrase(member, input.currentPassphrase);
    refuseOverNameChanges(member);
    if (input.pseudonym) await this.refuseUnfitName(input.pseudonym);
    for (let attempt = 0; attempt < 10; attempt++) {
      const pseudonym = input.pseudonym ?? generatePseudonym(attempt);
      try {
        const renamed = await this.dataSource.transaction(async (manager) => {
          const [current]: MemberRow[] = await manager.query(`SELECT * FROM members WHERE id = $1 AND deleted_at IS NULL FOR UPDATE`, [memberId]);
          if (!current) throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'This account no longer exists.');
          // The same name again changes nothing and spends no change. In another case ("corner
          // table" to "Corner Table") it is the same name to sign in with, so nothing is kept of it.
          if (current.pseudonym === pseudonym) return null;
          refuseOverNameChanges(current);
          if (current.pseudonym.toLowerCase() === pseudonym.toLowerCase()) {
            // The same name in another case may still look like someone else's ("норе сосо" to "Норе Сосо").
            await lockNameLook(manager, pseudonym);
            const recased = returnedRows(await manager.query(`UPDATE members SET pseudonym = $2 WHERE id = $1 AND NOT ${nameLookAlikeOf('$2::text', '$1')} RETURNING id`, [memberId, pseudonym]));
            if (recased.length === 0) return undefined;
          } else if (!(await replaceName(manager, memberId, current.pseudonym, pseudonym, 'member'))) {
            if (input.pseudonym && (await replacedByModerator(manager, memberId, pseudonym))) throw replacedName();
            return undefined;
          }
          const changedAt = [...recentNameChanges(current.name_changed_at, Date.now()), new Date()];
          await manager.query(`UPDATE members SET name_changed_at = $2 WHERE id = $1`, [memberId, changedAt]);
          const renewal = await this.sessionsEnded.renew(manager, memberId);
          return { row: { ...current, pseudonym, name_changed_at: changedAt }, renewal };
        });
        if (renamed === null) return toMemberView(member);
        if (renamed) {
          this.sessionsEnded.renewed(renamed.renewal);
          return toMemberView(renamed.row);
        }
      } catch (error) {
        if (!isNameInUse(error)) throw error;
      }
      if (input.pseudonym) throw nameTaken(input.pseudonym);
    }
    throw noFreeName();
  }

  /** A chosen name is refused for what it says (`pseudonymProblem`), and for the community's own list of words. */
  private async refuseUnfitName(pseudonym: string): Promise<void> {
    const problem = pseudonymProblem(pseudonym);
    if (problem) throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, 'PSEUDONYM_REFUSED', problem);
    // The community's own list too: a name is shown beside everything its member writes.
    const words = await this.watched.refusedInName(pseudonym);
    if (words.length) {
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'PSEUDONYM_REFUSED',
        `This community does not allow ${words.map((word) => `"${word}"`).join(', ')} in a name. Please choose another, or leave it empty for a friendly one.`,
      );
    }
  }

  /**
   * Spends one attempt from each budget before the secret is checked, so guesses sent all at once
   * count as they come (checked first and counted after, every guess in flight before the first
   * failures were counted would be tried). Refused at any budget, nothing stays spent; the caller
   * gives the points back when the attempt succeeds.
   */
  private async attempt(budgets: ReadonlyArray<readonly [RatePolicy, string]>): Promise<void> {
    const spent: Array<readonly [RatePolicy, string]> = [];
    try {
      for (const budget of budgets) {
        await this.limits.consume(...budget);
        spent.push(budget);
      }
    } catch (refusal) {
      for (const budget of spent) await this.limits.refund(...budget);
      throw refusal;
    }
  }

  async login(pseudonym: string, passphrase: string, ipHash: string): Promise<SessionGrant> {
    const key = signInBudgetKey(pseudonym);
    await this.attempt([
      [this.loginPolicy, key],
      [this.loginPerAddressPolicy, `ip:${ipHash}`],
    ]);
    const member = await this.findByPseudonym(pseudonym);
    if (member) {
      try {
        await this.attempt([[this.loginPolicy, accountBudgetKey(member)]]);
      } catch (refusal) {
        // Refused by the account's budget: this attempt spends nothing, as `attempt` promises.
        await this.limits.refund(this.loginPolicy, key);
        await this.limits.refund(this.loginPerAddressPolicy, `ip:${ipHash}`);
        throw refusal;
      }
    }
    const ok = member?.passphrase_hash ? await verifyPassphrase(member.passphrase_hash, passphrase) : await verifyAgainstDecoy(passphrase);
    if (!member || !ok) throw invalidCredentials();
    // Only failures count: the name's and the account's budgets start again, and the address's attempt is given back.
    await this.limits.reset(this.loginPolicy, key);
    await this.limits.reset(this.loginPolicy, accountBudgetKey(member));
    await this.limits.refund(this.loginPerAddressPolicy, `ip:${ipHash}`);
    return this.issue(this.dataSource.manager, member, randomUUID());
  }

  /**
   * Signs in with the one-time recovery code and hands out a new one; other sessions end. Only the
   * address's budget counts here: a code is 100 random bits, beyond guessing however fast, and
   * spending the name's budget would let anyone who knows a member's name keep them out of their
   * account by failing to sign in as them, the way back in included.
   */
  async recover(pseudonym: string, recoveryCode: string, ipHash: string): Promise<RegistrationGrant> {
    const key = signInBudgetKey(pseudonym);
    await this.attempt([[this.loginPerAddressPolicy, `ip:${ipHash}`]]);
    const member = await this.findByPseudonym(pseudonym);
    if (!member || !secretMatches(member.recovery_code_hash, normaliseRecoveryCode(recoveryCode))) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'INVALID_CREDENTIALS', 'That pseudonym and recovery code do not match. Codes are used once; check the newest one you saved.');
    }
    const next = newRecoveryCode();
    return this.dataSource.transaction(async (manager) => {
      const used = returnedRows(
        await manager.query(`UPDATE members SET recovery_code_hash = $2 WHERE id = $1 AND recovery_code_hash = $3 RETURNING id`, [
          member.id,
          hashSecret(normaliseRecoveryCode(next)),
          member.recovery_code_hash,
        ]),
      );
      if (used.length === 0) throw invalidCredentials();
      await this.sessionsEnded.end(manager, member.id);
      await this.limits.reset(this.loginPolicy, key);
      await this.limits.reset(this.loginPolicy, accountBudgetKey(member));
      await this.limits.refund(this.loginPerAddressPolicy, `ip:${ipHash}`);
      return { ...(await this.issue(manager, member, randomUUID())), recoveryCode: next };
    });
  }

  async refresh(refreshToken: string): Promise<SessionGrant> {
    const outcome = await this.dataSource.transaction(async (manager): Promise<SessionGrant | 'reused'> => {
      // The account before its token: an erasure under way (holding the account, then deleting
      // its tokens) finishes first, and the token is then found gone.
      await holdNamedMembers(manager, { sql: `SELECT member_id FROM refresh_tokens WHERE token_hash = $1`, parameters: [hashSecret(refreshToken)] });
      const rows: Array<{ id: string; member_id: string; family_id: string; used_at: Date | null; revoked_at: Date | null; expires_at: Date; answer_lost: boolean }> =
        await manager.query(
          `SELECT id, member_id, family_id, used_at, revoked_at, expires_at,
                  (used_at > now() - make_interval(secs => $2) AND NOT EXISTS (
                     SELECT 1 FROM refresh_tokens later WHERE later.family_id = refresh_tokens.family_id AND later.used_at > refresh_tokens.used_at
                   )) AS answer_lost
             FROM refresh_tokens WHERE token_hash = $1 FOR UPDATE`,
          [hashSecret(refreshToken), REFRESH_ANSWER_LOST_SECONDS],
        );
      const token = rows[0];
      if (!token) throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'That refresh token is not valid; please sign in again.');
      // Used moments ago, and what it was exchanged for has not been used: the answer never
      // reached the device (a page closed or left mid-refresh, a phone's connection dropped). Not
      // a thief: the successor nobody received is ended and the device gets another, in the same
      // family. A successor already used, or a token used longer ago, is reuse.
      const answerLost = token.used_at !== null && token.revoked_at === null && token.answer_lost;
      if (answerLost) {
        await manager.query(`UPDATE refresh_tokens SET revoked_at = now() WHERE family_id = $1 AND id <> $2 AND used_at IS NULL AND revoked_at IS NULL`, [token.family_id, token.id]);
      } else if (token.used_at || token.revoked_at) {
        // Reuse means two holders of one token: end every session in the family. Committed
        // before the refusal, so the revocation stands.
        await manager.query(`UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE family_id = $1`, [token.family_id]);
        return 'reused';
      }
      if (token.expires_at.getTime() < Date.now()) throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_EXPIRED', 'Your session expired; please sign in again.');
      if (!answerLost) await manager.query(`UPDATE refresh_tokens SET used_at = now() WHERE id = $1`, [token.id]);
      const [member]: MemberRow[] = await manager.query(`SELECT * FROM members WHERE id = $1 AND deleted_at IS NULL`, [token.member_id]);
      if (!member) throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'This account no longer exists.');
      return this.issue(manager, member, token.family_id);
    });
    if (outcome === 'reused') {
      throw new ApiException(HttpStatus.UNAUTHORIZED, 'REFRESH_TOKEN_REUSED', 'This session was used from somewhere else, so it was ended to keep you safe. Please sign in again.');
    }
    return outcome;
  }

  async logout(refreshToken: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE refresh_tokens SET revoked_at = COALESCE(revoked_at, now()) WHERE family_id = (SELECT family_id FROM refresh_tokens WHERE token_hash = $1)`,
      [hashSecret(refreshToken)],
    );
  }

  /**
   * Sets a passphrase, or changes it (the current one is asked first). Every session of the
   * account ends, in case someone else has one, and this device gets a fresh one.
   */
  async changePassphrase(memberId: string, input: ChangePassphraseRequest): Promise<SessionGrant> {
    const member = await this.member(memberId);
    await this.confirmPassphrase(member, input.currentPassphrase);
    const hash = await hashPassphrase(input.passphrase);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`UPDATE members SET passphrase_hash = $2 WHERE id = $1`, [member.id, hash]);
      await this.sessionsEnded.end(manager, member.id);
      return this.issue(manager, { ...member, passphrase_hash: hash }, randomUUID());
    });
  }

  /** A new recovery code, shown once; the old one stops working. */
  /** Asks for the account's passphrase again, when it has one, before something that cannot be undone. */
  async confirmCurrentPassphrase(memberId: string, currentPassphrase: string | undefined): Promise<void> {
    await this.confirmPassphrase(await this.member(memberId), currentPassphrase);
  }

  async replaceRecoveryCode(memberId: string, currentPassphrase: string | undefined): Promise<{ recoveryCode: string }> {
    const member = await this.member(memberId);
    await this.confirmPassphrase(member, currentPassphrase);
    const recoveryCode = newRecoveryCode();
    await this.dataSource.query(`UPDATE members SET recovery_code_hash = $2 WHERE id = $1`, [member.id, hashSecret(normaliseRecoveryCode(recoveryCode))]);
    return { recoveryCode };
  }

  /** Ends every session of the account at once, on every device and api node (`SessionsEnded`). */
  async endAllSessions(memberId: string): Promise<void> {
    await this.dataSource.transaction((manager) => this.sessionsEnded.end(manager, memberId));
  }

  /**
   * Someone holding a session (a borrowed phone, a shared computer) must not be able to lock the
   * member out: when the account has a passphrase, it is asked again, and wrong guesses spend
   * the same budget as failed sign-ins.
   */
  private async confirmPassphrase(member: MemberRow, given: string | undefined): Promise<void> {
    if (!member.passphrase_hash) return;
    const key = accountBudgetKey(member);
    await this.limits.check(this.loginPolicy, key);
    if (!given) throw new ApiException(HttpStatus.FORBIDDEN, 'WRONG_PASSPHRASE', 'Enter your current passphrase first.');
    await this.attempt([[this.loginPolicy, key]]);
    if (!(await verifyPassphrase(member.passphrase_hash, given))) {
      throw new ApiException(HttpStatus.FORBIDDEN, 'WRONG_PASSPHRASE', 'That is not your current passphrase. If you have forgotten it, sign in with your recovery code and set a new one.');
    }
    await this.limits.refund(this.loginPolicy, key);
  }

  async member(id: string): Promise<MemberRow> {
    const [row]: MemberRow[] = await this.dataSource.query(`SELECT * FROM members WHERE id = $1 AND deleted_at IS NULL`, [id]);
    if (!row) throw new ApiException(HttpStatus.UNAUTHORIZED, 'TOKEN_INVALID', 'This account no longer exists.');
    return row;
  }

  /**
   * The account by the name as typed, or with its runs of spaces kept as one, as names are stored
   * since a page shows them so ("Lamp  Keeper" signs in as "Lamp Keeper"; a name stored with a
   * double space before that rule still signs in as typed). Both through the name's index. Then a
   * name a moderator replaced: it signs its member in under the new one, which the answer carries
   * (and a note from the moderators tells them), so a member signed out at the time is not lost.
   */
  private async findByPseudonym(pseudonym: string): Promise<MemberRow | undefined> {
    const typed = pseudonym.trim();
    const rows: MemberRow[] = await this.dataSource.query(
      `SELECT * FROM members WHERE lower(pseudonym) IN (lower($1), lower($2)) AND deleted_at IS NULL ORDER BY lower(pseudonym) = lower($1) DESC LIMIT 1`,
      [typed, nameAsStored(typed)],
    );
    if (rows[0]) return rows[0];
    const formerly: MemberRow[] = await this.dataSource.query(
      `SELECT m.* FROM former_pseudonyms f JOIN members m ON m.id = f.member_id WHERE f.name_hash = ANY($1::text[]) AND m.deleted_at IS NULL LIMIT 1`,
      [formerNameHashes(typed)],
    );
    return formerly[0];
  }

  private async issue(manager: EntityManager, member: MemberRow, familyId: string): Promise<SessionGrant> {
    // A session past its end can only be refused, so its row (a record of when the member was
    // here) goes the next time they sign in or refresh. A used token that has not expired stays:
    // presenting it again is how a stolen one is caught.
    await manager.query(`DELETE FROM refresh_tokens WHERE member_id = $1 AND expires_at < now()`, [member.id]);
    const refreshToken = newRefreshToken();
    await manager.query(`INSERT INTO refresh_tokens (member_id, family_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(days => $4))`, [
      member.id,
      familyId,
      hashSecret(refreshToken),
      REFRESH_TOKEN_DAYS,
    ]);
    const accessToken = await this.tokens.sign({ id: member.id, role: member.role, pseudonym: member.pseudonym });
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS, member: toMemberView(member) };
  }
}

/** The times among `changedAt` within the PSEUDONYM_CHANGES window before `now`, oldest first. */
function recentNameChanges(changedAt: readonly Date[], now: number): Date[] {
  const windowStart = now - PSEUDONYM_CHANGES.windowDays * 86_400_000;
  return changedAt.filter((at) => at.getTime() > windowStart).sort((a, b) => a.getTime() - b.getTime());
}

/** Seconds until the member may change their name again: 0 while a change is left in the window. */
function nameChangeWait(changedAt: readonly Date[], now: number): number {
  const recent = recentNameChanges(changedAt, now);
  if (recent.length < PSEUDONYM_CHANGES.perWindow) return 0;
  const freed = recent[recent.length - PSEUDONYM_CHANGES.perWindow].getTime() + PSEUDONYM_CHANGES.windowDays * 86_400_000;
  return Math.max(1, Math.ceil((freed - now) / 1000));
}

/** 429 RATE_LIMITED, saying when, for a member who has used this window's name changes. */
function refuseOverNameChanges(member: Pick<MemberRow, 'name_changed_at'>): void {
  const wait = nameChangeWait(member.name_changed_at, Date.now());
  if (wait === 0) return;
  throw new RateLimitedException(
    `A name can be changed ${PSEUDONYM_CHANGES.perWindow} times in ${PSEUDONYM_CHANGES.windowDays} days, so that others can know you by it. Try again in ${formatWait(wait)}.`,
    wait,
    false,
  );
}
