'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { formatDateTime } from '@/components/ui/format';
import { auditPageSize, auditQuery } from '@/lib/queries/accounts';
import { AdminButton, Cell, ErrorText, Panel, Row, Table } from './admin-ui';

/** What the detail column shows: the JSON of what changed, compact. */
function describe(detail: Record<string, unknown> | null): string {
  return detail ? JSON.stringify(detail) : '';
}

/** The audit log, newest first, paged. */
export function AuditPanel() {
  const t = useTranslations('accounts');
  const locale = useLocale();
  const [page, setPage] = useState(1);
  const audit = useQuery(auditQuery(page));
  const pages = Math.max(1, Math.ceil((audit.data?.total ?? 0) / auditPageSize));
  return (
    <Panel title={t('audit')}>
      {audit.error && <ErrorText>{t('loadError', { reason: audit.error.message })}</ErrorText>}
      {audit.data && audit.data.entries.length === 0 && (
        <p className="text-muted">{t('auditEmpty')}</p>
      )}
      {audit.data && audit.data.entries.length > 0 && (
        <Table head={[t('when'), t('who'), t('action'), t('target'), t('detail'), t('from')]}>
          {audit.data.entries.map((entry) => (
            <Row key={entry.id} data-testid="audit-row">
              <Cell className="whitespace-nowrap text-muted tabular-nums">
                {formatDateTime(entry.at, locale)}
              </Cell>
              <Cell className="font-medium">{entry.actor}</Cell>
              <Cell className="font-mono">{entry.action}</Cell>
              <Cell>{entry.target ?? '—'}</Cell>
              <Cell className="max-w-md font-mono text-xs break-all text-muted">
                {describe(entry.detail)}
              </Cell>
              <Cell className="font-mono text-muted">{entry.ip ?? '—'}</Cell>
            </Row>
          ))}
        </Table>
      )}
      <nav aria-label={t('pages')} className="flex items-center gap-3 text-sm">
        <AdminButton disabled={page <= 1} onClick={() => setPage((p) => p - 1)}>
          {t('newer')}
        </AdminButton>
        <span className="tabular-nums text-muted">{t('pageOf', { page, pages })}</span>
        <AdminButton disabled={page >= pages} onClick={() => setPage((p) => p + 1)}>
          {t('older')}
        </AdminButton>
      </nav>
    </Panel>
  );
}
