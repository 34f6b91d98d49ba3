import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { getAppContext } from '@/lib/server/app-context';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext) {
  return NextAuth(request, context, getAuthOptions(getAppContext().config.auth));
}

export { handler as GET, handler as POST };
