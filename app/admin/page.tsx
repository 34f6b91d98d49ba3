import { AdminPage } from '@/components/admin/admin-page';
import { BoardsPanel } from '@/components/admin/boards-panel';
import { LinksPanel } from '@/components/admin/links-panel';
import { ScreensPanel } from '@/components/admin/screens-panel';

export const dynamic = 'force-dynamic';

/** Admins only: boards, display links and the screens behind them. */
export default function AdminBoardsPage() {
  return (
    <AdminPage section="boards">
      <LinksPanel />
      <ScreensPanel />
      <BoardsPanel />
    </AdminPage>
  );
}
