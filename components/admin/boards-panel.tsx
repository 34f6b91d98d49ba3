'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { z } from 'zod';
import { formatDateTime } from '@/components/ui/format';
import { adminWrite, boardsQuery } from '@/lib/queries/admin';
import {
  AdminButton,
  Cell,
  ConfirmButton,
  ErrorText,
  inputClass,
  linkButtonClass,
  Panel,
  Row,
  Table,
} from './admin-ui';
import { BoardLanguage } from './board-language';

/** Boards: list, open, export as JSON, delete, and create one from pasted JSON. */
export function BoardsPanel() {
  const t = useTranslations('admin');
  const tl = useTranslations('boardLanguage');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const { data, error } = useQuery(boardsQuery());
  const [json, setJson] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['admin'] });

  const importBoard = useMutation({
    mutationFn: (body: unknown) =>
      adminWrite(
        'POST',
        '/api/v1/admin/boards',
        z.object({ board: z.object({ id: z.string() }) }),
        body,
      ),
    onSuccess: ({ board }) => {
      setMessage({ ok: true, text: t('imported', { id: board.id }) });
      setJson('');
      void refresh();
    },
    onError: (e) => setMessage({ ok: false, text: e.message }),
  });
  const remove = useMutation({
    mutationFn: (id: string) =>
      adminWrite('DELETE', `/api/v1/admin/boards/${encodeURIComponent(id)}`, z.unknown()),
    onSuccess: () => void refresh(),
  });

  function submit() {
    let parsed: unknown;
    try {
      parsed = JSON.parse(json);
    } catch {
      setMessage({ ok: false, text: t('invalidJson') });
      return;
    }
    importBoard.mutate(parsed);
  }

  return (
    <Panel title={t('boards')}>
      {error && <ErrorText>{t('error', { reason: error.message })}</ErrorText>}
      {!data && !error && <p className="text-muted">{t('loading')}</p>}
      {data && data.boards.length === 0 && <p className="text-muted">{t('boardsEmpty')}</p>}
      {data && data.boards.length > 0 && (
        <Table head={[t('name'), t('board'), t('pages'), tl('column'), t('updated'), t('actions')]}>
          {data.boards.map((board) => (
            <Row key={board.id} data-testid="admin-board-row">
              <Cell className="font-medium">{board.name}</Cell>
              <Cell className="font-mono text-muted">{board.id}</Cell>
              <Cell>{board.pages}</Cell>
              <Cell>
                <BoardLanguage id={board.id} name={board.name} locale={board.locale} />
              </Cell>
              <Cell className="text-muted">{formatDateTime(board.updatedAt, locale)}</Cell>
              <Cell className="flex gap-2">
                <a className={linkButtonClass} href={`/tv/${board.id}`}>
                  {t('open')}
                </a>
                <a
                  className={linkButtonClass}
                  href={`/api/v1/admin/boards/${encodeURIComponent(board.id)}`}
                  download={`board-${board.id}.json`}
                >
                  {t('export')}
                </a>
                <ConfirmButton
                  question={t('confirmDelete', { name: board.name })}
                  onConfirm={() => remove.mutate(board.id)}
                >
                  {t('delete')}
                </ConfirmButton>
              </Cell>
            </Row>
          ))}
        </Table>
      )}
      <div className="flex flex-col gap-2 border-t border-border pt-4">
        <label htmlFor="board-json" className="font-medium">
          {t('importTitle')}
        </label>
        <p className="text-sm text-muted">{t('importHint')}</p>
        <textarea
          id="board-json"
          value={json}
          onChange={(e) => setJson(e.target.value)}
          rows={5}
          spellCheck={false}
          className={`${inputClass} font-mono`}
        />
        <div className="flex items-center gap-3">
          <AdminButton
            tone="primary"
            onClick={submit}
            disabled={!json.trim() || importBoard.isPending}
          >
            {t('import')}
          </AdminButton>
          {message &&
            (message.ok ? (
              <p className="text-sm text-ok">{message.text}</p>
            ) : (
              <ErrorText>{message.text}</ErrorText>
            ))}
        </div>
      </div>
    </Panel>
  );
}
