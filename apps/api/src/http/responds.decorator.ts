import { SetMetadata } from '@nestjs/common';
import type { z } from 'zod';

/** Handler metadata: what a route answers with on success (read by the OpenAPI document and the response check). */
export const RESPONSE_DECLARATION = 'lantern:response';

export type ResponseDeclaration =
  | {
      kind: 'json';
      schema: z.ZodType;
      /** Other statuses the route answers with the same body, and what each means. */
      also: Record<number, string>;
    }
  | { kind: 'text'; mediaType: string; description: string };

/** What @Responds/@RespondsWithText recorded on a handler (undefined for a 204 route, which sends no body). */
export function responseOf(handler: object): ResponseDeclaration | undefined {
  return Reflect.getMetadata(RESPONSE_DECLARATION, handler) as ResponseDeclaration | undefined;
}

/** What a handler may return for a route that declares `S`: the schema's output, now or later. */
type Answer<S extends z.ZodType> = z.output<S> | Promise<z.output<S>>;

/**
 * The JSON body a route answers with on success, as its contracts schema: the OpenAPI document
 * describes it, and under the api test harness every success answer is checked against it. The
 * handler's return type must be the schema's output, so the two cannot drift apart unseen.
 * A 204 route declares nothing. `also` names other statuses that carry the same body.
 */
export function Responds<S extends z.ZodType>(schema: S, options: { also?: Record<number, string> } = {}) {
  const record = SetMetadata(RESPONSE_DECLARATION, { kind: 'json', schema, also: options.also ?? {} } satisfies ResponseDeclaration);
  return <H extends (...args: never[]) => Answer<S>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<H>): void => {
    record(target, key, descriptor);
  };
}

/** A route that answers text, not JSON (the Prometheus scrape), with what the text is. */
export function RespondsWithText(mediaType: string, description: string): MethodDecorator {
  return SetMetadata(RESPONSE_DECLARATION, { kind: 'text', mediaType, description } satisfies ResponseDeclaration);
}
