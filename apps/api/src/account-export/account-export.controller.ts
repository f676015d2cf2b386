import { Controller, Get, Res } from '@nestjs/common';
import { accountExportFileName, accountExportSchema, type AccountExport } from '@lantern/contracts';
import type { Response } from 'express';
import { ANY_ROLE, CurrentMember, Roles, type AuthenticatedMember } from '../auth/auth.decorators';
import { AccountExportService } from './account-export.service';
import { Responds } from '../http/responds.decorator';

/**
 * `GET /api/v1/me/export`: the member's own data as a JSON file, made only when they ask for it
 * (nothing is prepared or kept in advance). Every role may take its own.
 */
@Roles(...ANY_ROLE)
@Controller('v1/me/export')
export class AccountExportController {
  constructor(private readonly exports: AccountExportService) {}

  @Get()
  @Responds(accountExportSchema)
  async export(@CurrentMember() member: AuthenticatedMember, @Res({ passthrough: true }) response: Response): Promise<AccountExport> {
    const document = await this.exports.export(member);
    response.setHeader('Content-Disposition', `attachment; filename="${accountExportFileName(document.exportedAt)}"`);
    // Every api answer already says this; a file of someone's words must never sit in a shared cache.
    response.setHeader('Cache-Control', 'no-store');
    return document;
  }
}
