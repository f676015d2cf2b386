import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const ADJECTIVES = ['Gentle', 'Quiet', 'Steady', 'Warm', 'Hopeful', 'Patient', 'Brave', 'Calm', 'Kind', 'Soft', 'Bright', 'Still'];
const NOUNS = ['Heron', 'Willow', 'Harbour', 'Ember', 'Meadow', 'Lantern', 'Sparrow', 'River', 'Cedar', 'Moth', 'Tide', 'Fern'];

/**
 * A member's alias in one thread. Drawn at random (never derived from the member), stored as the
 * mapping thread + member → alias and nothing more, and reused for every post in that thread so
 * a conversation stays readable.
 */
@Injectable()
export class ThreadAliasService {
  async aliasFor(manager: EntityManager, threadId: string, memberId: string): Promise<string> {
    for (let attempt = 0; attempt < 8; attempt++) {
      const existing: Array<{ alias: string }> = await manager.query(`SELECT alias FROM thread_aliases WHERE thread_id = $1 AND member_id = $2`, [threadId, memberId]);
      if (existing[0]) return existing[0].alias;
      const candidate = `${ADJECTIVES[randomInt(ADJECTIVES.length)]} ${NOUNS[randomInt(NOUNS.length)]} ${randomInt(10, 100)}`;
      const inserted: unknown[] = await manager.query(
        `INSERT INTO thread_aliases (thread_id, member_id, alias) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING alias`,
        [threadId, memberId, candidate],
      );
      if (inserted.length) return candidate;
    }
    throw new Error('could not draw a free alias for this thread');
  }
}
