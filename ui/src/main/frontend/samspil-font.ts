// The pages' font (samspil.css), the meeting reports' Liberation Sans. A chart measures its labels when it is drawn:
// drawn before the font has loaded, it would lay them out for the fallback's widths, so charts wait for it.
export const FONT_FAMILY = '"Liberation Sans", Arial, Helvetica, sans-serif';

/** Settles once the font is loaded, or could not be (then the fallback is what every label is measured and drawn in). */
export const fontReady: Promise<unknown> = document.fonts.load('12px "Liberation Sans"').catch(() => []);
