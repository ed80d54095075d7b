import type { UseMutationResult } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { ConfirmAction } from '../../components/ConfirmAction';
import { useI18n } from '../../i18n/I18nProvider';

interface DeleteControlProps {
  /** The kind's delete (useDeletePractice…); a hook, so it is called here, where it is used. */
  useDelete(): UseMutationResult<unknown, Error, number>;
  id: number;
  /** What the reader is asked: what goes, and that an administrator can bring it back. */
  question: string;
  /** Where the reader goes once the item is gone: the list it stood in. */
  leaveTo: string;
}

/**
 * Deletes an item softly after asking, then leaves its page (it no longer
 * exists for the reader), replacing it in the history so Back does not return to it.
 */
export function DeleteControl({ useDelete, id, question, leaveTo }: DeleteControlProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = useDelete();
  return (
    <ConfirmAction
      label={t('Delete')}
      variant="danger"
      questionId="delete-question"
      question={question}
      confirmLabel={t('Yes, delete it')}
      keepLabel={t('Keep it')}
      pending={remove.isPending}
      error={remove.error}
      onConfirm={() => remove.mutate(id, { onSuccess: () => navigate(leaveTo, { replace: true }) })}
    />
  );
}
