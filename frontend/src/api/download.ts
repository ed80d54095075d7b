import { useMutation } from '@tanstack/react-query';
import type { ApiClient } from './client';
import { ApiError, isProblem } from './problem';
import { useApi } from './useApi';

/** The file name a Content-Disposition header suggests, else `fallback`. */
export function filenameFrom(disposition: string | null, fallback: string): string {
  if (disposition === null) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Fall through to the plain name.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition);
  const name = plain?.[1]?.trim();
  return name ? name : fallback;
}

/** Offers a file the page fetched (with the user's token) as a download. */
export function saveFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface FileResult {
  data?: Blob;
  error?: unknown;
  response: Response;
}

/** Saves the file a call answered with; an ApiError for any error status. */
export async function download(call: Promise<FileResult>, fallbackName: string): Promise<void> {
  const { data, error, response } = await call;
  if (!response.ok || data === undefined) {
    throw new ApiError(response.status, isProblem(error) ? error : null);
  }
  saveFile(data, filenameFrom(response.headers.get('Content-Disposition'), fallbackName));
}

/**
 * A file only some people may have, fetched with the user's token (a plain
 * link would not carry it), then offered as a download.
 */
export function useFileDownload(fetchFile: (api: ApiClient) => Promise<FileResult>, name: string) {
  const api = useApi();
  return useMutation({ mutationFn: () => download(fetchFile(api), name) });
}
