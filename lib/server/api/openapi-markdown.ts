/** Renders the OpenAPI document as the Markdown reference in docs/api.md (`npm run docs:api`). */

type Json = Record<string, unknown>;

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const asJson = (value: unknown): Json => (isJson(value) ? value : {});

/** A short type for a table cell: `string`, `integer | null`, `SourceInfo[]`, `"a" | "b"`. */
function typeOf(schema: Json): string {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.split('/').pop() ?? '';
    return `[${name}](#${name.toLowerCase()})`;
  }
  if (Array.isArray(schema.anyOf)) return schema.anyOf.map((s) => typeOf(asJson(s))).join(' \\| ');
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? 'object'];
  return types
    .map((type) => (type === 'array' ? `${typeOf(asJson(schema.items))}[]` : String(type)))
    .join(' \\| ');
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function parameterRows(parameters: unknown[]): string[] {
  if (parameters.length === 0) return [];
  const rows = parameters.map((p) => {
    const parameter = asJson(p);
    const schema = asJson(parameter.schema);
    const pattern = typeof schema.pattern === 'string' ? ` (pattern \`${schema.pattern}\`)` : '';
    return `| \`${String(parameter.name)}\` | ${String(parameter.in)} | ${parameter.required ? 'yes' : 'no'} | ${typeOf(schema)}${cell(pattern)} | ${cell(String(parameter.description ?? ''))} |`;
  });
  return [
    '',
    '| parameter | in | required | type | meaning |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ];
}

function responseRows(responses: Json): string[] {
  const rows = Object.entries(responses).map(([status, r]) => {
    const response = asJson(r);
    const content = asJson(response.content);
    const bodies = Object.entries(content)
      .map(([type, media]) => `${type}: ${typeOf(asJson(asJson(media).schema))}`)
      .join('<br>');
    return `| ${status} | ${cell(String(response.description ?? ''))} | ${bodies} |`;
  });
  return ['', '| status | meaning | body |', '| --- | --- | --- |', ...rows];
}

function schemaSection(name: string, schema: Json): string[] {
  const properties = asJson(schema.properties);
  const required = Array.isArray(schema.required) ? schema.required : [];
  const rows = Object.entries(properties).map(([field, s]) => {
    const property = asJson(s);
    const description = typeof property.description === 'string' ? property.description : '';
    return `| \`${field}\` | ${typeOf(property)} | ${required.includes(field) ? 'yes' : 'no'} | ${cell(description)} |`;
  });
  return [
    '',
    `### ${name}`,
    '',
    '| field | type | always present | meaning |',
    '| --- | --- | --- | --- |',
    ...rows,
    ...nestedSections(name, properties),
  ];
}

/** Inline object fields (and arrays of them) get a table of their own, named by path. */
function nestedSections(parent: string, properties: Json): string[] {
  return Object.entries(properties).flatMap(([field, s]) => {
    const property = asJson(s);
    const variants = Array.isArray(property.anyOf) ? property.anyOf.map(asJson) : [property];
    return variants.flatMap((variant) => {
      const target = variant.type === 'array' ? asJson(variant.items) : variant;
      return target.type === 'object' && isJson(target.properties)
        ? schemaSection(`${parent}.${field}`, target)
        : [];
    });
  });
}

export function renderApiMarkdown(document: Json): string {
  const info = asJson(document.info);
  const lines = [
    `# ${String(info.title)}`,
    '',
    '<!-- Generated from the zod schemas by `npm run docs:api` (lib/server/api/openapi.ts); do not edit. -->',
    '',
    String(info.description ?? ''),
    '',
    `The same document is served as OpenAPI ${String(document.openapi)} at \`GET /api/v1/openapi.json\`.`,
    'Errors are always `{ "error": { "code", "message" } }` ([ApiError](#apierror)).',
    '',
    '## Routes',
  ];
  for (const [path, item] of Object.entries(asJson(document.paths))) {
    for (const [method, op] of Object.entries(asJson(item))) {
      const operation = asJson(op);
      lines.push(
        '',
        `### \`${method.toUpperCase()} ${path}\``,
        '',
        String(operation.summary ?? ''),
        ...parameterRows(Array.isArray(operation.parameters) ? operation.parameters : []),
        ...responseRows(asJson(operation.responses)),
      );
    }
  }
  lines.push('', '## Schemas');
  for (const [name, schema] of Object.entries(asJson(asJson(document.components).schemas))) {
    lines.push(...schemaSection(name, asJson(schema)));
  }
  return `${lines.join('\n')}\n`;
}
