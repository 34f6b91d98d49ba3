import { writeFileSync } from 'node:fs';
import { formatApiDocs } from '@/lib/server/api/api-docs';

/** Writes docs/api.md from the OpenAPI document (a test checks the committed file is current). */
writeFileSync('docs/api.md', await formatApiDocs());
process.stdout.write('docs/api.md written\n');
