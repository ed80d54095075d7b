import { useI18n } from '../i18n/I18nProvider';

/** What the SDGs are, for a reader who meets them for the first time. */
export function SdgHelp({ id }: { id?: string }) {
  const { t } = useI18n();
  return (
    <p className="field__hint" id={id}>
      {t(
        'The Sustainable Development Goals (SDGs) are the 17 goals the United Nations set for 2030, from no poverty to climate action. Polylog tags initiatives, practices and sessions with them, so cities find others working on the same goal.',
      )}
    </p>
  );
}
