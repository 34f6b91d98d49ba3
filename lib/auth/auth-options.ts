import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { Role, type AuthConfig } from '@/lib/config/schema';
import { verifyAccountSignIn } from './account-sign-in';
import { accountStore } from './account-store';
import { oidcProvider, oidcSettingsFromEnv } from './oidc';
import { sessionHours } from './session-check';

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
          const findStored = (name: string) => accountStore().findStoredUser(name);
          const signedIn = await verifyAccountSignIn(auth.users, findStored, username, password);
          if (!signedIn) return null;
          return {
            id: signedIn.account === 'db' ? signedIn.uid : signedIn.username,
            name: signedIn.username,
            role: signedIn.role,
            account: signedIn.account,
            ...(signedIn.account === 'db' ? { uid: signedIn.uid } : {}),
          };
        },
      }),
      ...(oidc ? [oidcProvider(oidc)] : []),
    ],
    callbacks: {
      // Single sign-on admits only people whose claims map to a role (or a default role is set).
      signIn({ user, account }) {
        if (account?.provider !== 'oidc') return true;
        accountStore().auditSignIn({
          username: user.name ?? user.email ?? user.id,
          // next-auth does not hand the request to callbacks; the provider's redirect came from the browser.
          address: 'unknown',
          outcome: user.role ? 'success' : 'failure',
          method: 'oidc',
        });
        return Boolean(user.role);
      },
      jwt({ token, user, account }) {
        if (user && 'role' in user) {
          token.role = Role.parse(user.role);
          token.account = account?.provider === 'oidc' ? 'oidc' : user.account;
          token.uid = user.uid;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        const role = Role.safeParse(token.role);
        return {
          ...session,
          role: role.success ? role.data : 'viewer',
          account: token.account,
          uid: token.uid,
          signedInAt: token.signedInAt,
        };
      },
    },
  };
}
