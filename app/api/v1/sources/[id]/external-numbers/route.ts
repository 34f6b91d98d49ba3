import { statsRoute } from '@/lib/server/stats/stats-route';

export const dynamic = 'force-dynamic';

export const GET = statsRoute('external-numbers');
