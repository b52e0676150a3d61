import type { FastifyReply, FastifyRequest } from 'fastify';
import { STATUS_CODES } from 'node:http';

/** Answers an error on a store address as that store's page; `slug` is the decoded slug ('' when it did not decode). */
export type StorePageAnswer = (exception: unknown, request: FastifyRequest, reply: FastifyReply, slug: string) => Promise<void>;

/** Addresses machines read: they keep the JSON error shape whatever the client accepts. */
const MACHINE_PATHS = /^\/(api|health|metrics|docs)(\/|\?|-|$)/;

/** Whether the address is a store page (`/s/<slug>...`), whose errors are always the store's own page. */
export function isStorePath(url: string): boolean {
  return /^\/s(\/|\?|$)/.test(url);
}

/** The store slug of a storefront address (`/s/<slug>/...`): '' when it is missing or does not percent-decode. */
export function storeSlugOf(url: string): string {
  const match = /^\/s\/([^/?#]*)/.exec(url);
  try {
    return match ? decodeURIComponent(match[1]) : '';
  } catch {
    return '';
  }
}

/** A person's browser (Accept names text/html) at an address that is not the API's: it gets an HTML error page. */
export function wantsHtmlPage(request: FastifyRequest): boolean {
  const accept = request.headers.accept ?? '';
  return accept.includes('text/html') && !MACHINE_PATHS.test(request.url);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A small self-contained error page (no store, no workspace) with the status, the message and a way home. */
export function plainErrorPage(statusCode: number, message: string): string {
  const title = statusCode === 404 ? 'Page not found' : (STATUS_CODES[statusCode] ?? 'Error');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} · Nearfill</title>
<style>body{margin:0;font-family:system-ui,sans-serif;color:#111827;background:#f9fafb;line-height:1.5}main{max-width:40rem;margin:3rem auto;padding:1rem}a{color:#1e3a8a}</style></head>
<body><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p><p><a href="/">Go to the Nearfill home page</a></p></main></body>
</html>`;
}

/** Sends the plain error page with `statusCode`; pages are never cached. */
export function sendPlainErrorPage(reply: FastifyReply, statusCode: number, message: string): void {
  void reply.status(statusCode).type('text/html; charset=utf-8').header('Cache-Control', 'no-store').send(plainErrorPage(statusCode, message));
}
