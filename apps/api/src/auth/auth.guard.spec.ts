import { Controller, Get } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import { parseServerEnv } from '@lantern/contracts';
import { ApiException } from '../http/api-exception';
import { AccessTokenService } from './access-token.service';
import { Public, Roles, type AuthenticatedRequest } from './auth.decorators';
import { AuthGuard } from './auth.guard';

// A controller no module mounts: it exists to show what the guard does with each kind of route,
// including the one someone forgot to decorate.
@Controller('guard-probe')
class ProbeController {
  @Get('forgotten')
  forgotten(): string {
    return 'should never run';
  }

  @Public()
  @Get('open')
  open(): string {
    return 'open';
  }

  @Roles('moderator', 'admin')
  @Get('staff')
  staff(): string {
    return 'staff';
  }
}

@Public()
@Controller('guard-probe-public')
class PublicProbeController {
  @Get()
  open(): string {
    return 'open';
  }
}

const env = parseServerEnv({ NODE_ENV: 'test', JWT_SECRET: 'guard-unit-test-secret-0123456789abcdef' });
const tokens = new AccessTokenService(env);
const guard = new AuthGuard(new Reflector(), tokens);

function contextFor(controller: new () => object, handler: string, authorization?: string): { context: ExecutionContextHost; request: AuthenticatedRequest } {
  const request = { headers: authorization ? { authorization } : {} } as AuthenticatedRequest;
  const method = (controller.prototype as Record<string, () => string>)[handler];
  const context = new ExecutionContextHost([request, {}, undefined], controller, method);
  context.setType('http');
  return { context, request };
}

async function refusal(run: Promise<boolean>): Promise<{ status: number; code: string }> {
  try {
    await run;
  } catch (error) {
    if (error instanceof ApiException) return { status: error.getStatus(), code: error.code };
    throw error;
  }
  throw new Error('the guard let the request through');
}

describe('AuthGuard', () => {
  const member = { id: '00000000-0000-4000-8000-000000000001', role: 'member', pseudonym: 'Probe Member' } as const;
  const admin = { id: '00000000-0000-4000-8000-000000000002', role: 'admin', pseudonym: 'Probe Admin' } as const;

  it('fails closed: a route with neither @Public() nor @Roles() is refused even to an admin', async () => {
    const bearer = `Bearer ${await tokens.sign(admin)}`;
    expect(await refusal(guard.canActivate(contextFor(ProbeController, 'forgotten', bearer).context))).toEqual({ status: 403, code: 'ROUTE_NOT_GUARDED' });
    expect(await refusal(guard.canActivate(contextFor(ProbeController, 'forgotten').context))).toEqual({ status: 403, code: 'ROUTE_NOT_GUARDED' });
  });

  it('lets anyone through a @Public() route, on the handler or the controller', async () => {
    expect(await guard.canActivate(contextFor(ProbeController, 'open').context)).toBe(true);
    expect(await guard.canActivate(contextFor(PublicProbeController, 'open').context)).toBe(true);
  });

  it('still identifies a signed-in caller on a public route, and ignores a bad token there', async () => {
    const signedIn = contextFor(ProbeController, 'open', `Bearer ${await tokens.sign(member)}`);
    expect(await guard.canActivate(signedIn.context)).toBe(true);
    expect(signedIn.request.member).toEqual({ ...member, issuedAtMs: expect.any(Number), expiresAtMs: expect.any(Number) });
    const forged = contextFor(ProbeController, 'open', 'Bearer not.a.token');
    expect(await guard.canActivate(forged.context)).toBe(true);
    expect(forged.request.member).toBeUndefined();
  });

  it('asks for a token (401), refuses roles the route does not admit (403), and admits the rest', async () => {
    expect(await refusal(guard.canActivate(contextFor(ProbeController, 'staff').context))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(guard.canActivate(contextFor(ProbeController, 'staff', 'Basic abc').context))).toEqual({ status: 401, code: 'UNAUTHENTICATED' });
    expect(await refusal(guard.canActivate(contextFor(ProbeController, 'staff', `Bearer ${await tokens.sign(member)}`).context))).toEqual({
      status: 403,
      code: 'FORBIDDEN',
    });
    const allowed = contextFor(ProbeController, 'staff', `Bearer ${await tokens.sign(admin)}`);
    expect(await guard.canActivate(allowed.context)).toBe(true);
    expect(allowed.request.member).toEqual({ ...admin, issuedAtMs: expect.any(Number), expiresAtMs: expect.any(Number) });
  });
});
