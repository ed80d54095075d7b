import { useNavigate } from 'react-router';

/** Where an editor leads once its content is saved, or when the user cancels. */
export interface EditorPlaces {
  /** Where there is no single item to show: new content given up, a series of several saved. */
  list: string;
  /** An item's own page. */
  item(id: number): string;
}

/** The item's page, or the list where there is no item. */
export function placeOf(places: EditorPlaces, id: number | undefined): string {
  return id === undefined ? places.list : places.item(id);
}

/** An editor's `onSaved`: opens the saved item's page, or the list when several were made. */
export function useOpenSaved(places: EditorPlaces): (id: number | undefined) => void {
  const navigate = useNavigate();
  return (id) => navigate(placeOf(places, id));
}
