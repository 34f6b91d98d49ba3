'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useLocale, useTranslations } from 'use-intl';
import { formatDateTime } from '@/components/ui/format';
import { Badge } from '@/components/ui/badge';
import { Select } from '@/components/ui/select';
import { RoleName, UserInfo as UserInfoSchema, type UserInfo } from '@/lib/model/accounts';
import { usersQuery } from '@/lib/queries/accounts';
import { adminWrite } from '@/lib/queries/admin';
import {
  AdminButton,
  Cell,
  CreateForm,
  ErrorText,
  Field,
  inputClass,
  Panel,
  Row,
  Table,
} from './admin-ui';
import { z } from 'zod';

const UserAnswer = z.object({ user: UserInfoSchema });
const roles = RoleName.options;

/** Users: add one, change a role, disable or enable, reset a password; bootstrap users listed. */
export function UsersPanel() {
  const t = useTranslations('accounts');
  const queryClient = useQueryClient();
  const users = useQuery(usersQuery());
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<UserInfo['role']>('viewer');
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['admin'] });

  const add = useMutation({
    mutationFn: () =>
      adminWrite('POST', '/api/v1/admin/users', UserAnswer, { username, password, role }),
    onSuccess: () => {
      setUsername('');
      setPassword('');
      refresh();
    },
  });
  const change = useMutation({
    mutationFn: ({ id, body }: { id: string; body: object }) =>
      adminWrite('PATCH', `/api/v1/admin/users/${encodeURIComponent(id)}`, UserAnswer, body),
    onSuccess: refresh,
  });

  return (
    <Panel title={t('users')}>
      <CreateForm label={t('addUser')} onSubmit={() => add.mutate()}>
        <Field>
          {t('username')}
          <input
            name="username"
            value={username}
            onChange={(e) => setUsername(e.target.value)}
            required
            maxLength={64}
            autoComplete="off"
            className={inputClass}
          />
        </Field>
        <Field>
          {t('password')}
          <input
            name="password"
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
            minLength={10}
            autoComplete="new-password"
            className={inputClass}
          />
        </Field>
        <Field>
          {t('role')}
          <Select
            name="role"
            value={role}
            onChange={(e) => setRole(e.target.value as UserInfo['role'])}
          >
            {roles.map((r) => (
              <option key={r} value={r}>
                {t(`role_${r}`)}
              </option>
            ))}
          </Select>
        </Field>
        <AdminButton type="submit" tone="primary" disabled={add.isPending}>
          {t('addUser')}
        </AdminButton>
      </CreateForm>
      <p className="text-sm text-muted">{t('passwordHint')}</p>
      {add.error && <ErrorText>{add.error.message}</ErrorText>}
      {change.error && <ErrorText>{change.error.message}</ErrorText>}
      {users.error && <ErrorText>{t('loadError', { reason: users.error.message })}</ErrorText>}
      {users.data && (
        <Table head={[t('username'), t('role'), t('status'), t('created'), t('actions')]}>
          {users.data.users.map((user) => (
            <UserRow
              key={user.id}
              user={user}
              busy={change.isPending}
              onChange={(body) => change.mutate({ id: user.id, body })}
            />
          ))}
          {users.data.bootstrap.map((user) => (
            <Row key={`config-${user.username}`} data-testid="bootstrap-user-row">
              <Cell className="font-medium">{user.username}</Cell>
              <Cell>{t(`role_${user.role}`)}</Cell>
              <Cell>
                <Badge>{t('fromConfig')}</Badge>
              </Cell>
              <Cell className="text-muted">—</Cell>
              <Cell className="text-muted">{t('configOnly')}</Cell>
            </Row>
          ))}
        </Table>
      )}
    </Panel>
  );
}

function UserRow({
  user,
  busy,
  onChange,
}: {
  user: UserInfo;
  busy: boolean;
  onChange: (body: object) => void;
}) {
  const t = useTranslations('accounts');
  const locale = useLocale();
  const [resetting, setResetting] = useState(false);
  const [password, setPassword] = useState('');
  return (
    <Row data-testid="user-row" data-username={user.username}>
      <Cell className="font-medium">{user.username}</Cell>
      <Cell>
        <Select
          aria-label={t('roleOf', { name: user.username })}
          value={user.role}
          disabled={busy}
          onChange={(e) => onChange({ role: e.target.value })}
        >
          {roles.map((r) => (
            <option key={r} value={r}>
              {t(`role_${r}`)}
            </option>
          ))}
        </Select>
      </Cell>
      <Cell>
        <Badge tone={user.disabled ? 'alert' : 'ok'}>
          {user.disabled ? t('disabled') : t('enabled')}
        </Badge>
      </Cell>
      <Cell className="text-muted">{formatDateTime(user.createdAt, locale)}</Cell>
      <Cell>
        {resetting ? (
          <form
            className="flex flex-wrap items-center gap-2"
            onSubmit={(e) => {
              e.preventDefault();
              onChange({ password });
              setResetting(false);
              setPassword('');
            }}
          >
            <input
              type="password"
              aria-label={t('newPasswordOf', { name: user.username })}
              value={password}
              onChange={(e) => setPassword(e.target.value)}
              required
              minLength={10}
              autoComplete="new-password"
              className={`${inputClass} w-44`}
            />
            <AdminButton type="submit" tone="primary" disabled={busy}>
              {t('save')}
            </AdminButton>
            <AdminButton onClick={() => setResetting(false)}>{t('cancel')}</AdminButton>
          </form>
        ) : (
          <div className="flex flex-wrap gap-2">
            <AdminButton
              tone={user.disabled ? 'default' : 'danger'}
              disabled={busy}
              onClick={() => onChange({ disabled: !user.disabled })}
            >
              {user.disabled ? t('enable') : t('disable')}
            </AdminButton>
            <AdminButton disabled={busy} onClick={() => setResetting(true)}>
              {t('resetPassword')}
            </AdminButton>
          </div>
        )}
      </Cell>
    </Row>
  );
}
