/** The four roles (what each may do: lib/auth/permissions.ts). Here so the model needs no config. */
export const roles = ['admin', 'supervisor', 'manager', 'viewer'] as const;
