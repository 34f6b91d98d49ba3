import { format } from 'prettier';
import { buildOpenApi } from './openapi';
import { renderApiMarkdown } from './openapi-markdown';

/** docs/api.md as `npm run docs:api` writes it: rendered, then formatted as Prettier would. */
export async function formatApiDocs(): Promise<string> {
  return format(renderApiMarkdown(buildOpenApi()), {
    parser: 'markdown',
    singleQuote: true,
    printWidth: 100,
    trailingComma: 'all',
  });
}
