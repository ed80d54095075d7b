import { Link } from 'react-router';

interface CardTitleProps {
  /** The heading's level where the card stands: under the page's h1, or under a section's h2. */
  level: 2 | 3 | 4;
  className: string;
  /** The item's page. */
  to: string;
  /** The item, whose title reads in the language it was written in. */
  item: { title: string; language: string };
}

/** A card's heading: the item's title, linked to its page. */
export function CardTitle({ level, className, to, item }: CardTitleProps) {
  const Heading = `h${level}` as const;
  return (
    <Heading className={className}>
      <Link to={to} lang={item.language} dir="auto">
        {item.title}
      </Link>
    </Heading>
  );
}
