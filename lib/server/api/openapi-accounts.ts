/** JSON values of the OpenAPI document. */
type Json = Record<string, unknown>;

export interface OpenApiHelpers {
  ref(name: AccountComponent): Json;
  errors(...statuses: string[]): Json;
}

export type AccountComponent =
  | 'CreateUser'
  | 'UpdateUser'
  | 'UserInfo'
  | 'CreateApiToken'
  | 'ApiTokenInfo'
  | 'SetVisibility'
  | 'VisibilityRuleInfo'
  | 'AuditEntry';

const json = (schema: Json) => ({ 'application/json': { schema } });
const idParameter = (description: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description,
  schema: { type: 'string' },
});

/** Users, API tokens, visibility rules and the audit log: admins only (session or admin token). */
export function accountPaths({ ref, errors }: OpenApiHelpers): Record<string, Json> {
  const admin = (operationId: string, summary: string, extra: Json, ok: Json): Json => ({
    operationId,
    summary,
    ...extra,
    responses: { ...ok, ...errors('400', '401', '403') },
  });
  const object = (properties: Json) => json({ type: 'object', properties });
  return {
    '/api/v1/admin/users': {
      get: admin(
        'users',
        "the database's users, and the configuration file's bootstrap users",
        {},
        {
          '200': {
            description: 'the users',
            content: object({
              users: { type: 'array', items: ref('UserInfo') },
              bootstrap: { type: 'array', items: { type: 'object' } },
            }),
          },
        },
      ),
      post: admin(
        'createUser',
        'adds a user (password hashed with bcrypt); 409 when the name is taken',
        { requestBody: { required: true, content: json(ref('CreateUser')) } },
        { '201': { description: 'created', content: object({ user: ref('UserInfo') }) } },
      ),
    },
    '/api/v1/admin/users/{id}': {
      patch: admin(
        'updateUser',
        'changes the role, disables or enables, or resets the password; counts from the next request',
        {
          parameters: [idParameter('the user id')],
          requestBody: { required: true, content: json(ref('UpdateUser')) },
        },
        { '200': { description: 'changed', content: object({ user: ref('UserInfo') }) } },
      ),
    },
    '/api/v1/admin/tokens': {
      get: admin(
        'apiTokens',
        'the API tokens created here (never the tokens themselves), and those of the configuration file',
        {},
        {
          '200': {
            description: 'the tokens',
            content: object({
              tokens: { type: 'array', items: ref('ApiTokenInfo') },
              configured: { type: 'array', items: { type: 'object' } },
            }),
          },
        },
      ),
      post: admin(
        'createApiToken',
        'creates a token scoped to a role and sources; the token is in this answer only',
        { requestBody: { required: true, content: json(ref('CreateApiToken')) } },
        {
          '201': {
            description: 'the token and its record',
            content: object({ token: { type: 'string' }, info: ref('ApiTokenInfo') }),
          },
        },
      ),
    },
    '/api/v1/admin/tokens/{id}': {
      delete: admin(
        'revokeApiToken',
        'revokes a token: its next request is refused',
        { parameters: [idParameter('the token id')] },
        { '200': { description: 'revoked', content: json({ type: 'object' }) } },
      ),
    },
    '/api/v1/admin/visibility': {
      get: admin(
        'visibilityRules',
        'what each role or user may see, and the sources a rule may name',
        {},
        {
          '200': {
            description: 'the rules',
            content: object({
              rules: { type: 'array', items: ref('VisibilityRuleInfo') },
              sources: { type: 'array', items: { type: 'object' } },
            }),
          },
        },
      ),
      put: admin(
        'setVisibility',
        'sets (or with sources: null removes) the rule of a role or a user',
        { requestBody: { required: true, content: json(ref('SetVisibility')) } },
        { '200': { description: 'set', content: json(ref('SetVisibility')) } },
      ),
    },
    '/api/v1/admin/audit': {
      get: admin(
        'auditLog',
        'admin actions and sign-ins, newest first, one page at a time',
        {
          parameters: [
            { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1 } },
            {
              name: 'pageSize',
              in: 'query',
              required: false,
              schema: { type: 'integer', minimum: 1, maximum: 200 },
            },
          ],
        },
        {
          '200': {
            description: 'one page',
            content: object({
              entries: { type: 'array', items: ref('AuditEntry') },
              total: { type: 'integer' },
              page: { type: 'integer' },
              pageSize: { type: 'integer' },
            }),
          },
        },
      ),
    },
  };
}
