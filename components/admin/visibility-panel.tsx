'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslations } from 'use-intl';
import { z } from 'zod';
import { Select } from '@/components/ui/select';
import { RoleName, type VisibilityRuleInfo } from '@/lib/model/accounts';
import { usersQuery, visibilityQuery } from '@/lib/queries/accounts';
import { adminWrite } from '@/lib/queries/admin';
import { AdminButton, Cell, ErrorText, Field, inputClass, Panel, Row, Table } from './admin-ui';

// Admins always see everything: no rule for them.
const ruleRoles = RoleName.options.filter((role) => role !== 'admin');

/** Per source: shown or not, and which queues (empty: all of them), as the editor holds it. */
type Draft = Record<string, { on: boolean; queues: string }>;

function toDraft(rule: VisibilityRuleInfo['sources'] | undefined, ids: string[]): Draft {
  return Object.fromEntries(
    ids.map((id) => [id, { on: rule ? id in rule : true, queues: rule?.[id]?.join(', ') ?? '' }]),
  );
}

function fromDraft(draft: Draft): Record<string, string[] | null> {
  return Object.fromEntries(
    Object.entries(draft)
      .filter(([, entry]) => entry.on)
      .map(([id, entry]) => {
        const queues = entry.queues
          .split(',')
          .map((q) => q.trim())
          .filter(Boolean);
        return [id, queues.length > 0 ? queues : null];
      }),
  );
}

/** What each role or user may see: sources, and per source all or some queues. */
export function VisibilityPanel() {
  const t = useTranslations('accounts');
  const queryClient = useQueryClient();
  const data = useQuery(visibilityQuery());
  const users = useQuery(usersQuery());
  const [subjectType, setSubjectType] = useState<'role' | 'user'>('role');
  const [subject, setSubject] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  const sourceIds = data.data?.sources.map((s) => s.id) ?? [];
  const userNames = [
    ...(users.data?.users.map((u) => u.username) ?? []),
    ...(users.data?.bootstrap.map((u) => u.username) ?? []),
  ];
  const subjects = subjectType === 'role' ? ruleRoles : userNames;
  const chosen = subject && subjects.includes(subject) ? subject : (subjects[0] ?? '');
  const existing = data.data?.rules.find(
    (r) => r.subjectType === subjectType && r.subject === chosen,
  );
  const editing = draft ?? toDraft(existing?.sources, sourceIds);

  const save = useMutation({
    mutationFn: (sources: Record<string, string[] | null> | null) =>
      adminWrite('PUT', '/api/v1/admin/visibility', z.unknown(), {
        subjectType,
        subject: chosen,
        sources,
      }),
    onSuccess: () => {
      setDraft(null);
      void queryClient.invalidateQueries({ queryKey: ['admin'] });
    },
  });
  const pick = (type: 'role' | 'user', name: string) => {
    setSubjectType(type);
    setSubject(name);
    setDraft(null);
  };

  return (
    <Panel title={t('visibility')}>
      <p className="text-sm text-muted">{t('visibilityHint')}</p>
      {data.error && <ErrorText>{t('loadError', { reason: data.error.message })}</ErrorText>}
      {data.data && data.data.rules.length > 0 && (
        <Table head={[t('subject'), t('sees'), t('actions')]}>
          {data.data.rules.map((rule) => (
            <Row key={`${rule.subjectType}:${rule.subject}`} data-testid="visibility-row">
              <Cell className="font-medium">
                {rule.subjectType === 'role'
                  ? t('roleSubject', { role: t(`role_${rule.subject as 'viewer'}`) })
                  : t('userSubject', { name: rule.subject })}
              </Cell>
              <Cell className="font-mono text-sm">
                {Object.entries(rule.sources)
                  .map(([id, queues]) => (queues ? `${id}: ${queues.join(', ')}` : id))
                  .join('; ') || t('nothing')}
              </Cell>
              <Cell>
                <AdminButton onClick={() => pick(rule.subjectType, rule.subject)}>
                  {t('edit')}
                </AdminButton>
              </Cell>
            </Row>
          ))}
        </Table>
      )}
      <form
        aria-label={t('editVisibility')}
        className="flex flex-col gap-3 rounded-xl border border-border p-4"
        onSubmit={(e) => {
          e.preventDefault();
          save.mutate(fromDraft(editing));
        }}
      >
        <div className="flex flex-wrap items-end gap-3">
          <Field>
            {t('subjectType')}
            <Select
              value={subjectType}
              onChange={(e) => pick(e.target.value as 'role' | 'user', '')}
            >
              <option value="role">{t('aRole')}</option>
              <option value="user">{t('aUser')}</option>
            </Select>
          </Field>
          <Field>
            {t('subject')}
            <Select value={chosen} onChange={(e) => pick(subjectType, e.target.value)}>
              {subjects.map((name) => (
                <option key={name} value={name}>
                  {subjectType === 'role' ? t(`role_${name as 'viewer'}`) : name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="grid gap-2">
          {data.data?.sources.map((source) => {
            const entry = editing[source.id] ?? { on: true, queues: '' };
            const set = (change: Partial<typeof entry>) =>
              setDraft({ ...editing, [source.id]: { ...entry, ...change } });
            return (
              <div key={source.id} className="flex flex-wrap items-center gap-3 text-sm">
                <label className="flex w-56 items-center gap-2">
                  <input
                    type="checkbox"
                    checked={entry.on}
                    onChange={(e) => set({ on: e.target.checked })}
                  />
                  {source.name}
                </label>
                <input
                  aria-label={t('queuesOf', { source: source.name })}
                  placeholder={t('allQueues')}
                  disabled={!entry.on}
                  value={entry.queues}
                  onChange={(e) => set({ queues: e.target.value })}
                  className={`${inputClass} min-w-64 flex-1`}
                />
              </div>
            );
          })}
        </div>
        <div className="flex flex-wrap gap-2">
          <AdminButton type="submit" tone="primary" disabled={!chosen || save.isPending}>
            {t('saveVisibility')}
          </AdminButton>
          {existing && (
            <AdminButton disabled={save.isPending} onClick={() => save.mutate(null)}>
              {t('removeRule')}
            </AdminButton>
          )}
        </div>
        {save.error && <ErrorText>{save.error.message}</ErrorText>}
      </form>
    </Panel>
  );
}
