import { useEffect, useRef } from 'react';
import { useI18n } from '../../../i18n/I18nProvider';
import { createMap, DEFAULT_BOUNDS, L } from './tiles';

interface LocationPickerProps {
  lat: number;
  lng: number;
  onPick(lat: number, lng: number): void;
}

/** A small map: clicking on it sets the location; the fields above stay the way to type it. */
export default function LocationPicker({ lat, lng, onPick }: LocationPickerProps) {
  const { t, ...i18n } = useI18n();
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markerRef = useRef<L.CircleMarker | null>(null);
  const onPickRef = useRef(onPick);
  const valid =
    Number.isFinite(lat) && Number.isFinite(lng) && Math.abs(lat) <= 90 && Math.abs(lng) <= 180;

  useEffect(() => {
    onPickRef.current = onPick;
  }, [onPick]);

  useEffect(() => {
    if (container.current === null) return;
    const map = createMap(container.current, { t, ...i18n }, { keyboard: false });
    mapRef.current = map;
    map.fitBounds(DEFAULT_BOUNDS);
    // The form may lay out after the map is made: measure again once it has.
    const frame = window.requestAnimationFrame(() => {
      map.invalidateSize();
      if (markerRef.current === null) map.fitBounds(DEFAULT_BOUNDS);
    });
    map.on('click', (event: L.LeafletMouseEvent) => {
      onPickRef.current(event.latlng.lat, L.Util.wrapNum(event.latlng.lng, [-180, 180], true));
    });
    return () => {
      window.cancelAnimationFrame(frame);
      map.remove();
      mapRef.current = null;
      markerRef.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- made once on mount; later changes go through their own effects.
  }, []);

  useEffect(() => {
    const map = mapRef.current;
    if (map === null) return;
    if (!valid) {
      markerRef.current?.remove();
      markerRef.current = null;
      return;
    }
    if (markerRef.current === null) {
      markerRef.current = L.circleMarker([lat, lng], {
        radius: 9,
        color: '#0a4634',
        weight: 3,
        fillColor: '#0f5e46',
        fillOpacity: 0.85,
        interactive: false,
      }).addTo(map);
      map.setView([lat, lng], Math.max(map.getZoom(), 11));
    } else {
      markerRef.current.setLatLng([lat, lng]);
      if (!map.getBounds().contains([lat, lng])) map.panTo([lat, lng]);
    }
  }, [lat, lng, valid]);

  return (
    <figure className="location-picker">
      <div ref={container} className="location-picker__map" dir="ltr" />
      <figcaption className="field__hint">
        {t('Or click on the map to set the latitude and longitude.')}
      </figcaption>
    </figure>
  );
}
