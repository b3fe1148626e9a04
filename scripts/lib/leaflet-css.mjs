import { readFileSync } from 'node:fs';

/**
 * Leaflet's stylesheet as a string (`virtual:leaflet-css`), adopted into the finder's shadow root
 * when the map loads. The rules that fetch images (the default marker and layer icons, which the
 * finder never shows) and old IE's VML go: nothing in the sheet can request a file.
 */
export function leafletCssText() {
  const css = readFileSync('node_modules/leaflet/dist/leaflet.css', 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/[^{}]+\{[^{}]*url\([^{}]*\}/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1');
  if (/url\(/.test(css) || !css.includes('.leaflet-pane'))
    throw new Error('leaflet.css is not what leafletCss expects');
  return css;
}
