'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { z } from 'zod';
import { formatDateTime, formatDuration } from '@/components/ui/format';
import { useNow } from '@/components/ui/use-now';
import { CreatedDisplayLink } from '@/lib/model/admin';
import { adminWrite, boardsQuery, displayLinksQuery } from '@/lib/queries/admin';
import { ShownOnce } from './shown-once';
import {
  AdminButton,
  Cell,
  ConfirmButton,
  CreateForm,
  ErrorText,
  Field,
  inputClass,
  Panel,
  Row,
  Table,
} from './admin-ui';
import { linkStatus } from './link-status';

/** Display links: create one (its URL shown once, with a copy button), list them, revoke. */
export function LinksPanel() {
  const t = useTranslations('admin');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const now = useNow(10_000);
  const boards = useQuery(boardsQuery());
  const links = useQuery(displayLinksQuery());
  const [boardId, setBoardId] = useState('');
  const [name, setName] = useState('');
  const [hours, setHours] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const chosenBoard = boardId || boards.data?.boards[0]?.id || '';

  const create = useMutation({
    mutationFn: () =>
      adminWrite('POST', '/api/v1/admin/display-links', CreatedDisplayLink, {
        boardId: chosenBoard,
        name,
        ...(hours ? { expiresInHours: Number(hours) } : {}),
      }),
    onSuccess: ({ url }) => {
      // The server names its own host; the browser's origin is the one people reach it by.
      const parsed = new URL(url);
      setCreated(`${window.location.origin}${parsed.pathname}${parsed.search}`);
      setName('');
      void queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      adminWrite('DELETE', `/api/v1/admin/display-links/${id}`, z.unknown()),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['admin'] }),
  });

  const age = (iso: string | null) =>
    iso ? t('ago', { age: formatDuration((now - Date.parse(iso)) / 1000, locale) }) : t('notSeen');

  return (
    <Panel title={t('links')}>
      <CreateForm onSubmit={() => create.mutate()}>
        <Field>
          {t('board')}
          <select
            value={chosenBoard}
            onChange={(e) => setBoardId(e.target.value)}
            className={inputClass}
          >
            {boards.data?.boards.map((b) => (
              <option key={b.id} value={b.id}>
                {b.name}
              </option>
            ))}
          </select>
        </Field>
        <Field>
          {t('linkName')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
            className={inputClass}
          />
        </Field>
        <Field>
          {t('expiresIn')}
          <input
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            type="number"
            min={1}
            className={`${inputClass} w-28`}
          />
        </Field>
        <AdminButton
          type="submit"
          tone="primary"
          disabled={!chosenBoard || !name.trim() || create.isPending}
        >
          {t('create')}
        </AdminButton>
      </CreateForm>
      {create.error && <ErrorText>{create.error.message}</ErrorText>}
      {created && (
        <ShownOnce
          key={created}
          value={created}
          notice={t('createdOnce')}
          testId="created-link"
          labels={{ copy: t('copy'), copied: t('copied') }}
        />
      )}
      {links.error && <ErrorText>{t('error', { reason: links.error.message })}</ErrorText>}
      {links.data && links.data.links.length === 0 && (
        <p className="text-muted">{t('linksEmpty')}</p>
      )}
      {links.data && links.data.links.length > 0 && (
        <Table
          head={[
            t('linkName'),
            t('board'),
            t('created'),
            t('expires'),
            t('lastSeen'),
            t('status'),
            t('actions'),
          ]}
        >
          {links.data.links.map((link) => {
            const status = linkStatus(link, now);
            return (
              <Row key={link.id} data-testid="admin-link-row">
                <Cell className="font-medium">{link.name}</Cell>
                <Cell className="font-mono text-muted">{link.boardId}</Cell>
                <Cell className="text-muted">{formatDateTime(link.createdAt, locale)}</Cell>
                <Cell className="text-muted">
                  {link.expiresAt ? formatDateTime(link.expiresAt, locale) : t('never')}
                </Cell>
                <Cell>{age(link.lastSeenAt)}</Cell>
                <Cell className={status === 'active' ? 'text-ok' : 'text-muted'}>{t(status)}</Cell>
                <Cell>
                  {status === 'active' && (
                    <ConfirmButton
                      question={t('confirmRevoke', { name: link.name })}
                      onConfirm={() => revoke.mutate(link.id)}
                    >
                      {t('revoke')}
                    </ConfirmButton>
                  )}
                </Cell>
              </Row>
            );
          })}
        </Table>
      )}
    </Panel>
  );
}
