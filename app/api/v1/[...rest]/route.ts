import { notFound } from '@/lib/server/api/responses';
import { withApi } from '@/lib/server/api/with-api';

export const dynamic = 'force-dynamic';

// Unknown API paths answer like every other route: 401 without credentials, else JSON 404.
const handler = withApi('signed-in', ({ request }) =>
  notFound(`no such API route: ${new URL(request.url).pathname}`),
);

export { handler as GET, handler as POST, handler as PUT, handler as PATCH, handler as DELETE };
