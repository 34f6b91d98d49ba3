import { z } from 'zod';
import { Board } from '@/lib/model/board';
import {
  ApiTokenInfo,
  AuditEntry,
  CreateApiToken,
  CreateUser,
  SetVisibility,
  UpdateUser,
  UserInfo,
  VisibilityRuleInfo,
} from '@/lib/model/accounts';
import { CreateDisplayLink, DisplayLinkInfo } from '@/lib/model/display-link';
import { LiveQueuesResponse } from '@/lib/model/live-queues';
import { Capabilities, SourceHealth, SourceInfo, SourcesResponse } from '@/lib/model/source';
import {
  AgentsResponse,
  ExternalNumbersResponse,
  SeriesResponse,
  SummaryResponse,
} from '@/lib/model/stats';
import { accountPaths } from './openapi-accounts';
import { statsQuerySchema, type StatsReport } from './stats-params';

/** JSON values of the document, as served and rendered. */
type Json = Record<string, unknown>;

const ApiError = z.object({
  error: z.object({
    code: z.string().meta({ description: 'machine-readable: bad_request, not_found, …' }),
    message: z.string().meta({ description: 'what failed, for people; never a secret' }),
  }),
});

/** The model schemas the document names, by component name. */
const components = {
  SourcesResponse,
  SourceInfo,
  Capabilities,
  SourceHealth,
  SummaryResponse,
  SeriesResponse,
  AgentsResponse,
  ExternalNumbersResponse,
  LiveQueuesResponse,
  Board,
  CreateDisplayLink,
  DisplayLinkInfo,
  CreateUser,
  UpdateUser,
  UserInfo,
  CreateApiToken,
  ApiTokenInfo,
  SetVisibility,
  VisibilityRuleInfo,
  AuditEntry,
  ApiError,
} satisfies Record<string, z.ZodType>;

type ComponentName = keyof typeof components;

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });

function componentSchemas(): Record<string, Json> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(components)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    uri: (id) => `#/components/schemas/${id}`,
  });
  // Components live inside the document: they need no $schema or $id of their own.
  return Object.fromEntries(
    Object.entries(schemas).map(([id, schema]) => {
      const rest: Json = { ...schema };
      delete rest.$schema;
      delete rest.$id;
      return [id, rest];
    }),
  );
}

const errorStatuses: Record<string, string> = {
  '400': 'bad input: the message names the parameter and what was expected',
  '401': 'no session and no valid API token',
  '403':
    'the caller may not do this: its role lacks the permission, the source or queue is outside its visibility or token scope, or a display link reads beyond its board',
  '404': 'unknown source',
  '422': 'this source cannot give this report, bucket or filter',
  '502': 'the upstream failed or answered something unexpected',
  '429':
    'too many requests from this caller (CALLBOARD_API_REQUESTS_PER_MINUTE) or too many open ' +
    'live streams; Retry-After says when to try again',
  '503':
    'upstream_unavailable: the upstream is unreachable; upstream_busy: its rate limit or the ' +
    "source's report budget is used up, Retry-After says when to try again",
  '504': 'the upstream did not answer in time',
};

function errors(...listed: string[]): Json {
  // Every authenticated route passes the wrapper's per-caller request limit.
  const statuses = listed.includes('401') ? [...listed, '429'] : listed;
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: errorStatuses[status] ?? status,
        content: { 'application/json': { schema: ref('ApiError') } },
      },
    ]),
  );
}

const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'the configured source id',
  schema: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,31}$' },
};

/** The query parameters of a statistics report, read off the schema that validates them. */
function statsParameters(report: StatsReport): Json[] {
  return Object.entries(statsQuerySchema(report).shape).map(([name, field]) => {
    const { description, ...schema } = z.toJSONSchema(field, {
      target: 'draft-2020-12',
      io: 'input',
    }) as Json;
    delete schema.$schema;
    return {
      name,
      in: 'query',
      required: !field.safeParse(undefined).success,
      ...(typeof description === 'string' ? { description } : {}),
      schema,
    };
  });
}

const exportFormats = {
  'text/csv': { schema: { type: 'string' } },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': {
    schema: { type: 'string', contentEncoding: 'binary' },
  },
};

function statsPath(report: StatsReport, body: ComponentName, summary: string): Json {
  return {
    get: {
      operationId: report.replace(/-(\w)/g, (_m, c: string) => c.toUpperCase()),
      summary,
      parameters: [idParameter, ...statsParameters(report)],
      responses: {
        '200': {
          description:
            'the report as JSON (stale: true with staleReason when the upstream failed and this is ' +
            'the last good answer), or with format=csv|xlsx the same rows as a download',
          content: { 'application/json': { schema: ref(body) }, ...exportFormats },
        },
        ...errors('400', '401', '403', '404', '422', '502', '503', '504'),
      },
    },
  };
}

