import { useSyncExternalStore } from 'react';
import { deviceTimeZone, isTimeZone } from './zones';

const STORAGE_KEY = 'polylog.time_zone';
const listeners = new Set<() => void>();

function readChosenZone(): string | null {
  try {
    const saved = localStorage.getItem(STORAGE_KEY);
    return isTimeZone(saved) ? saved : null;
  } catch {
    return null;
  }
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

/** Remembers the zone to show times in on this device; null goes back to the device's own. */
export function chooseTimeZone(zone: string | null): void {
  try {
    if (zone === null) localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, zone);
  } catch {
    // Without storage the choice is forgotten; the device's zone is used.
  }
  for (const listener of listeners) listener();
}

export interface ViewerZone {
  /** The zone times are shown in. */
  zone: string;
  /** The browser's own zone. */
  device: string;
  /** The zone chosen on this device, or null for the device's own. */
  chosen: string | null;
}

/** The viewer's time zone: the one they chose (e.g. their city's), else the browser's. */
export function useViewerZone(): ViewerZone {
  const chosen = useSyncExternalStore(subscribe, readChosenZone, () => null);
  const device = deviceTimeZone();
  return { zone: chosen ?? device, device, chosen };
}
