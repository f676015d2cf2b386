import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { createWatchedWordSchema, listSchema, watchedWordEntrySchema, type WatchedWordEntry } from '@lantern/contracts';
import { z } from 'zod';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { WatchedWordsService } from './watched-words.service';
import { ValidBody, type Valid, ValidParam } from '../http/valid-input.decorators';
import { Responds } from '../http/responds.decorator';

const wordId = z.uuid({ error: 'That is not a watched word id.' });

@Roles('admin')
@Controller('v1/admin/watched-words')
export class WatchedWordsController {
  constructor(private readonly words: WatchedWordsService) {}

  @Get()
  @Responds(listSchema(watchedWordEntrySchema))
  list(): Promise<{ items: WatchedWordEntry[] }> {
    return this.words.list();
  }

  @Post()
  @Responds(watchedWordEntrySchema)
  create(@ValidBody(createWatchedWordSchema) body: Valid<typeof createWatchedWordSchema>, @CurrentMember() admin: AuthenticatedMember): Promise<WatchedWordEntry> {
    return this.words.create(body, admin);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@ValidParam('id', wordId) id: string, @CurrentMember() admin: AuthenticatedMember): Promise<void> {
    await this.words.remove(id, admin);
  }
}
