import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { Role } from '@/lib/config/schema';
import { getAppContext } from '@/lib/server/app-context';
import { oidcProvider, oidcSettingsFromEnv } from './oidc';
import { verifySignIn } from './verify-password';

// Self-hosted behind the operator's own proxy: take the origin from the request unless NEXTAUTH_URL
// pins it, so sign-in works on whatever host and port Callboard is served.
process.env.AUTH_TRUST_HOST ??= 'true';

const sessionHours = 12;

/** next-auth settings built from the configuration file (secret and bootstrap users). */
export function getAuthOptions(): NextAuthOptions {
  const { config } = getAppContext();
  const oidc = oidcSettingsFromEnv(process.env);
  return {
    secret: config.auth.secret,
    session: { strategy: 'jwt', maxAge: sessionHours * 3600 },
    pages: { signIn: '/login', error: '/login' },
    providers: [
      CredentialsProvider({
        name: 'Callboard',
        credentials: {
          username: { label: 'Username', type: 'text' },
          password: { label: 'Password', type: 'password' },
        },
        async authorize(credentials) {
          const username = credentials?.username ?? '';
          const password = credentials?.password ?? '';
          const user = await verifySignIn(config.auth.users, username, password);
          if (!user) return null;
          return { id: user.username, name: user.username, role: user.role };
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      // Single sign-on admits only people whose claims map to a role (or a default role is set).
      signIn({ user, account }) {
        return account?.provider !== 'oidc' || Boolean(user.role);
      },
      jwt({ token, user }) {
        if (user && 'role' in user) token.role = Role.parse(user.role);
        return token;
      },
      session({ session, token }) {
        const role = Role.safeParse(token.role);
        return { ...session, role: role.success ? role.data : 'viewer' };
      },
    },
  };
}
