import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { listSchema, moderatorNoteSchema, type ModeratorNote } from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { ModeratorNotesService } from './moderator-notes.service';
import { Responds } from '../http/responds.decorator';
import { ValidParam } from '../http/valid-input.decorators';

const noteId = z.uuid({ error: 'That is not a note id.' });

/** A member's notes from the moderators (warnings), newest first, and "I have read it". */
@Roles('member', 'moderator', 'admin')
@Controller('v1/me/moderator-notes')
export class ModeratorNotesController {
  constructor(private readonly notes: ModeratorNotesService) {}

  @Get()
  @Responds(listSchema(moderatorNoteSchema))
  list(@CurrentMember() member: AuthenticatedMember): Promise<{ items: ModeratorNote[] }> {
    return this.notes.list(member.id);
  }

  @Post(':id/seen')
  @HttpCode(200)
  @Responds(moderatorNoteSchema)
  seen(@ValidParam('id', noteId) id: string, @CurrentMember() member: AuthenticatedMember): Promise<ModeratorNote> {
    return this.notes.markSeen(member.id, id);
  }
}
