import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ErrorCode } from '@lantern/contracts';
import type { DataSource } from 'typeorm';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';
import { OutboxRelayService } from '../outbox/outbox-relay.service';
import { OutboxService } from '../outbox/outbox.service';

/** Where the words were to go. */
export type WithheldPlace = 'thread' | 'post' | 'chat';

type Why = 'suspended' | 'muted' | 'blocked_word' | 'rate_limited' | 'slow_mode' | 'room_locked';

/**
 * The refusals whose words are kept for the worker, and why they were not posted. Too quick counts
 * too: someone in crisis often writes many messages fast, and a limit meant for floods must not
 * leave their words unread (a flood stores no more than WAITING_PER_MEMBER). So does a room the
 * moderators locked while the member was writing.
 */
const WHY: Partial<Record<ErrorCode, Why>> = {
  SANCTIONED: 'suspended',
  MUTED: 'muted',
  WATCHED_WORD_BLOCKED: 'blocked_word',
  RATE_LIMITED: 'rate_limited',
  SLOW_MODE: 'slow_mode',
  ROOM_LOCKED: 'room_locked',
};

/** How many of a member's refused texts may wait for the worker at once: a flood of refused sends stores no more. */
const WAITING_PER_MEMBER = 5;

/**
 * Words a member could not post still reach a human when they speak of crisis. A paused member
 * (suspended, or muted in chat), one whose words hit a blocked watched word, or one writing faster
 * than the limits or a room's slow mode allow is refused as before, and their text stays in their composer; the words are also kept, with an outbox event,
 * for the worker to read for crisis (never here: the api does not classify in the request path).
 * The worker deletes them as it reads them, and puts a member in crisis on top of the moderators'
 * queue. Crisis is not abuse: a pause a moderator set for something else must not leave someone
 * in pain with nobody told.
 */
@Injectable()
export class WithheldWordsService {
  private readonly logger = new Logger(WithheldWordsService.name);

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly relay: OutboxRelayService,
  ) {}

  /** Runs the write; when it is refused for a pause, a blocked word or its pace, keeps the words for the worker, then refuses as before. */
  async unlessRefused<T>(memberId: string, place: WithheldPlace, text: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      const why = error instanceof ApiException ? WHY[error.code] : undefined;
      if (why) await this.keep(memberId, place, why, text);
      throw error;
    }
  }

  /**
   * Keeps words refused before the write was tried (a socket's event budget spent): the same as a
   * refusal from `unlessRefused`, for a code in WHY.
   */
  async keepRefused(memberId: string, place: WithheldPlace, code: ErrorCode, text: string): Promise<void> {
    const why = WHY[code];
    if (why) await this.keep(memberId, place, why, text);
  }

  private async keep(memberId: string, place: WithheldPlace, why: Why, text: string): Promise<void> {
    try {
      const kept = await this.dataSource.transaction(async (manager) => {
        const [row]: Array<{ id: string }> = await manager.query(
          `INSERT INTO withheld_words (member_id, place, why, body)
           SELECT $1, $2, $3, $4 WHERE (SELECT count(*) FROM withheld_words WHERE member_id = $1) < $5
           RETURNING id`,
          [memberId, place, why, text, WAITING_PER_MEMBER],
        );
        if (row) await this.outbox.recordWithheldWords(manager, { withheldId: row.id });
        return row !== undefined;
      });
      if (kept) this.relay.kick();
    } catch (error) {
      // The refusal still stands, as it would have without this; the member's text is in their composer.
      this.logger.error({ err: error, place, why }, 'could not keep refused words for the crisis check');
    }
  }
}
