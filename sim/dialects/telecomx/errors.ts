import { jsonResponse, type SimResponse } from '../../http/router';

/** A Telecom X API error: `{error:{message, code, status}}` with the same HTTP status. */
export class TelecomxError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function errorResponse(status: number, code: string, message: string): SimResponse {
  return jsonResponse(status, { error: { message, code, status } });
}

export function toResponse(e: TelecomxError): SimResponse {
  return errorResponse(e.status, e.code, e.message);
}

/** What a client sees when its 15-minute login session ran out (also the `expired-token` fault). */
export function expiredResponse(): SimResponse {
  return errorResponse(401, 'expired', 'Session has expired, please login');
}
