import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/v1/openapi.json/route';
import { formatApiDocs } from '@/lib/server/api/api-docs';
import type { AppContext } from '@/lib/server/app-context';
import { callRoute, installAppContext, uninstallAppContext } from '../support/app-under-test';

const root = path.resolve(__dirname, '../..');
type Json = Record<string, unknown>;
const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

let app: AppContext;
let document: Json;

beforeAll(async () => {
  app = installAppContext(' []');
  const { status, body } = await callRoute(GET, '/api/v1/openapi.json', {});
  expect(status).toBe(200);
  if (!isJson(body)) throw new Error('the document is not an object');
  document = body;
});
afterAll(() => uninstallAppContext(app));

/** Resolves a local JSON pointer (`#/components/schemas/X`) in the document. */
function resolve(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  return pointer
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>((node, part) => (isJson(node) ? node[part] : undefined), document);
}

/** Every value under `node`, with its path, depth first. */
function* walk(node: unknown, at: string): Generator<[string, unknown]> {
  yield [at, node];
  if (Array.isArray(node)) for (const [i, v] of node.entries()) yield* walk(v, `${at}/${i}`);
  else if (isJson(node)) for (const [k, v] of Object.entries(node)) yield* walk(v, `${at}/${k}`);
}

const jsonTypes = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];
const schemaKeys = ['items', 'not', 'additionalProperties', 'propertyNames', 'contains'];

/** Problems that make `schema` invalid JSON Schema (2020-12), checked structurally. */
function schemaProblems(schema: unknown, at: string): string[] {
  if (typeof schema === 'boolean') return [];
  if (!isJson(schema)) return [`${at}: not a schema`];
  const problems: string[] = [];
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  for (const type of types)
    if (!jsonTypes.includes(String(type))) problems.push(`${at}: type ${String(type)}`);
  if (schema.$ref !== undefined && typeof schema.$ref !== 'string') problems.push(`${at}: $ref`);
  if (schema.required !== undefined) {
    const ok =
      Array.isArray(schema.required) && schema.required.every((r) => typeof r === 'string');
    if (!ok) problems.push(`${at}: required must be a list of names`);
    else if (isJson(schema.properties)) {
      for (const name of schema.required as string[]) {
        if (!(name in schema.properties)) problems.push(`${at}: required ${name} is no property`);
      }
    }
  }
  if (schema.enum !== undefined && !Array.isArray(schema.enum)) problems.push(`${at}: enum`);
  if (typeof schema.pattern === 'string') {
    try {
      new RegExp(schema.pattern, 'u');
    } catch {
      problems.push(`${at}: pattern`);
    }
  }
  if (schema.properties !== undefined) {
    if (!isJson(schema.properties)) problems.push(`${at}: properties`);
    else
      for (const [k, v] of Object.entries(schema.properties))
        problems.push(...schemaProblems(v, `${at}/properties/${k}`));
  }
  for (const key of ['anyOf', 'oneOf', 'allOf', 'prefixItems']) {
    const list = schema[key];
    if (list === undefined) continue;
    if (!Array.isArray(list) || list.length === 0) problems.push(`${at}: ${key}`);
    else list.forEach((s, i) => problems.push(...schemaProblems(s, `${at}/${key}/${i}`)));
  }
  for (const key of schemaKeys) {
    if (schema[key] !== undefined) problems.push(...schemaProblems(schema[key], `${at}/${key}`));
  }
  return problems;
}

/** Every schema the document holds: components, parameters and bodies. */
function schemasOf(doc: Json): [string, unknown][] {
  return [...walk(doc, '#')].filter(
    ([at]) => /\/schema$/.test(at) || /^#\/components\/schemas\/[^/]+$/.test(at),
  );
}

/** `app/api/v1/sources/[id]/summary/route.ts` → `/api/v1/sources/{id}/summary`; catch-alls left out. */
function apiRoutes(): string[] {
  const dir = path.join(root, 'app/api/v1');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'route.ts')
    .map((file) => path.dirname(file).split(path.sep))
    .filter((segments) => !segments.some((s) => s.startsWith('[...')))
    .map((segments) =>
      `/api/v1/${segments
        .filter((s) => s !== '.')
        .map((s) => s.replace(/^\[(\w+)\]$/, '{$1}'))
        .join('/')}`.replace(/\/$/, ''),
    );
}

describe('GET /api/v1/openapi.json', () => {
  it('needs credentials like every /api/v1 route', async () => {
    const request = new Request('http://127.0.0.1/api/v1/openapi.json', {
      headers: { authorization: 'Bearer not-a-configured-token' },
    });
    const response = await GET(request, { params: Promise.resolve({}) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  it('is an OpenAPI 3.1 document with info and paths', () => {
    expect(document.openapi).toMatch(/^3\.1\.\d+$/);
    expect(document.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    expect(Object.keys(document.paths as Json).length).toBeGreaterThan(0);
  });

  it('resolves every $ref', () => {
    const refs = [...walk(document, '#')].filter(([at]) => at.endsWith('/$ref'));
    expect(refs.length).toBeGreaterThan(0);
    for (const [at, ref] of refs)
      expect(resolve(String(ref)), `${at} → ${String(ref)}`).toBeDefined();
  });

  it('holds only valid JSON Schemas', () => {
    const schemas = schemasOf(document);
    expect(schemas.length).toBeGreaterThan(10);
    expect(schemas.flatMap(([at, schema]) => schemaProblems(schema, at))).toEqual([]);
  });

  it('the schema check finds what is wrong', () => {
    expect(schemaProblems({ type: 'text', required: ['a'], properties: {} }, '#')).toEqual([
      '#: type text',
      '#: required a is no property',
    ]);
  });

  it('describes every route under app/api/v1', () => {
    const routes = apiRoutes();
    expect(routes).toContain('/api/v1/sources/{id}/queues/live/stream');
    expect(Object.keys(document.paths as Json).sort()).toEqual(expect.arrayContaining(routes));
    expect(routes.sort()).toEqual(Object.keys(document.paths as Json).sort());
  });

  it('says what GET /api/v1/sources returns, capabilities.filters included', () => {
    const capabilities = resolve('#/components/schemas/Capabilities');
    expect(capabilities).toMatchObject({ properties: { filters: { type: 'array' } } });
  });
});

describe('docs/api.md', () => {
  it('is the rendered document (run `npm run docs:api` after changing the API)', async () => {
    const committed = readFileSync(path.join(root, 'docs/api.md'), 'utf8');
    expect(committed).toBe(await formatApiDocs());
  });
});
