import { type CallHandler, type ExecutionContext, HttpStatus, type NestInterceptor } from '@nestjs/common';
import { HTTP_CODE_METADATA } from '@nestjs/common/constants';
import type { Request } from 'express';
import { map, type Observable } from 'rxjs';
import { ApiException } from './api-exception';
import { responseOf, type ResponseDeclaration } from './responds.decorator';

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Fields that were sent but that the schema does not describe: zod drops unknown keys when it
 * parses an object, so whatever is in `sent` and missing from `parsed` is undocumented.
 */
function undescribedFields(sent: unknown, parsed: unknown, path: string): string[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) return sent.flatMap((item, index) => undescribedFields(item, parsed[index], `${path}[${index}]`));
  if (!isPlainObject(sent) || !isPlainObject(parsed)) return [];
  return Object.keys(sent).flatMap((key) => {
    const at = path ? `${path}.${key}` : key;
    return key in parsed ? undescribedFields(sent[key], parsed[key], at) : [`${at}: sent, but the schema does not describe it`];
  });
}

/**
 * What is wrong with a success answer, measured against its route's declaration: the body as it
 * goes on the wire (`JSON.stringify`, as Express sends it, so a Date is already a string) must
 * parse with the declared schema and carry no field the schema leaves out. A 204 sends nothing.
 */
export function responseShapeProblems(declared: ResponseDeclaration | undefined, noContent: boolean, value: unknown): string[] {
  if (noContent) return [...(declared ? ['a 204 route declares a body'] : []), ...(value === undefined ? [] : ['a 204 route returned a body'])];
  if (!declared) return ['no response is declared (add @Responds with the contracts schema of what it sends)'];
  if (declared.kind === 'text') return [];
  if (value === undefined || value === null) return ['no body was sent, but one is declared'];
  const sent: unknown = JSON.parse(JSON.stringify(value));
  const result = declared.schema.safeParse(sent);
  if (!result.success) return result.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(body)'}: ${issue.message}`);
  return undescribedFields(sent, result.data, '');
}

/**
 * Test-only (the api test harness turns it on; production never does): every success answer is
 * checked against the schema its route declares with @Responds, so the OpenAPI document is proved
 * by every integration test that calls a route. A mismatch is reported, and the request fails
 * with a 500 naming the route and what is wrong, so the test that made it fails where it stands.
 */
export class ResponseShapeInterceptor implements NestInterceptor {
  constructor(private readonly report: (problem: string) => void) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const handler = context.getHandler();
    const noContent = Reflect.getMetadata(HTTP_CODE_METADATA, handler) === HttpStatus.NO_CONTENT;
    const request = context.switchToHttp().getRequest<Request>();
    return next.handle().pipe(
      map((value: unknown) => {
        const problems = responseShapeProblems(responseOf(handler), noContent, value);
        if (problems.length === 0) return value;
        const route = `${request.method} ${(request.route as { path?: string } | undefined)?.path ?? request.path}`;
        const problem = `${route} (${context.getClass().name}.${handler.name}) answered what its declared response does not describe: ${problems.join('; ')}`;
        this.report(problem);
        throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, 'INTERNAL_ERROR', problem);
      }),
    );
  }
}
