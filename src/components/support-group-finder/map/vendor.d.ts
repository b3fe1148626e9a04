/** Leaflet's ES module build; its types are @types/leaflet's. */
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}

/** Leaflet's stylesheet as text, made by the build (rollup.config.mjs) and the test server. */
declare module 'virtual:leaflet-css' {
  const css: string;
  export default css;
}
