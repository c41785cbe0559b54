/**
 * The web page's wire types, generated from the service's OpenAPI document (npm run api:types).
 * Both files are checked in; web-types.spec.ts fails when either differs from a fresh generation.
 */
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import openapiTS, { astToString } from 'openapi-typescript';
import pino from 'pino';
import { AppModule } from '../app.module.js';
import { loadConfig } from '../config/index.js';
import { buildOpenApiDocument, setApiPrefix } from './document.js';

const apiFolder = new URL('../../web/src/api/', import.meta.url);
export const DOCUMENT_FILE = fileURLToPath(new URL('openapi.json', apiFolder));
export const TYPES_FILE = fileURLToPath(new URL('schema.d.ts', apiFolder));

/**
 * The document as the running service serves it at /api/docs-json. Nest's preview mode wires
 * routes without creating providers, so no database or configuration is needed.
 */
export async function openApiDocumentText(): Promise<string> {
  const app = await NestFactory.create(
    AppModule.forRoot({
      config: loadConfig({}),
      databaseUrl: 'postgres://unused/preview',
      logger: pino({ level: 'silent' }),
    }),
    { preview: true, logger: false, abortOnError: false },
  );
  try {
    setApiPrefix(app);
    return JSON.stringify(buildOpenApiDocument(app), null, 2) + '\n';
  } finally {
    await app.close();
  }
}

export async function webTypesText(documentText: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(documentText) as Parameters<typeof openapiTS>[0], {
    alphabetize: false,
  });
  return (
    '// Generated from openapi.json by `npm run api:types`: do not edit.\n\n' + astToString(ast)
  );
}
