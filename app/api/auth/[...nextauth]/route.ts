import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { guardSignIn } from '@/lib/auth/sign-in-guard';
import { getAppContext } from '@/lib/server/app-context';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext) {
  return guardSignIn(request, () =>
    NextAuth(request, context, getAuthOptions(getAppContext().config.auth)),
  );
}

export { handler as GET, handler as POST };
