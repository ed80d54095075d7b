import type { EditableState } from './initiativeKind';

/** An initiative's state as the unit tests start from it. */
export const BASE: EditableState = {
  original_language: 'tr',
  translations: {
    tr: { title: 'Kent bostanları', summary: 'Mahallelerde bostan.', description: '', purpose: '' },
    en: {
      title: 'Urban gardens',
      summary: 'Gardens in neighbourhoods.',
      description: '',
      purpose: '',
    },
  },
  status: 'planned',
  start_date: '2026-01-01',
  end_date: null,
  target_groups: ['Kent sakinleri'],
  sdgs: [2, 11],
  themes: ['food_gastronomy'],
  location: { lat: 38.42, lng: 27.14, district: 'Bornova' },
  partners: ['İzmir Büyükşehir Belediyesi'],
  website: null,
};
