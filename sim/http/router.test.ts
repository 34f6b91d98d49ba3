import { describe, it, expect } from 'vitest';
import { findMount, notFound, type Mount } from './router';

const handler = (): ReturnType<typeof notFound> => notFound();
const mounts: Mount[] = [
  { prefix: '/asternic/stats', handler },
  { prefix: '/asternic', handler },
  { prefix: '/_sim', handler },
];

describe('findMount', () => {
  it('picks the longest prefix on a path-segment boundary', () => {
    expect(findMount(mounts, '/asternic/stats/rest/index.php')?.path).toBe('/rest/index.php');
    expect(findMount(mounts, '/asternic/stats/rest/index.php')?.mount.prefix).toBe(
      '/asternic/stats',
    );
    expect(findMount(mounts, '/asternic/other')?.mount.prefix).toBe('/asternic');
    expect(findMount(mounts, '/_sim')?.path).toBe('/');
    expect(findMount(mounts, '/_simulator')).toBeUndefined();
    expect(findMount(mounts, '/')).toBeUndefined();
  });
});
