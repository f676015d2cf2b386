import type { Author } from '@lantern/contracts';
import { FORMER_MEMBER } from './forum-read-sql';
import type { Viewer } from './forum.service';

/** The author columns every read of posts and threads joins in the same way (AUTHOR_SELECT). */
export interface AuthorColumns {
  author_id: string | null;
  author_alias: string | null;
  pseudonym: string | null;
  author_deleted: boolean | null;
  author_moderates: boolean | null;
}

/** Who wrote it, as the forum shows them to this viewer. */
export function toAuthor(row: AuthorColumns, viewer: Viewer): Author {
  const gone = row.author_id === null || row.author_deleted === true || row.pseudonym === null;
  const isYou = row.author_id !== null && row.author_id === viewer.id;
  const author: Author = {
    displayName: gone ? FORMER_MEMBER : (row.author_alias ?? row.pseudonym ?? FORMER_MEMBER),
    isAlias: !gone && row.author_alias !== null,
    isYou,
    // Under their pseudonym only: a moderator writing under a thread alias is there as a member,
    // and marking the alias would point to one of a handful of people.
    isModerator: !gone && row.author_alias === null && row.author_moderates === true,
  };
  if ((viewer.role === 'moderator' || viewer.role === 'admin') && row.author_id !== null) author.memberId = row.author_id;
  return author;
}
