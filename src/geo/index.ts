// The gazetteer's API: resolve a name, find the names in a text, test the hierarchy city ⊂ admin1 ⊂ country.
export { resolvePlace, placeCandidates, type PlaceHint } from './resolve-place.js';
export { findPlaces, documentHint, type PlaceSpan } from './find-places.js';
export { containsPlace } from './contains-place.js';
export { loadGazetteer } from './gazetteer.js';
export { placeKey, type Place, type PlacePrecision } from './place.js';
