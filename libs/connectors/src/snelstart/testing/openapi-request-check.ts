// Test helper: checks a request the connector makes against SnelStart's OpenAPI spec
// (../shared/platforms/specs/snelstart-b2b-api-v2.yaml, read at test time): the path matches a
// template, the method exists there, every path and query parameter is declared and of the right
// type (required ones present), and a JSON body validates against the operation's schema.
// `watchNockScope` wires it into nock tests, so every request a scope answers is checked.
import type nock from 'nock';
import { loadOpenApiDocument, type OpenApiDocument, type OpenApiMethod, type OpenApiOperation, type OpenApiParameter } from './openapi-document.js';
import { createSchemaValidator, type SchemaValidator } from './openapi-schemas.js';

export interface RequestToCheck {
  method: string;
  /** A URL, or a path with an optional query string (`/v2/relaties?$top=1`). */
  url: string;
  /** Extra query parameters (added to those in `url`). */
  query?: Readonly<Record<string, string>>;
  /** The JSON body, parsed or as sent. Absent or '' means no body. */
  body?: unknown;
}

export interface OpenApiRequestCheckerOptions {
  /** Path prefix of the API in the checked URLs; default the spec server's path (`/v2`). */
  basePath?: string;
  /** Query parameters allowed beyond the spec's, e.g. `$select` (§3.1: "Vanaf V2", not in the spec). */
  extraQueryParameters?: readonly string[];
  /** Reject body properties the model does not have (default true). */
  strictObjects?: boolean;
  /** Default: the spec in ../shared. */
  document?: OpenApiDocument;
}

export interface OpenApiRequestChecker {
  /** What is wrong with `request`; `[]` when it is valid. */
  problems(request: RequestToCheck): string[];
  /** Throws an Error listing every problem. */
  assertValid(request: RequestToCheck): void;
}

interface MatchedOperation {
  template: string;
  operation: OpenApiOperation;
  pathValues: Record<string, string>;
}

const METHODS: readonly OpenApiMethod[] = ['GET', 'PUT', 'POST', 'DELETE', 'PATCH', 'HEAD', 'OPTIONS'];

export function createOpenApiRequestChecker(options: OpenApiRequestCheckerOptions = {}): OpenApiRequestChecker {
  const document = options.document ?? loadOpenApiDocument();
  const basePath = (options.basePath ?? new URL(document.servers?.[0]?.url ?? 'https://x/v2').pathname).replace(/\/+$/, '');
  const schemas = createSchemaValidator(document, { strictObjects: options.strictObjects ?? true });
  const queryKeys = new Set([...securityQueryNames(document), ...(options.extraQueryParameters ?? [])]);

  const problems = (request: RequestToCheck): string[] => {
    const url = new URL(request.url, 'http://checked.invalid');
    const method = request.method.toUpperCase();
    const what = `${method} ${url.pathname}`;
    if (!url.pathname.startsWith(`${basePath}/`)) return [`${what}: not under the API base path ${basePath}`];
    const path = url.pathname.slice(basePath.length);
    const templates = matchingTemplates(document, path);
    if (templates.length === 0) return [`${what}: no path in the spec matches ${path}`];
    const matched = templates.map((match) => ({ ...match, operation: document.paths[match.template][method.toLowerCase() as Lowercase<OpenApiMethod>] }));
    const found = matched.find((match): match is MatchedOperation => match.operation !== undefined);
    if (found === undefined) {
      const allowed = METHODS.filter((candidate) => document.paths[templates[0].template][candidate.toLowerCase() as Lowercase<OpenApiMethod>] !== undefined);
      return [`${what}: ${templates[0].template} has no ${method} operation in the spec (it has ${allowed.join(', ') || 'none'})`];
    }
    const label = `${method} ${found.template}`;
    const search = new URLSearchParams(url.search);
    for (const [name, value] of Object.entries(request.query ?? {})) search.append(name, value);
    return [...pathProblems(found, label, schemas), ...queryProblems(found.operation, search, queryKeys, label, schemas), ...bodyProblems(found.operation, request.body, label, schemas)];
  };

  return {
    problems,
    assertValid(request) {
      const found = problems(request);
      if (found.length > 0) throw new Error(`request not valid against the SnelStart OpenAPI spec:\n- ${found.join('\n- ')}`);
    },
  };
}

/** Every template matching `path`, most literal first (`/inkoopboekingen/ubl` before `/inkoopboekingen/{id}`). */
function matchingTemplates(document: OpenApiDocument, path: string): { template: string; pathValues: Record<string, string> }[] {
  const segments = path.split('/').slice(1);
  const matches: { template: string; pathValues: Record<string, string>; params: number }[] = [];
  for (const template of Object.keys(document.paths)) {
    const parts = template.split('/').slice(1);
    if (parts.length !== segments.length) continue;
    const pathValues: Record<string, string> = {};
    const matched = parts.every((part, index) => {
      const name = /^\{(.+)\}$/.exec(part)?.[1];
      if (name === undefined) return part === segments[index];
      if (segments[index] === '') return false;
      pathValues[name] = decodeURIComponent(segments[index]);
      return true;
    });
    if (matched) matches.push({ template, pathValues, params: Object.keys(pathValues).length });
  }
  return matches.sort((a, b) => a.params - b.params).map(({ template, pathValues }) => ({ template, pathValues }));
}

