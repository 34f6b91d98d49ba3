import NextAuth from 'next-auth';
import type { NextRequest } from 'next/server';
import { getAuthOptions } from '@/lib/auth/auth-options';
import { guardSignIn } from '@/lib/auth/sign-in-guard';

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(request: NextRequest, context: RouteContext) {
  return guardSignIn(request, () => NextAuth(request, context, getAuthOptions()));
}

export { handler as GET, handler as POST };
