import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { from, mergeMap, type Observable } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/auth.decorators';
import { ReadReplica } from './read-replica.service';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * After a member's write succeeds, and before it is answered, tells the read replica routing
 * that this member just wrote: whatever page they open next shows it (their new thread in the
 * category list, a member they hid gone from search), however far the replica is behind.
 */
@Injectable()
export class OwnWritesInterceptor implements NestInterceptor {
  constructor(private readonly replica: ReadReplica) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    if (READS.has(request.method)) return next.handle();
    return next.handle().pipe(
      mergeMap((value) => {
        // Read after the handler: a sign-in names its member only then (none to mark).
        const member = request.member;
        return member ? from(this.replica.wrote(member.id).then(() => value)) : [value];
      }),
    );
  }
}
