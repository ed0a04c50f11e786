// Loaded on demand: OpenDyslexic is only fetched for players who choose it.
import '@fontsource/opendyslexic/400.css';
import '@fontsource/opendyslexic/700.css';
