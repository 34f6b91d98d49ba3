import { AdminPage } from '@/components/admin/admin-page';
import { TokensPanel } from '@/components/admin/tokens-panel';

export const dynamic = 'force-dynamic';

/** Admins only: API tokens for scripts (created, shown once, revoked). */
export default function AdminTokensPage() {
  return (
    <AdminPage section="tokens">
      <TokensPanel />
    </AdminPage>
  );
}
