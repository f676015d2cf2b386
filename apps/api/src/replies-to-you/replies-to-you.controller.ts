import { Controller, Get, HttpCode, Post } from '@nestjs/common';
import { markRepliesReadSchema, repliesQuerySchema, repliesToYouPageSchema, repliesUnreadSchema, type RepliesToYouPage, type RepliesUnread } from '@lantern/contracts';
import { CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { Responds } from '../http/responds.decorator';
import { ValidBody, ValidQuery, type Valid } from '../http/valid-input.decorators';
import { RepliesToYouService } from './replies-to-you.service';

/**
 * Replies to you: who answered your threads or quoted you, newest first, and marking them read.
 * Everyone who writes in the forum; partners do not.
 */
@Roles('member', 'moderator', 'admin')
@Controller('v1/me/replies')
export class RepliesToYouController {
  constructor(private readonly replies: RepliesToYouService) {}

  @Get()
  @Responds(repliesToYouPageSchema)
  list(@ValidQuery(repliesQuerySchema) query: Valid<typeof repliesQuerySchema>, @CurrentMember() member: AuthenticatedMember): Promise<RepliesToYouPage> {
    return this.replies.list(member, query.cursor);
  }

  /** The count alone, for the navigation on every page. */
  @Get('unread')
  @Responds(repliesUnreadSchema)
  unread(@CurrentMember() member: AuthenticatedMember): Promise<RepliesUnread> {
    return this.replies.unread(member);
  }

  /** "Mark all as read", up to the newest reply the member was shown. */
  @Post('read')
  @HttpCode(200)
  @Responds(repliesUnreadSchema)
  markRead(@ValidBody(markRepliesReadSchema) body: Valid<typeof markRepliesReadSchema>, @CurrentMember() member: AuthenticatedMember): Promise<RepliesUnread> {
    return this.replies.markAllRead(member, body.upTo);
  }
}
