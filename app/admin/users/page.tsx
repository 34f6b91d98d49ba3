import { AdminPage } from '@/components/admin/admin-page';
import { UsersPanel } from '@/components/admin/users-panel';
import { VisibilityPanel } from '@/components/admin/visibility-panel';

export const dynamic = 'force-dynamic';

/** Admins only: users (add, role, disable, reset password) and what each role or user sees. */
export default function AdminUsersPage() {
  return (
    <AdminPage section="users">
      <UsersPanel />
      <VisibilityPanel />
    </AdminPage>
  );
}
