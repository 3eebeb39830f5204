import { encode } from 'uqr';

/** A QR code as one SVG path: dark modules as unit squares, inside a quiet zone. */
export interface QrPath {
  /** Side of the square viewBox, quiet zone included. */
  size: number;
  /** SVG path data of the dark modules. */
  d: string;
}

/**
 * Encodes text (the page address) as a QR code drawn locally — no service is asked. Error correction
 * level M survives a dim projector and a phone held at an angle.
 */
export function qrPath(text: string, quietZone = 4): QrPath {
  const { data, size } = encode(text, { ecc: 'M', border: 0 });
  const parts: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < size) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      // Run-length: one rectangle per horizontal run of dark modules keeps the path short.
      let end = x;
      while (end < size && row[end]) end += 1;
      parts.push(`M${x + quietZone} ${y + quietZone}h${end - x}v1h-${end - x}z`);
      x = end;
    }
  });
  return { size: size + 2 * quietZone, d: parts.join('') };
}
