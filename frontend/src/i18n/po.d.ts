declare module '*.po' {
  const catalog: import('./catalog').Catalog;
  export default catalog;
}

declare module '*.po?start' {
  const catalog: import('./catalog').Catalog;
  export default catalog;
}
