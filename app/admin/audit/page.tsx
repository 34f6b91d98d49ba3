import { AdminPage } from '@/components/admin/admin-page';
import { AuditPanel } from '@/components/admin/audit-panel';

export const dynamic = 'force-dynamic';

/** Admins only: who did what, when and from where (admin actions and sign-ins), newest first. */
export default function AdminAuditPage() {
  return (
    <AdminPage section="audit">
      <AuditPanel />
    </AdminPage>
  );
}
