import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { buildOpenApiDocument, type OpenApiDocument } from './openapi-document';
import { routeCatalog } from './route-catalog';

export const API_DOCS_PATH = '/api/docs';
export const API_DOCS_JSON_PATH = '/api/docs-json';

/**
 * `/api/docs` (Swagger UI, from swagger-ui-dist through @nestjs/swagger) and `/api/docs-json`
 * (the OpenAPI 3.1 document), built once at start from the route catalog. The document holds no
 * member's words, so unlike the rest of /api it may be cached. Its page loads only same-origin
 * scripts and styles, so helmet's Content-Security-Policy stays as it is.
 */
export function serveApiDocs(app: NestExpressApplication): OpenApiDocument {
  const document = buildOpenApiDocument(routeCatalog(app));
  app.use([API_DOCS_PATH, API_DOCS_JSON_PATH], (_request: Request, response: Response, next: NextFunction) => {
    response.setHeader('Cache-Control', 'public, max-age=300');
    next();
  });
  // Our document is 3.1 with JSON Schema 2020-12; @nestjs/swagger's type describes 3.0 but only serves it.
  SwaggerModule.setup(API_DOCS_PATH.slice(1), app, document as unknown as OpenAPIObject, {
    raw: ['json'],
    jsonDocumentUrl: API_DOCS_JSON_PATH.slice(1),
    customSiteTitle: 'Lantern API',
    // No call to validator.swagger.io: the page talks to this origin only.
    swaggerOptions: { validatorUrl: null },
  });
  return document;
}
