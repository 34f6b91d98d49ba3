// A real OpenID Connect provider on loopback for the single sign-on browser test (oidc-provider,
// with its development login and consent pages). Any login name signs in; `sso-supervisor` is in
// the `cc-supervisors` group, which the e2e app maps to the supervisor role.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PORT ?? 4120);
const appUrl = process.env.OIDC_APP_URL ?? 'http://127.0.0.1:3100';
const issuer = `http://127.0.0.1:${port}`;

const groupsOf = (id) => (id === 'sso-supervisor' ? ['cc-supervisors'] : ['sales']);

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'callboard-e2e',
      client_secret: 'e2e-oidc-client-secret',
      redirect_uris: [`${appUrl}/api/auth/callback/oidc`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  async findAccount(_ctx, id) {
    return {
      accountId: id,
      async claims() {
        return { sub: id, preferred_username: id, name: id, groups: groupsOf(id) };
      },
    };
  },
  claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'groups'] },
  // next-auth reads the person from the ID token: put the profile claims there.
  conformIdTokenClaims: false,
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['e2e-oidc-cookie-signing-key'] },
});

provider.listen(port, '127.0.0.1', () => {
  process.stdout.write(`oidc provider listening on ${issuer}\n`);
});
