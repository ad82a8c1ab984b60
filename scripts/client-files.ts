import openapiTS, { astToString } from 'openapi-typescript';
import type { OpenAPIObject } from '@nestjs/swagger';

/** The committed contract: the OpenAPI document and the TypeScript types generated from it. */
export const CLIENT_FILES = { document: 'client/openapi.json', types: 'client/schema.d.ts' } as const;

export function documentText(doc: OpenAPIObject): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

export async function typesText(doc: OpenAPIObject): Promise<string> {
  const ast = await openapiTS(documentText(doc), { exportType: true, alphabetize: true });
  return astToString(ast);
}
