"""The situation map: basemap data, overlay layers and styles as data, the renderer, label placement."""
