import { describe, expect, it } from 'vitest';
import { TelphinTokens } from '@/lib/providers/telphin/tokens';
import { UtelTokens } from '@/lib/providers/utel/auth';
import { redactSecrets, registerIssuedToken } from './secrets';

describe('tokens an upstream issued', () => {
  it('are masked like configured secrets', () => {
    registerIssuedToken('issued-abc-123');
    expect(redactSecrets('HTTP 500 (bad token issued-abc-123)')).toBe('HTTP 500 (bad token ***)');
  });

  it('are kept only while recent, so renewals do not pile up', () => {
    registerIssuedToken('oldest-token-0');
    for (let i = 0; i < 256; i += 1) registerIssuedToken(`renewed-token-${i}`);
    expect(redactSecrets('oldest-token-0')).toBe('oldest-token-0');
    expect(redactSecrets('renewed-token-255 renewed-token-0')).toBe('*** ***');
  });

  it("include UTEL's login token and Telphin's access token as soon as they arrive", async () => {
    const context = { timeoutMs: 1000 };
    const utel = new UtelTokens(() => Promise.resolve('utel-login-token-42'), undefined);
    await utel.get(context);
    const telphin = new TelphinTokens(
      () => Promise.resolve({ accessToken: 'telphin-access-42', expiresIn: 3600 }),
      () => 0,
    );
    await telphin.get(context);
    expect(redactSecrets('echo utel-login-token-42 / telphin-access-42')).toBe('echo *** / ***');
  });
});
