import { Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import type { ModeratorNote } from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { parseInput } from '../http/parse-input';
import { ModeratorNotesService } from './moderator-notes.service';

const noteId = z.uuid({ error: 'That is not a note id.' });

/** A member's notes from the moderators (warnings), newest first, and "I have read it". */
@Roles('member', 'moderator', 'admin')
@Controller('v1/me/moderator-notes')
export class ModeratorNotesController {
  constructor(private readonly notes: ModeratorNotesService) {}

  @Get()
  list(@CurrentMember() member: AuthenticatedMember): Promise<{ items: ModeratorNote[] }> {
    return this.notes.list(member.id);
  }

  @Post(':id/seen')
  @HttpCode(200)
  seen(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<ModeratorNote> {
    return this.notes.markSeen(member.id, parseInput(noteId, id));
  }
}
