import { describe, expect, it } from 'vitest';
import { configSecrets, redactSecrets, registerSecret, urlSecrets } from './secrets';

describe('secrets', () => {
  it('collects upstream credentials, the session secret, user passwords and API tokens', () => {
    const found = configSecrets({
      sources: [
        { id: 'sw', kind: 'enswitch', username: 'ens-user', password: 'ens-pass', queues: [1] },
        { id: 'ru', kind: 'telphin', clientId: 'cid-123', clientSecret: 'csecret-456' },
      ],
      auth: {
        secret: 'session-secret-0123456789',
        users: [{ password: 'admin-pass' }, {}],
        apiTokens: [{ token: 'api-token-0123456789abcdef' }],
      },
    });
    expect(found.sort()).toEqual(
      [
        'api-token-0123456789abcdef',
        'admin-pass',
        'cid-123',
        'csecret-456',
        'ens-pass',
        'ens-user',
        'session-secret-0123456789',
      ].sort(),
    );
  });

  it('masks every registered secret, plain or URL-encoded, and leaves short values alone', () => {
    registerSecret('p@ss word/1');
    registerSecret('tok-abcdef');
    registerSecret('@me');
    const text = 'login p@ss word/1 failed; url ?password=p%40ss%20word%2F1&t=tok-abcdef for @me';
    expect(redactSecrets(text)).toBe('login *** failed; url ?password=***&t=*** for @me');
  });

  it('reads the password out of a connection URL', () => {
    expect(urlSecrets('redis://:s3cr%3At@cache:6379/0')).toEqual(['s3cr%3At', 's3cr:t']);
    expect(urlSecrets('not a url')).toEqual([]);
  });
});
