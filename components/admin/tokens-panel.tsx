'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { formatDateTime } from '@/components/ui/format';
import { z } from 'zod';
import { Badge } from '@/components/ui/badge';
import { Select } from '@/components/ui/select';
import { useNow } from '@/components/ui/use-now';
import { CreatedApiToken, RoleName, type ApiTokenInfo } from '@/lib/model/accounts';
import { tokensQuery, visibilityQuery } from '@/lib/queries/accounts';
import { adminWrite } from '@/lib/queries/admin';
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

const roles = RoleName.options;

function tokenState(token: ApiTokenInfo, now: number): 'active' | 'revoked' | 'expired' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}

/** API tokens: create one (shown once), scoped to a role and to sources, list and revoke. */
export function TokensPanel() {
  const t = useTranslations('accounts');
  const locale = useLocale();
  const queryClient = useQueryClient();
  const now = useNow(30_000);
  const tokens = useQuery(tokensQuery());
  const sources = useQuery(visibilityQuery());
  const [name, setName] = useState('');
  const [role, setRole] = useState<ApiTokenInfo['role']>('viewer');
  const [scope, setScope] = useState<string[] | null>(null);
  const [days, setDays] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['admin'] });

  const create = useMutation({
    mutationFn: () =>
      adminWrite('POST', '/api/v1/admin/tokens', CreatedApiToken, {
        name,
        role,
        sources: scope,
        ...(days ? { expiresInDays: Number(days) } : {}),
      }),
    onSuccess: ({ token }) => {
      setCreated(token);
      setName('');
      refresh();
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      adminWrite('DELETE', `/api/v1/admin/tokens/${encodeURIComponent(id)}`, z.unknown()),
    onSuccess: refresh,
  });
  const toggle = (id: string) =>
    setScope((current) => {
      const list = current ?? [];
      return list.includes(id) ? list.filter((s) => s !== id) : [...list, id];
    });

  return (
    <Panel title={t('tokens')}>
      <CreateForm label={t('createToken')} onSubmit={() => create.mutate()}>
        <Field>
          {t('tokenName')}
          <input
            value={name}
            onChange={(e) => setName(e.target.value)}
            required
            maxLength={80}
            className={inputClass}
          />
        </Field>
        <Field>
          {t('role')}
          <Select value={role} onChange={(e) => setRole(e.target.value as ApiTokenInfo['role'])}>
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role_${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field>
          {t('expiresInDays')}
          <input
            value={days}
            onChange={(e) => setDays(e.target.value)}
            type="number"
            min={1}
            max={3660}
            className={`${inputClass} w-32`}
          />
        </Field>
        <fieldset className="flex h-9 flex-wrap items-center gap-3 text-sm">
          <legend className="mb-1">{t('sources')}</legend>
          <label className="flex items-center gap-1">
            <input
              type="checkbox"
              checked={scope === null}
              onChange={(e) => setScope(e.target.checked ? null : [])}
            />
            {t('allSources')}
          </label>
          {scope !== null &&
            sources.data?.sources.map((source) => (
              <label key={source.id} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={scope.includes(source.id)}
                  onChange={() => toggle(source.id)}
                />
                {source.name}
              </label>
            ))}
        </fieldset>
        <AdminButton type="submit" tone="primary" disabled={!name.trim() || create.isPending}>
          {t('createToken')}
        </AdminButton>
      </CreateForm>
      {create.error && <ErrorText>{create.error.message}</ErrorText>}
      {revoke.error && <ErrorText>{revoke.error.message}</ErrorText>}
      {created && (
        <ShownOnce
          key={created}
          value={created}
          notice={t('tokenShownOnce')}
          testId="created-token"
          labels={{ copy: t('copy'), copied: t('copied') }}
        />
      )}
      {tokens.error && <ErrorText>{t('loadError', { reason: tokens.error.message })}</ErrorText>}
      {tokens.data && (
        <Table
          head={[
            t('tokenName'),
            t('role'),
            t('sources'),
            t('created'),
            t('expires'),
            t('status'),
            t('actions'),
          ]}
        >
          {tokens.data.tokens.map((token) => {
            const state = tokenState(token, now);
            return (
              <Row key={token.id} data-testid="token-row">
                <Cell className="font-medium">{token.name}</Cell>
                <Cell>{t(`role_${token.role}`)}</Cell>
                <Cell className="font-mono text-muted">
                  {token.sources === null ? t('allSources') : token.sources.join(', ') || '—'}
                </Cell>
                <Cell className="text-muted">{formatDateTime(token.createdAt, locale)}</Cell>
                <Cell className="text-muted">
                  {token.expiresAt ? formatDateTime(token.expiresAt, locale) : t('never')}
                </Cell>
                <Cell>
                  <Badge tone={state === 'active' ? 'ok' : 'neutral'}>{t(`token_${state}`)}</Badge>
                </Cell>
                <Cell>
                  {state === 'active' && (
                    <ConfirmButton
                      question={t('confirmRevokeToken', { name: token.name })}
                      onConfirm={() => revoke.mutate(token.id)}
                    >
                      {t('revoke')}
                    </ConfirmButton>
                  )}
                </Cell>
              </Row>
            );
          })}
          {tokens.data.configured.map((token) => (
            <Row key={`config-${token.name}`}>
              <Cell className="font-medium">{token.name}</Cell>
              <Cell>{t(`role_${token.role}`)}</Cell>
              <Cell className="text-muted">{t('allSources')}</Cell>
              <Cell className="text-muted">—</Cell>
              <Cell className="text-muted">{t('never')}</Cell>
              <Cell>
                <Badge>{t('fromConfig')}</Badge>
              </Cell>
              <Cell className="text-muted">{t('configOnly')}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Panel>
  );
}
