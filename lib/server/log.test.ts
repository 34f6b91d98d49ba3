import { afterEach, describe, expect, it, vi } from 'vitest';
import { logError } from './log';
import { registerSecret } from './secrets';
import { UpstreamError } from '@/lib/upstream/upstream-error';

afterEach(() => vi.restoreAllMocks());

describe('logError', () => {
  it('masks every configured secret, in upstream messages and stack frames alike', () => {
    registerSecret('enswitch-login-name');
    const lines: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      lines.push(String(chunk));
      return true;
    });
    logError('live', new UpstreamError('http', 'enswitch: HTTP 403 (user enswitch-login-name)'));
    const thrown = new Error('boom');
    thrown.stack = 'Error: boom\n    at /srv/enswitch-login-name/app.js:1:1';
    logError('api', thrown);
    expect(lines.join('')).not.toContain('enswitch-login-name');
    expect(lines[0]).toContain('(user ***)');
    expect(lines[1]).toContain('/srv/***/app.js');
  });
});
