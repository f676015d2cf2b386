import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { ModulesContainer } from '@nestjs/core';
import type { MemberRole } from '@lantern/contracts';
import { IS_PUBLIC, ROLES } from '../../src/auth/auth.decorators';
import type { ApiHarness } from './api-harness';

export interface RouteRule {
  method: string;
  path: string;
  isPublic: boolean;
  roles: MemberRole[] | undefined;
}

/** Every HTTP route Nest registered, with the access rule its decorators declare. */
export function registeredRoutes(api: ApiHarness): RouteRule[] {
  const routes: RouteRule[] = [];
  for (const module of api.app.get(ModulesContainer).values()) {
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
        routes.push({
          method: RequestMethod[method],
          path,
          isPublic: (Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, controller)) === true,
          roles: (Reflect.getMetadata(ROLES, handler) ?? Reflect.getMetadata(ROLES, controller)) as MemberRole[] | undefined,
        });
      }
    }
  }
  return routes;
}

