import { useState, type FormEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useI18n } from '../../i18n/I18nProvider';
import { EMPTY_SEARCH, parseSearch, searchParams, withQuery } from './searchState';
import './search.css';

function HeaderSearchForm({ initial }: { initial: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [text, setText] = useState(initial);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(`/search?${searchParams(withQuery(EMPTY_SEARCH, text)).toString()}`);
  }

  return (
    <form className="header-search" role="search" aria-label={t('Site search')} onSubmit={submit}>
      <label htmlFor="header-search-input" className="visually-hidden">
        {t('Search initiatives, practices and sessions')}
      </label>
      <input
        id="header-search-input"
        type="search"
        name="q"
        dir="auto"
        maxLength={200}
        placeholder={t('Search…')}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {/* Without a type a button submits its form; the page's own forms keep the only
          button[type=submit], which tests and tools look for. */}
      <button className="header-search__button">
        <span className="visually-hidden">{t('Search')}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" width="18" height="18" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M13 13l5 5" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}

/** The search box in the header of every page; on the results page it shows the words searched. */
export function HeaderSearch() {
  const { pathname, search } = useLocation();
  const current = pathname === '/search' ? parseSearch(new URLSearchParams(search)).q : '';
  return <HeaderSearchForm key={current} initial={current} />;
}