/** The HTTP API as an OpenAPI 3.1 document, generated from the schemas that validate it. */
export function buildOpenApi(): Json {
  const live = (summary: string, content: Json): Json => ({
    get: {
      summary,
      parameters: [idParameter],
      responses: {
        '200': { description: summary, content },
        ...errors('401', '403', '404', '422'),
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'Callboard HTTP API',
      version: '1',
      description:
        'Every route needs a session, `Authorization: Bearer <API token>` or a display link (which ' +
        "reads only its board's live queues and hourly series). Times are ISO 8601 " +
        "with the source's offset; `from`/`to` are read in the source's time zone, a date-only " +
        '`to` includes that day. Hour buckets cover at most 31 days, day buckets 366 days, month ' +
        'buckets 60 months. Numbers a source cannot supply are null, never a made-up 0.',
    },
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/api/v1/sources': {
        get: {
          operationId: 'sources',
          summary: 'every source the caller may see, with its capabilities and health',
          responses: {
            '200': {
              description: 'the sources',
              content: { 'application/json': { schema: ref('SourcesResponse') } },
            },
            ...errors('401'),
          },
        },
      },
      '/api/v1/sources/{id}/summary': statsPath(
        'summary',
        'SummaryResponse',
        'totals per direction',
      ),
      '/api/v1/sources/{id}/series': statsPath(
        'series',
        'SeriesResponse',
        'one zero-filled point per bucket of the range, in order',
      ),
      '/api/v1/sources/{id}/agents': statsPath('agents', 'AgentsResponse', 'per-agent figures'),
      '/api/v1/sources/{id}/external-numbers': statsPath(
        'external-numbers',
        'ExternalNumbersResponse',
        'per trunk / external number',
      ),
      '/api/v1/sources/{id}/queues/live': live(
        'live queues with their age; the last good data marked stale when the upstream fails',
        { 'application/json': { schema: ref('LiveQueuesResponse') } },
      ),
      '/api/v1/sources/{id}/queues/live/stream': live(
        'Server-Sent Events: `event: snapshot` with the queues/live body on every change, keep-alive ' +
          'comments; `event: revoked` (error body) and the end of the stream once its caller is no ' +
          'longer valid (checked again every 30–60 s)',
        { 'text/event-stream': { schema: { type: 'string' } } },
      ),
      ...adminPaths(),
      ...accountPaths({ ref, errors }),
      '/api/v1/me/locale': {
        put: {
          operationId: 'setMyLocale',
          summary:
            "remembers the caller's language (en, ru, uz) for a database user, who then gets it in a " +
            'browser without the language cookie; `stored: false` for anyone else (cookie only)',
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  required: ['locale'],
                  properties: { locale: { type: 'string', enum: ['en', 'ru', 'uz'] } },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'remembered',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    properties: {
                      locale: { type: 'string' },
                      stored: { type: 'boolean' },
                    },
                  },
                },
              },
            },
            ...errors('400', '401'),
          },
        },
      },
      '/api/v1/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'this document',
          responses: {
            '200': {
              description: 'OpenAPI 3.1',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            ...errors('401'),
          },
        },
      },
    },
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'an API token from the configuration, or one an admin created in /admin',
        },
        session: { type: 'apiKey', in: 'cookie', name: 'next-auth.session-token' },
      },
      schemas: componentSchemas(),
    },
  };
}

const json = (schema: Json) => ({ 'application/json': { schema } });
const boardIdParameter = { ...idParameter, description: 'the board id' };
const linkIdParameter = {
  ...idParameter,
  description: 'the display link id',
  schema: { type: 'string' },
};

/** Boards and display links, for admins (session or admin API token). */
function adminPaths(): Record<string, Json> {
  const admin = (operationId: string, summary: string, extra: Json, ok: Json): Json => ({
    operationId,
    summary,
    ...extra,
    responses: { ...ok, ...errors('400', '401', '403') },
  });
  return {
    '/api/v1/admin/boards': {
      get: admin(
        'boards',
        'every board',
        {},
        {
          '200': {
            description: 'the boards',
            content: json({
              type: 'object',
              properties: { boards: { type: 'array', items: ref('Board') } },
            }),
          },
        },
      ),
      post: admin(
        'importBoard',
        'imports a board (JSON as exported); replaces one with the same id',
        { requestBody: { required: true, content: json(ref('Board')) } },
        {
          '201': { description: 'created', content: json({ type: 'object' }) },
          '200': { description: 'replaced an existing board', content: json({ type: 'object' }) },
        },
      ),
    },
    '/api/v1/admin/boards/{id}': {
      get: admin(
        'exportBoard',
        'one board as JSON, for export',
        { parameters: [boardIdParameter] },
        {
          '200': { description: 'the board', content: json(ref('Board')) },
        },
      ),
      delete: admin(
        'deleteBoard',
        'deletes a board (its display links stop working)',
        { parameters: [boardIdParameter] },
        {
          '200': { description: 'deleted', content: json({ type: 'object' }) },
        },
      ),
    },
    '/api/v1/admin/display-links': {
      get: admin(
        'displayLinks',
        "every display link with its screen's last report",
        {},
        {
          '200': {
            description: 'the links',
            content: json({
              type: 'object',
              properties: { links: { type: 'array', items: ref('DisplayLinkInfo') } },
            }),
          },
        },
      ),
      post: admin(
        'createDisplayLink',
        'creates a display link; its URL (with the key) is shown only in this answer',
        { requestBody: { required: true, content: json(ref('CreateDisplayLink')) } },
        {
          '201': {
            description: 'the link, and its URL and path with the key',
            content: json({ type: 'object' }),
          },
        },
      ),
    },
    '/api/v1/admin/display-links/{id}': {
      delete: admin(
        'revokeDisplayLink',
        'revokes a link: its screen shows that it was revoked and drops its data',
        { parameters: [linkIdParameter] },
        {
          '200': { description: 'revoked', content: json({ type: 'object' }) },
        },
      ),
    },
    '/api/v1/admin/display-links/{id}/reload': {
      post: admin(
        'reloadScreen',
        'asks the screen of a link to reload on its next heartbeat',
        { parameters: [linkIdParameter] },
        {
          '200': { description: 'requested', content: json({ type: 'object' }) },
        },
      ),
    },
  };
}
