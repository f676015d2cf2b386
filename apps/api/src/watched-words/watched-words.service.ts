import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { CreateWatchedWordRequest, WatchedWordEntry } from '@lantern/contracts';
import { classify, CompiledWatchedWords, WatchedWordError, WatchedWordsCache, type WatchedWord, type WatchedWordMatch } from '@lantern/moderation';
import { returnedRows } from '@lantern/db';
import type { DataSource } from 'typeorm';
import { AuditService, type AuditActor } from '../audit/audit.service';
import { ApiException } from '../http/api-exception';
import { DATA_SOURCE } from '../infra/infra.tokens';

interface WatchedWordRow {
  id: string;
  pattern: string;
  action: WatchedWordEntry['action'];
  replacement: string | null;
  created_at: Date;
}

const toEntry = (row: WatchedWordRow): WatchedWordEntry => ({
  id: row.id,
  pattern: row.pattern,
  action: row.action,
  replacement: row.replacement,
  createdAt: row.created_at.toISOString(),
});

/**
 * Admins' watched words. Where members write, `screen` applies the two that act before anything
 * is stored: `block` (refused with a message; the member keeps their text) and `replace`. `flag`
 * and `hold` are applied by the worker with the classifier, so a held post is reviewed with
 * everything else known about it, and crisis is never held (the policy decides).
 */
@Injectable()
export class WatchedWordsService {
  private readonly cache: WatchedWordsCache;

  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {
    this.cache = new WatchedWordsCache(() => this.words());
  }

  async list(): Promise<{ items: WatchedWordEntry[] }> {
    const rows: WatchedWordRow[] = await this.dataSource.query(`SELECT id, pattern, action, replacement, created_at FROM watched_words ORDER BY lower(pattern)`);
    return { items: rows.map(toEntry) };
  }

  async create(input: CreateWatchedWordRequest, admin: AuditActor): Promise<WatchedWordEntry> {
    try {
      // Compiles it first, so a pattern that cannot work is refused with the reason.
      new CompiledWatchedWords([{ pattern: input.pattern, action: input.action, replacement: input.replacement }]);
    } catch (error) {
      if (error instanceof WatchedWordError) throw new ApiException(HttpStatus.BAD_REQUEST, 'WATCHED_WORD_INVALID', error.message.replace(/^Watched word 1:?\s*/, 'That pattern does not work: '));
      throw error;
    }
    // Words that say someone is in crisis are never refused or rewritten (the worker flags them for
    // a moderator, and the writer is shown help): flagging them is the most a list may do.
    if (input.action !== 'flag' && classify(input.pattern.replace(/\*/g, ' ')).crisis) {
      throw new ApiException(
        HttpStatus.BAD_REQUEST,
        'WATCHED_WORD_CRISIS',
        `"${input.pattern}" reads as someone saying they may be in crisis. Lantern never blocks, holds or rewrites those words, so they reach a moderator and the writer is shown help; add it as flag instead.`,
      );
    }
    const row = await this.dataSource.transaction(async (manager) => {
      const [created]: WatchedWordRow[] = await manager.query(
        `INSERT INTO watched_words (pattern, action, replacement, created_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT ((lower(pattern))) DO NOTHING RETURNING id, pattern, action, replacement, created_at`,
        [input.pattern, input.action, input.action === 'replace' ? input.replacement : null, admin.id],
      );
      if (!created) throw new ApiException(HttpStatus.CONFLICT, 'WATCHED_WORD_EXISTS', `"${input.pattern}" is already on the list; remove it first to change what it does.`);
      await this.audit.record(manager, admin, { action: 'watched_word_add', targetType: 'watched_word', targetId: created.id, after: toEntry(created) });
      return created;
    });
    this.cache.invalidate();
    return toEntry(row);
  }

  async remove(id: string, admin: AuditActor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [gone] = returnedRows<WatchedWordRow>(await manager.query(`DELETE FROM watched_words WHERE id = $1 RETURNING id, pattern, action, replacement, created_at`, [id]));
      if (!gone) throw new ApiException(HttpStatus.NOT_FOUND, 'WATCHED_WORD_NOT_FOUND', 'There is no such watched word.');
      await this.audit.record(manager, admin, { action: 'watched_word_remove', targetType: 'watched_word', targetId: id, before: toEntry(gone) });
    });
    this.cache.invalidate();
  }

  /** Refuses blocked words with a message naming them; returns the text with replacements made (none that would hide crisis). */
  async screen(text: string): Promise<string> {
    const compiled = await this.cache.current();
    if (compiled.words.length === 0) return text;
    const result = compiled.apply(text);
    if (result.action === 'block') {
      const words = wordsMatched(text, result.matches.filter((match) => match.action === 'block'));
      throw new ApiException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        'WATCHED_WORD_BLOCKED',
        `This community does not allow ${words.map((word) => `"${word}"`).join(', ')}. Your text is still here: change those words and send it again.`,
        { words },
      );
    }
    // A replacement never takes away what says someone is in crisis ("all my pills tonight" with
    // "pills" replaced reads as nothing): then the words are stored as written, and the worker,
    // which reads what is stored, flags them as crisis for a moderator (the policy keeps them up).
    if (result.text !== text && classify(text).crisis && !classify(result.text).crisis) return text;
    return result.text;
  }

  /**
   * The words of a chosen name that the list would not let stand: blocked, held (a name cannot
   * wait for review) or replaced (a name is never rewritten behind its owner's back). Flagged words
   * pass: a name is not a post for a moderator to look over.
   */
  async refusedInName(name: string): Promise<string[]> {
    const compiled = await this.cache.current();
    if (compiled.words.length === 0) return [];
    return wordsMatched(name, compiled.apply(name).matches.filter((match) => match.action !== 'flag'));
  }

  private async words(): Promise<WatchedWord[]> {
    const rows: WatchedWordRow[] = await this.dataSource.query(`SELECT id, pattern, action, replacement FROM watched_words`);
    return rows.map((row) => ({ id: row.id, pattern: row.pattern, action: row.action, replacement: row.replacement ?? undefined }));
  }
}

/** The words of `text` that matched, as written there, each once. */
function wordsMatched(text: string, matches: readonly WatchedWordMatch[]): string[] {
  return [...new Set(matches.map((match) => text.slice(match.start, match.end)))];
}
