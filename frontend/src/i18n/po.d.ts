declare module '*.po' {
  const catalog: import('./catalog').Catalog;
  export default catalog;
}
