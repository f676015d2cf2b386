import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { auditQuerySchema, queueQuerySchema, resolveFlagSchema, type QueueItem } from '@lantern/contracts';
import { z } from 'zod';
import { AuditService, type AuditRow } from '../audit/audit.service';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { parseInput } from '../http/parse-input';
import { ModerationService } from './moderation.service';

const flagId = z.uuid({ error: 'That is not a review item id.' });

@Roles('moderator', 'admin')
@Controller('v1/moderation')
export class ModerationController {
  constructor(
    private readonly moderation: ModerationService,
    private readonly audit: AuditService,
  ) {}

  @Get('queue')
  queue(@Query() query: unknown, @CurrentMember() member: AuthenticatedMember): Promise<{ items: QueueItem[] }> {
    return this.moderation.queue(parseInput(queueQuerySchema, query), member);
  }

  @Get('flags/:id')
  flag(@Param('id') id: string): Promise<QueueItem> {
    return this.moderation.get(parseInput(flagId, id));
  }

  @Post('flags/:id/claim')
  @HttpCode(200)
  claim(@Param('id') id: string, @CurrentMember() member: AuthenticatedMember): Promise<QueueItem> {
    return this.moderation.claim(parseInput(flagId, id), member);
  }

  @Post('flags/:id/resolve')
  @HttpCode(200)
  resolve(@Param('id') id: string, @Body() body: unknown, @CurrentMember() member: AuthenticatedMember): Promise<QueueItem> {
    return this.moderation.resolve(parseInput(flagId, id), parseInput(resolveFlagSchema, body), member);
  }

  @Get('audit')
  auditLog(@Query() query: unknown): Promise<{ items: AuditRow[] }> {
    return this.audit.list(parseInput(auditQuerySchema, query));
  }
}
