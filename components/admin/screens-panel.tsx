'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'use-intl';
import { z } from 'zod';
import { formatDuration } from '@/components/ui/format';
import { useNow } from '@/components/ui/use-now';
import { adminWrite, displayLinksQuery } from '@/lib/queries/admin';
import { AdminButton, Cell, Panel, Row, Table } from './admin-ui';
import { linkStatus } from './link-status';

/** The screens behind active links, as their heartbeats report them; a reload on request. */
export function ScreensPanel() {
  const t = useTranslations('admin');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const now = useNow(10_000);
  const { data } = useQuery(displayLinksQuery());
  const reload = useMutation({
    mutationFn: (id: string) =>
      adminWrite('POST', `/api/v1/admin/display-links/${id}/reload`, z.unknown()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });
  const screens = (data?.links ?? []).filter((l) => l.screen && linkStatus(l, now) === 'active');
  return (
    <Panel title={t('screens')}>
      {screens.length === 0 ? (
        <p className="text-muted">{t('screensEmpty')}</p>
      ) : (
        <Table
          head={[
            t('linkName'),
            t('lastSeen'),
            t('version'),
            t('uptime'),
            t('memory'),
            t('actions'),
          ]}
        >
          {screens.map((link) => {
            const pending =
              link.reloadRequestedAt &&
              link.lastSeenAt &&
              Date.parse(link.reloadRequestedAt) > now - (link.screen?.uptimeSeconds ?? 0) * 1000;
            return (
              <Row key={link.id} data-testid="admin-screen-row">
                <Cell className="font-medium">{link.name}</Cell>
                <Cell>
                  {link.lastSeenAt
                    ? t('ago', {
                        age: formatDuration((now - Date.parse(link.lastSeenAt)) / 1000, locale),
                      })
                    : t('notSeen')}
                </Cell>
                <Cell className="font-mono">{link.screen?.version}</Cell>
                <Cell>{formatDuration(link.screen?.uptimeSeconds ?? 0, locale)}</Cell>
                <Cell>{link.screen?.memoryMb === null ? '—' : `${link.screen?.memoryMb} MB`}</Cell>
                <Cell className="flex items-center gap-2">
                  <AdminButton onClick={() => reload.mutate(link.id)}>{t('reload')}</AdminButton>
                  {pending && <span className="text-sm text-muted">{t('reloadPending')}</span>}
                </Cell>
              </Row>
            );
          })}
        </Table>
      )}
    </Panel>
  );
}
