interface GoogleApiErrorBody {
  error?: { code?: number; status?: string; message?: string } | string;
  error_description?: string;
}

/** A short account of a failed Google API call: its status and message on one line. */
export function describeGcpError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const failed = error as Error & { status?: number; response?: { status?: number; data?: unknown } };
  const status = failed.status ?? failed.response?.status;
  const body = failed.response?.data as GoogleApiErrorBody | undefined;
  const detail =
    typeof body?.error === 'object'
      ? [body.error.status, body.error.message].filter(Boolean).join(': ')
      : [body?.error, body?.error_description].filter(Boolean).join(': ');
  const message = (detail || error.message).replace(/\s+/g, ' ').trim().slice(0, 300);
  return status ? `HTTP ${status}: ${message}` : message;
}

/** Whether the API refused the call for lack of permission, or is not enabled in the project. */
export function isGcpAccessDenied(error: unknown): boolean {
  const failed = error as { status?: number; response?: { status?: number } } | undefined;
  return (failed?.status ?? failed?.response?.status) === 403;
}
