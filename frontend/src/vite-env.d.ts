/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** The map's tile URL template, e.g. "https://tile.openstreetmap.org/{z}/{x}/{y}.png". */
  readonly VITE_MAP_TILE_URL?: string;
  /** The tiles' attribution, as HTML. */
  readonly VITE_MAP_ATTRIBUTION?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
