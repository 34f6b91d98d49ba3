import { jsonResponse, type SimResponse } from '../../http/router';

/** A failed request: `responses[0]` carries the code (as a string) and the offending parameter. */
export class EnswitchError extends Error {
  constructor(
    readonly code: 400 | 401 | 402 | 404,
    readonly key: string,
    message: string,
  ) {
    super(message);
  }
}

/** Success: HTTP 200 and `{responses:[{code:"200",key:"",message:"OK"}], data}` (D8). */
export function ok(data: unknown): SimResponse {
  return jsonResponse(200, { responses: [{ code: '200', key: '', message: 'OK' }], data });
}

/** Errors mirror the 4xx code in the HTTP status and carry no `data` (D8). */
export function failure(code: number, key: string, message: string): SimResponse {
  return jsonResponse(code, { responses: [{ code: String(code), key, message }] });
}

export const toResponse = (e: EnswitchError): SimResponse => failure(e.code, e.key, e.message);

export function unauthorized(): SimResponse {
  return failure(401, '', 'The authentication details provided are invalid.');
}

export const QUEUE_NOT_FOUND =
  'The queue does not exist, or you do not have permission to view it.';
