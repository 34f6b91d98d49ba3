import 'next-auth';
import 'next-auth/jwt';
import type { Role } from '@/lib/config/schema';

declare module 'next-auth' {
  interface Session {
    role: Role;
  }
  interface User {
    role?: Role;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
  }
}
