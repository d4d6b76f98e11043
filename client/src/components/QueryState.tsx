// Designed loading and error states, so no view is ever a blank screen.
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { describeApiErrors } from './apiErrors';

export function Loading({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {label ?? t.loading}
    </p>
  );
}

export function ErrorBox({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const { t, locale } = useI18n();
  const errors = describeApiErrors(error, locale);
  return (
    <div role="alert" className="error-box">
      <p className="error-title">{title ?? t.errorTitle}</p>
      <ul>
        {errors.map((e, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: errors have no identity
          <li key={i}>{e.message}</li>
        ))}
      </ul>
      {onRetry && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}

/** Shows loading or error for a query, and the children once there is data. */
export function QueryState({
  loading,
  error,
  onRetry,
  hasData,
  children,
}: {
  loading: boolean;
  error: unknown;
  onRetry?: () => void;
  hasData: boolean;
  children: ReactNode;
}) {
  if (error && !hasData) return <ErrorBox error={error} {...(onRetry ? { onRetry } : {})} />;
  if (loading && !hasData) return <Loading />;
  return <>{children}</>;
}
