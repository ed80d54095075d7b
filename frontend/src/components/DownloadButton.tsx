import type { UseMutationResult } from '@tanstack/react-query';
import { Button } from './Button';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorPanel } from './ErrorPanel';

interface DownloadButtonProps {
  /** The download, from `useFileDownload`. */
  download: UseMutationResult<void, Error, void>;
  label: string;
}

/** A button that fetches a file with the user's token and offers it; the reason if it cannot. */
export function DownloadButton({ download, label }: DownloadButtonProps) {
  const { t } = useI18n();
  return (
    <>
      <Button disabled={download.isPending} onClick={() => download.mutate()}>
        {download.isPending ? t('Preparing the file…') : label}
      </Button>
      {download.isError && <ErrorPanel error={download.error} />}
    </>
  );
}