function pathProblems(found: MatchedOperation, label: string, schemas: SchemaValidator): string[] {
  const declared = (found.operation.parameters ?? []).filter((parameter) => parameter.in === 'path');
  const result: string[] = [];
  for (const [name, value] of Object.entries(found.pathValues)) {
    const parameter = declared.find((candidate) => candidate.name === name);
    if (parameter === undefined) result.push(`${label}: path parameter {${name}} is not declared`);
    else result.push(...valueProblems(parameter, value, `${label}: path parameter ${name}`, schemas));
  }
  return result;
}

function queryProblems(operation: OpenApiOperation, search: URLSearchParams, allowed: ReadonlySet<string>, label: string, schemas: SchemaValidator): string[] {
  const declared = new Map((operation.parameters ?? []).filter((parameter) => parameter.in === 'query').map((parameter) => [parameter.name, parameter]));
  const result: string[] = [];
  const seen = new Set<string>();
  for (const [name, value] of search) {
    if (seen.has(name)) result.push(`${label}: query parameter ${name} is sent more than once`);
    seen.add(name);
    const parameter = declared.get(name);
    if (parameter !== undefined) result.push(...valueProblems(parameter, value, `${label}: query parameter ${name}`, schemas));
    else if (!allowed.has(name)) {
      const known = [...declared.keys()];
      result.push(`${label}: unknown query parameter ${name} (the spec declares ${known.length === 0 ? 'none' : known.join(', ')})`);
    }
  }
  for (const parameter of declared.values()) {
    if (parameter.required === true && !seen.has(parameter.name)) result.push(`${label}: required query parameter ${parameter.name} is missing`);
  }
  return result;
}

/** A parameter arrives as text: coerce it to the schema's type, then validate. */
function valueProblems(parameter: OpenApiParameter, text: string, label: string, schemas: SchemaValidator): string[] {
  const schema = parameter.schema ?? {};
  const type = schema['type'];
  let value: unknown = text;
  if (type === 'integer' || type === 'number') {
    if (!/^-?\d+(\.\d+)?$/.test(text.trim())) return [`${label} must be ${type === 'integer' ? 'an integer' : 'a number'}, got "${text}"`];
    value = Number(text);
  } else if (type === 'boolean') {
    if (text !== 'true' && text !== 'false') return [`${label} must be true or false, got "${text}"`];
    value = text === 'true';
  }
  return schemas.problems(schema, value, label);
}

function bodyProblems(operation: OpenApiOperation, raw: unknown, label: string, schemas: SchemaValidator): string[] {
  const hasBody = raw !== undefined && raw !== null && raw !== '';
  const requestBody = operation.requestBody;
  if (requestBody === undefined) return hasBody ? [`${label}: the spec declares no request body`] : [];
  if (!hasBody) return requestBody.required === true ? [`${label}: the request body is required`] : [];
  const schema = requestBody.content['application/json']?.schema;
  if (schema === undefined) return [`${label}: the spec declares no application/json body`];
  let body: unknown = raw;
  if (typeof raw === 'string') {
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      return [`${label}: the body is not JSON`];
    }
  }
  return schemas.problems(schema, body, `${label}: body`);
}

function securityQueryNames(document: OpenApiDocument): string[] {
  return Object.values(document.components.securitySchemes ?? {})
    .filter((scheme) => scheme.type === 'apiKey' && scheme.in === 'query' && typeof scheme.name === 'string')
    .map((scheme) => scheme.name as string);
}

/**
 * Checks every request `scope` answers; call `assertAllValid()` at the end of the test. Requests
 * are read from nock's `request` event (the fetch-style Request nock 15 emits and the body string).
 */
export function watchNockScope(checker: OpenApiRequestChecker, scope: nock.Scope): NockRequestLog {
  const log = new NockRequestLog(checker);
  scope.on('request', (request: unknown, _interceptor: unknown, body: unknown) => log.record(request, body));
  return log;
}

export class NockRequestLog {
  readonly requests: RequestToCheck[] = [];

  constructor(private readonly checker: OpenApiRequestChecker) {}

  /** Also usable from a nock reply callback: `.reply(function (uri, body) { log.record(this.req, body) … })`. */
  record(request: unknown, body: unknown): void {
    if (typeof request !== 'object' || request === null) return;
    const record = request as { method?: unknown; url?: unknown; path?: unknown };
    const url = typeof record.url === 'string' ? record.url : typeof record.path === 'string' ? record.path : '';
    this.requests.push({ method: typeof record.method === 'string' ? record.method : 'GET', url, body: typeof body === 'string' ? body : undefined });
  }

  problems(): string[] {
    return this.requests.flatMap((request) => this.checker.problems(request));
  }

  /** Throws when a request was invalid or none was seen at all (a vacuous check proves nothing). */
  assertAllValid(): void {
    if (this.requests.length === 0) throw new Error('no request reached the watched nock scope');
    const found = this.problems();
    if (found.length > 0) throw new Error(`requests not valid against the SnelStart OpenAPI spec:\n- ${found.join('\n- ')}`);
  }
}
