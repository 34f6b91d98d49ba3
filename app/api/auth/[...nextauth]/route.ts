import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { guardSignIn } from '@/lib/auth/sign-in-guard';
import { getAppContext } from '@/lib/server/app-context';
import { auditSignIn } from '@/lib/server/audit';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext) {
  // Every password sign-in — admitted, refused or over the limit — goes to the audit log.
  return guardSignIn(
    request,
    () => NextAuth(request, context, getAuthOptions(getAppContext().config.auth)),
    { onOutcome: auditSignIn },
  );
}

export { handler as GET, handler as POST };
