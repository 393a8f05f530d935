import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** A file's path relative to `base` with forward slashes, or undefined when it lies outside `base`. */
export function relativeTo(base: string, abs: string): string | undefined {
  const rel = relative(base, abs);
  if (!rel || rel === '..' || rel.startsWith('..' + sep) || isAbsolute(rel)) return undefined;
  return rel.split(sep).join('/');
}

/** A relative path as a URI reference: each segment percent-encoded (`#`, `?`, `%`, spaces and the rest). */
export function encodePath(rel: string): string {
  return rel.split('/').map(encodeURIComponent).join('/');
}

/** SARIF's artifactLocation: relative to SRCROOT (the base folder) when inside it, else an absolute file URI. */
export function artifactLocation(base: string, abs: string): { uri: string; uriBaseId?: string } {
  const rel = relativeTo(base, abs);
  return rel === undefined ? { uri: pathToFileURL(abs).href } : { uri: encodePath(rel), uriBaseId: 'SRCROOT' };
}

/** The base folder as SARIF's originalUriBaseIds wants it: an absolute file URI ending in a slash. */
export function baseUri(base: string): string {
  const href = pathToFileURL(base).href;
  return href.endsWith('/') ? href : href + '/';
}
