import { jsonResponse, textResponse, type SimResponse } from '../http/router';
import { RATE_LIMIT_PER_MINUTE } from './types';

export type ServerErrorStatus = 500 | 502 | 503;

const REASONS: Record<ServerErrorStatus, string> = {
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Temporarily Unavailable',
};

const APACHE_TEXT: Record<ServerErrorStatus, string> = {
  500:
    'The server encountered an internal error or\nmisconfiguration and was unable to complete\n' +
    'your request.',
  502: 'The proxy server received an invalid\nresponse from an upstream server.',
  503:
    'The server is temporarily unable to service your\nrequest due to maintenance downtime or ' +
    'capacity\nproblems. Please try again later.',
};

/** What a reverse proxy in front of a cloud API shows (default for dialects without a profile). */
export function nginxErrorPage(status: ServerErrorStatus): SimResponse {
  const title = `${status} ${REASONS[status]}`;
  const body =
    `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n` +
    `<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`;
  return { status, headers: { 'content-type': 'text/html', server: 'nginx' }, body };
}

/** Apache httpd's stock error page (PHP-on-Apache products such as Asternic). */
export function apacheErrorPage(status: ServerErrorStatus): SimResponse {
  const reason = status === 503 ? 'Service Unavailable' : REASONS[status];
  const body =
    '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n' +
    `<title>${status} ${reason}</title>\n</head><body>\n<h1>${reason}</h1>\n` +
    `<p>${APACHE_TEXT[status]}</p>\n<hr>\n<address>Apache/2.4.57 (Rocky Linux) Server Port 80</address>\n` +
    '</body></html>\n';
  return textResponse(status, body, 'text/html; charset=iso-8859-1');
}

/** OAuth-style expired bearer token (default for dialects without a profile). */
export function expiredTokenResponse(): SimResponse {
  return jsonResponse(
    401,
    { error: 'invalid_token', error_description: 'The access token expired' },
    {
      'www-authenticate':
        'Bearer error="invalid_token", error_description="The access token expired"',
    },
  );
}

/** 429 with the usual headers; X-RateLimit-Reset is wall-clock epoch seconds, like Date. */
export function rateLimitResponse(retryAfterSeconds: number, wallNowMs: number): SimResponse {
  return jsonResponse(
    429,
    { message: 'Too Many Requests' },
    {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': String(RATE_LIMIT_PER_MINUTE),
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Math.ceil(wallNowMs / 1000) + retryAfterSeconds),
    },
  );
}

/** A login/portal page served with 200 where JSON was expected (session expired, proxy portal). */
export function htmlInsteadOfJson(): SimResponse {
  const body =
    '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>Sign in</title>\n' +
    '</head>\n<body>\n<form method="post" action="/login">\n<h1>Sign in</h1>\n' +
    '<input name="username" autocomplete="username">\n' +
    '<input name="password" type="password">\n<button type="submit">Log in</button>\n' +
    '</form>\n</body>\n</html>\n';
  return textResponse(200, body, 'text/html; charset=utf-8');
}
