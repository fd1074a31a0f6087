package org.jianbao.pdf;

import com.lowagie.text.pdf.BaseFont;

/** A document font name served by a loaded font; bold is drawn by stroking when the face itself is not bold. */
record ResolvedFont(BaseFont font, FontFace face, boolean syntheticBold, FontResolution resolution) {
}
