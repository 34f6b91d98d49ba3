import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { Role, type AuthConfig } from '@/lib/config/schema';
import { oidcProvider, oidcSettingsFromEnv } from './oidc';
import { verifySignIn } from './verify-password';

const sessionHours = 12;

/** next-auth settings built from the configuration file's `auth` (secret and bootstrap users). */
export function getAuthOptions(auth: AuthConfig): NextAuthOptions {
  const oidc = oidcSettingsFromEnv(process.env);
  return {
    secret: auth.secret,
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
          const user = await verifySignIn(auth.users, username, password);
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
