// Local images of an exported document: only inside the root (workspace or repository), only PNG
// and JPEG recognised by their first bytes, each at most 5 MB and 40 MB in all; never a URL.
import { dirname } from 'node:path';
import { readRegularFile, resolveInside } from './safe-read';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES_BYTES = 40 * 1024 * 1024;

export type ImageBytes = { data: Uint8Array; mime: 'image/png' | 'image/jpeg' };

/** The type of an image from its magic bytes. */
export function imageType(b: Uint8Array): ImageBytes['mime'] | undefined {
  if (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/**
 * A reader of the images a document names, relative to the document, inside `root`. What it refuses
 * (outside, too large, not PNG/JPEG, missing) is reported through `skipped` and shown as alt text.
 */
export function imageReader(root: string, documentPath: string, skipped: (url: string, why: string) => void = () => {}): (url: string) => ImageBytes | undefined {
  let total = 0;
  const seen = new Map<string, ImageBytes | undefined>();
  return (url) => {
    if (seen.has(url)) return seen.get(url);
    const got = read(url);
    seen.set(url, got);
    return got;
  };
  function read(url: string): ImageBytes | undefined {
    let path: string;
    try {
      path = decodeURI(url.split(/[?#]/)[0]);
    } catch {
      path = url;
    }
    const where = resolveInside(root, dirname(documentPath), path);
    if (!where.ok) return void skipped(url, where.error);
    const r = readRegularFile(where.path, MAX_IMAGE_BYTES);
    if (!r.ok) return void skipped(url, r.error);
    const mime = imageType(r.bytes);
    if (!mime) return void skipped(url, 'not a PNG or JPEG image');
    if (total + r.bytes.length > MAX_IMAGES_BYTES) return void skipped(url, 'the images of the document together exceed 40 MB');
    total += r.bytes.length;
    return { data: new Uint8Array(r.bytes), mime };
  }
}
