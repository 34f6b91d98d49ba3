import { statsRoute } from '@/lib/server/api/stats-route';

export const dynamic = 'force-dynamic';

export const GET = statsRoute('series');
