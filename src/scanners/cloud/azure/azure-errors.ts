/** A short account of a failed Azure call: the service's code and status, and its message on one line. */
export function describeAzureError(error: unknown): string {
  if (!(error instanceof Error)) return String(error).slice(0, 300);
  const rest = error as Error & { code?: string; statusCode?: number };
  const status = rest.statusCode ? ` (HTTP ${rest.statusCode})` : '';
  const code =
    rest.code && rest.code !== 'REQUEST_SEND_ERROR'
      ? `${rest.code}${status}: `
      : status
        ? `HTTP ${rest.statusCode}: `
        : '';
  const message = error.message.replace(/\s+/g, ' ').trim().slice(0, 300);
  return `${code}${message}`;
}

/** Whether Azure refused the call for lack of permission (the audit identity needs Reader or more). */
export function isAzureAccessDenied(error: unknown): boolean {
  const rest = error as { statusCode?: number; code?: string } | undefined;
  return rest?.statusCode === 403 || rest?.code === 'AuthorizationFailed';
}
