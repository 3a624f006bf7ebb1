/**
 * Stands in for d3-delaunay in the browser bundle. Observable Plot 0.6.17
 * reaches it only through the delaunay and voronoi marks and through raster
 * and contour marks that interpolate scattered samples. The figures use none
 * of these, so the stub saves about 6 kB of the article's gzipped scripts.
 * Build-time rendering and the tests use the real package. A figure that
 * starts to need it therefore fails only in the browser, with this message.
 */
function leftOut(): never {
  throw new Error("d3-delaunay is left out of the browser bundle; remove the leave-out-d3-delaunay plugin from astro.config.mjs to use Delaunay or Voronoi");
}

export class Delaunay {
  static from(): never {
    return leftOut();
  }

  constructor() {
    leftOut();
  }
}

export class Voronoi {
  constructor() {
    leftOut();
  }
}
