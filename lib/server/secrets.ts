/**
 * The configuration's and the environment's credentials, for the one secrets registry
 * (lib/upstream/secrets.ts: masking, and the tokens adapters obtain at run time).
 */
export { redactSecrets, registerSecret } from '@/lib/upstream/secrets';

const secretKeys = new Set(['password', 'token', 'clientId', 'clientSecret', 'secret', 'username']);

/**
 * The credentials in a configuration: every string under a credential-like key, in sources and
 * auth alike (a bootstrap user's name is not a secret, but an upstream login name is).
 */
export function configSecrets(config: {
  sources: readonly object[];
  auth: {
    secret: string;
    users: readonly { password?: string | undefined }[];
    apiTokens: readonly { token: string }[];
  };
}): string[] {
  const found: string[] = [config.auth.secret];
  for (const source of config.sources) {
    for (const [key, value] of Object.entries(source)) {
      if (secretKeys.has(key) && typeof value === 'string') found.push(value);
    }
  }
  for (const user of config.auth.users) if (user.password) found.push(user.password);
  for (const token of config.auth.apiTokens) found.push(token.token);
  return found;
}

/** The password (and user) inside a connection URL such as REDIS_URL or DATABASE_URL. */
export function urlSecrets(url: string | undefined): string[] {
  if (!url) return [];
  try {
    const parsed = new URL(url);
    return [parsed.password, decodeURIComponent(parsed.password)].filter(Boolean);
  } catch {
    return [];
  }
}
