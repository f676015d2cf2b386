import { RequestMethod, type INestApplicationContext } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { MemberRole } from '@lantern/contracts';
import { IS_PUBLIC, ROLES } from '../auth/auth.decorators';
import { responseOf, type ResponseDeclaration } from './responds.decorator';
import { inputSchemasOf, type InputSchemas } from './valid-input.decorators';

export interface RouteRule {
  method: string;
  /** The full path as Express sees it, parameters as `:name` (`/api/v1/threads/:id`). */
  path: string;
  isPublic: boolean;
  roles: MemberRole[] | undefined;
  /** The controller's class name (`ForumController`) and the handler's (`createThread`). */
  controller: string;
  controllerType: new (...args: never[]) => object;
  handlerName: string;
  handler: (...args: never[]) => unknown;
  /** The status a success answers with: @HttpCode, else Nest's default (201 for POST, 200 otherwise). */
  successStatus: number;
  /** Path parameters, in the order the path names them. */
  pathParams: string[];
  /** The schemas that validate the body and the query (see @ValidBody/@ValidQuery). */
  input: InputSchemas;
  /** What a success answers with (see @Responds); undefined for a 204, which sends no body. */
  response: ResponseDeclaration | undefined;
}

/**
 * Every HTTP route Nest registered, with the access rule its decorators declare, the schemas
 * that validate its input and the schema of what it answers. The OpenAPI document and the route tests walk this one list.
 * Works on a created app before `init()`: it reads decorator metadata, not the Express router.
 */
export function routeCatalog(app: INestApplicationContext): RouteRule[] {
  const routes: RouteRule[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | null;
      if (!controller) continue;
      const base = String(Reflect.getMetadata(PATH_METADATA, controller) ?? '');
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
        const path = `/api/${[base, sub].filter((part) => part && part !== '/').join('/')}`.replace(/\/+/g, '/').replace(/\/$/, '');
        const httpCode = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
        routes.push({
          method: RequestMethod[method],
          path,
          isPublic: (Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller)) === true,
          roles: (Reflect.getMetadata(ROLES, handler) ?? Reflect.getMetadata(ROLES, controller)) as MemberRole[] | undefined,
          controller: controller.name,
          controllerType: controller,
          handlerName: name,
          handler: handler as (...args: never[]) => unknown,
          successStatus: httpCode ?? (method === RequestMethod.POST ? 201 : 200),
          pathParams: [...path.matchAll(/:([A-Za-z0-9_]+)/g)].map((match) => match[1]),
          input: inputSchemasOf(handler),
          response: responseOf(handler),
        });
      }
    }
  }
  return routes;
}
