import { Injectable } from '@nestjs/common';
import { randomInt } from 'node:crypto';
import type { EntityManager } from 'typeorm';

const ADJECTIVES = ['Gentle', 'Quiet', 'Steady', 'Warm', 'Hopeful', 'Patient', 'Brave', 'Calm', 'Kind', 'Soft', 'Bright', 'Still'];
/** No animal here: generated pseudonyms are an adjective and an animal, so the two never look alike. */
const NOUNS = ['Brook', 'Willow', 'Harbour', 'Ember', 'Meadow', 'Lantern', 'Sparrow', 'River', 'Cedar', 'Aspen', 'Tide', 'Fern'];
/** Nouns of aliases drawn before (still shown in their threads). */
const EARLIER_NOUNS = ['Heron', 'Moth'];
const ALIAS_SHAPE = new RegExp(`^\\s*(${ADJECTIVES.join('|')})\\s+(${[...NOUNS, ...EARLIER_NOUNS].join('|')})\\s+\\d{2}\\s*$`, 'i');

/** Whether a name looks like a thread alias ("Soft Meadow 16"): a chosen pseudonym must not, or a reader could not tell two writers apart. */
export function looksLikeAlias(name: string): boolean {
  return ALIAS_SHAPE.test(name);
}

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
