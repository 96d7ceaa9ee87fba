// Test support: SnelStart's OpenAPI export (snelstart.md §7), read from ../shared at test time and
// never copied into the repo (§7: licence unknown). Only the parts the request checker reads are typed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

export type JsonSchema = Record<string, unknown>;

export interface OpenApiParameter {
  name: string;
  in: 'query' | 'path' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export interface OpenApiOperation {
  operationId?: string;
  parameters?: OpenApiParameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: JsonSchema }> };
}

export type OpenApiPathItem = Partial<Record<Lowercase<OpenApiMethod>, OpenApiOperation>>;
export type OpenApiMethod = 'GET' | 'PUT' | 'POST' | 'DELETE' | 'PATCH' | 'HEAD' | 'OPTIONS';

export interface OpenApiDocument {
  servers?: { url: string }[];
  paths: Record<string, OpenApiPathItem>;
  components: {
    schemas: Record<string, JsonSchema>;
    securitySchemes?: Record<string, { type: string; name?: string; in?: string }>;
  };
}

/** `SNELSTART_OPENAPI_SPEC` overrides; tests run from the repo root, next to ../shared. */
export function snelStartSpecPath(): string {
  return process.env['SNELSTART_OPENAPI_SPEC'] ?? join(process.cwd(), '..', 'shared', 'platforms', 'specs', 'snelstart-b2b-api-v2.yaml');
}

export function loadOpenApiDocument(path: string = snelStartSpecPath()): OpenApiDocument {
  const document = load(readFileSync(path, 'utf8')) as unknown;
  if (!isRecord(document) || !isRecord(document['paths']) || !isRecord(document['components']) || !isRecord(document['components']['schemas'])) {
    throw new Error(`${path} is not an OpenAPI 3 document with paths and components.schemas`);
  }
  return document as unknown as OpenApiDocument;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
