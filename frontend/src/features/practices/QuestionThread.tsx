import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorPanel } from '../../components/ErrorPanel';
import { FormAlert } from '../../components/FormAlert';
import { LanguageField, TextAreaField } from '../../components/FormFields';
import { formErrors } from '../../components/formErrors';
import { Loading } from '../../components/Loading';
import { isolate } from '../../i18n/bidi';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { useI18n } from '../../i18n/I18nProvider';
import { directionOf, textDirection, type Language } from '../../i18n/languages';
import { useCurrentUser, type CurrentUser } from '../../api/currentUser';
import { useCityName } from '../../api/cities';
import { OpenFormButton } from '../content/OpenFormButton';
import { SubmitButton } from '../content/SubmitButton';
import { useFormTexts } from '../content/useFormTexts';
import { canManage } from './permissions';
import { useAnswer, useAsk, useModerate, useQuestions, useReport, type PostBody } from './queries';
import type { Post, Practice, Question } from './types';

interface PostFormProps {
  id: string;
  label: string;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit(body: PostBody, done: () => void): void;
}

/** A plain-text post with the language it is written in (the reader's by default). */
function PostForm({ id, label, submitLabel, pending, error, onSubmit }: PostFormProps) {
  const i18n = useI18n();
  const { t, language: uiLanguage } = i18n;
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const errors = formErrors(error, ['body', 'language'], i18n);
  const form = useFormTexts({ body: '' }, errors.fields);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onSubmit({ body: form.texts.body.trim(), language }, () => form.set({ body: '' }));
  }

  return (
    <form className="post-form" onSubmit={submit} noValidate>
      <FormAlert messages={error ? errors.alerts : []} />
      <TextAreaField
        id={`${id}-body`}
        label={label}
        rows={3}
        maxLength={5000}
        lang={language}
        dir={textDirection(language)}
        {...form.bind('body')}
      />
      <div className="post-form__row">
        <LanguageField
          id={`${id}-language`}
          label={t('Written in')}
          value={language}
          onChange={setLanguage}
          error={errors.fields.language}
        />
        <SubmitButton label={submitLabel} pending={pending} />
      </div>
    </form>
  );
}

function ReportControl({ post }: { post: Post }) {
  const i18n = useI18n();
  const { t } = i18n;
  const report = useReport(post.id);
  const [open, setOpen] = useState(false);
  const errors = formErrors(report.error, ['reason'], i18n);
  const form = useFormTexts({ reason: '' }, errors.fields);
  const id = `report-${post.id}`;

  if (report.isSuccess) {
    return (
      <p className="post__reported" role="status">
        {t('Thank you. The moderators will look at it.')}
      </p>
    );
  }
  if (!open) {
    return <OpenFormButton label={t('Report')} onOpen={() => setOpen(true)} small />;
  }
  return (
    <form
      className="report-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        report.mutate(form.texts.reason.trim());
      }}
    >
      <FormAlert messages={report.isError ? errors.alerts : []} />
      <TextAreaField
        id={`${id}-reason`}
        label={t('Why should the moderators look at this?')}
        hint={t('3 to 500 characters.')}
        dir="auto"
        rows={2}
        maxLength={500}
        autoFocus
        {...form.bind('reason')}
      />
      <SubmitOrCancel
        submitLabel={t('Send the report')}
        pending={report.isPending}
        onCancel={() => setOpen(false)}
        small
      />
    </form>
  );
}

function ModerateControl({ practiceId, post }: { practiceId: number; post: Post }) {
  const { t } = useI18n();
  const moderate = useModerate(practiceId, post.id);
  return (
    <>
      <button
        type="button"
        className="button button--small button--secondary"
        disabled={moderate.isPending}
        onClick={() => moderate.mutate(!post.hidden)}
      >
        {post.hidden ? t('Show it again') : t('Hide')}
      </button>
      {moderate.isError && <ErrorPanel error={moderate.error} />}
    </>
  );
}

