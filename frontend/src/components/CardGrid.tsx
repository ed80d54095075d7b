import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryView } from './QueryView';

interface CardGridProps<Item> {
  query: UseQueryResult<readonly Item[]>;
  /** What stands in for the grid when the answer has no items (why there are none). */
  empty: ReactNode;
  /** One item's card, a list item with its key. */
  card(item: Item): ReactNode;
}

/** A query's answer as a grid of cards: loading, its error with a retry, why it is empty, or the cards. */
export function CardGrid<Item>({ query, empty, card }: CardGridProps<Item>) {
  return (
    <QueryView query={query} empty={empty}>
      {(items) => <ul className="initiative-list initiative-list--grid">{items.map(card)}</ul>}
    </QueryView>
  );
}
