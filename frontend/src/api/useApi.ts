import { useI18n } from '../i18n/I18nProvider';
import { apiClient, type ApiClient } from './client';

/** The API client for the reader's language, for use in query hooks. */
export function useApi(): ApiClient {
  return apiClient(useI18n().language);
}