function PostView({
  post,
  practiceId,
  user,
  byline,
}: {
  post: Post;
  practiceId: number;
  user: CurrentUser | null | undefined;
  byline: string;
}) {
  const { t, tn, format } = useI18n();
  const own = user != null && post.author?.id === user.id;
  return (
    <div className={`post${post.hidden ? ' post--hidden' : ''}`}>
      <p className="post__body" lang={post.language} dir={directionOf(post.language)}>
        {post.body}
      </p>
      <p className="post__meta">
        {byline}{' '}
        <time dateTime={post.created_at}>{format.dateTime(new Date(post.created_at))}</time>
        {post.hidden && <span className="badge badge--warning">{t('Hidden from readers')}</span>}
        {post.reports !== null && post.reports > 0 && (
          <span className="badge badge--warning">
            {tn('{count} report', '{count} reports', post.reports)}
          </span>
        )}
      </p>
      {user && (
        <div className="post__actions">
          {!own && !post.hidden && <ReportControl post={post} />}
          {user.is_admin && <ModerateControl practiceId={practiceId} post={post} />}
        </div>
      )}
    </div>
  );
}

function AnswerForm({ practiceId, question }: { practiceId: number; question: Question }) {
  const { t } = useI18n();
  const answer = useAnswer(practiceId, question.id);
  return (
    <PostForm
      id={`answer-${question.id}`}
      label={t('Your answer')}
      submitLabel={t('Post the answer')}
      pending={answer.isPending}
      error={answer.error}
      onSubmit={(body, done) => answer.mutate(body, { onSuccess: done })}
    />
  );
}

function QuestionView({
  question,
  practice,
  user,
}: {
  question: Question;
  practice: Practice;
  user: CurrentUser | null | undefined;
}) {
  const { t } = useI18n();
  const cityName = useCityName();
  const someone = t('a former member');
  const asker = question.author ? isolate(question.author.display_name) : someone;
  return (
    <li className="question">
      <PostView
        post={question}
        practiceId={practice.id}
        user={user}
        byline={t('Asked by {name}', { name: asker })}
      />
      {question.answers.length > 0 && (
        <ul className="answers" aria-label={t('Answers')}>
          {question.answers.map((answer) => (
            <li key={answer.id} className="answer">
              <PostView
                post={answer}
                practiceId={practice.id}
                user={user}
                byline={t('Answered by {name} for {city}', {
                  name: answer.author ? isolate(answer.author.display_name) : someone,
                  city: cityName(answer.city ?? practice.city),
                })}
              />
            </li>
          ))}
        </ul>
      )}
      {canManage(user, practice) && !question.hidden && (
        <AnswerForm practiceId={practice.id} question={question} />
      )}
    </li>
  );
}

/** Questions readers ask about the practice, the owning city's answers, reports and moderation. */
export function QuestionThread({ practice }: { practice: Practice }) {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  const questions = useQuestions(practice.id);
  const ask = useAsk(practice.id);

  return (
    <section aria-labelledby="practice-questions" className="practice-questions">
      <h2 id="practice-questions">{t('Questions and answers')}</h2>
      {questions.isPending ? (
        <Loading />
      ) : questions.isError ? (
        <ErrorPanel error={questions.error} onRetry={() => void questions.refetch()} />
      ) : questions.data.items.length === 0 ? (
        <p>{t('No questions yet. Ask the city how it did it.')}</p>
      ) : (
        <ol className="questions">
          {questions.data.items.map((question) => (
            <QuestionView key={question.id} question={question} practice={practice} user={user} />
          ))}
        </ol>
      )}
      {user ? (
        <div className="ask">
          <h3>{t('Ask a question')}</h3>
          <PostForm
            id="ask"
            label={t('Your question')}
            submitLabel={t('Ask the question')}
            pending={ask.isPending}
            error={ask.error}
            onSubmit={(body, done) => ask.mutate(body, { onSuccess: done })}
          />
        </div>
      ) : (
        <p>
          <Link to="/login">{t('Log in to ask a question.')}</Link>
        </p>
      )}
    </section>
  );
}
