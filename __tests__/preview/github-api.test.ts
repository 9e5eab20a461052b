import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGitHubApi } from '../../src/github/api';

/** A GitHub that lists `total` comments in pages and links each page to the next, as GitHub does. */
async function pagingGitHub(total: number) {
  const pages: number[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url!, 'http://localhost');
    const page = Number(url.searchParams.get('page') ?? 1);
    const perPage = Number(url.searchParams.get('per_page') ?? 30);
    pages.push(page);
    const items = Array.from({ length: total }, (_, i) => ({ id: i + 1, body: `comment ${i + 1}` }));
    const slice = items.slice((page - 1) * perPage, page * perPage);
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (page * perPage < total) {
      const next = new URL(url.toString());
      next.host = req.headers.host!;
      next.searchParams.set('page', String(page + 1));
      headers.link = `<${next.toString()}>; rel="next"`;
    }
    res.writeHead(200, headers).end(JSON.stringify(slice));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const api = createGitHubApi('token', 'acme/hello', `http://127.0.0.1:${port}`);
  return { api, pages, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('GitHub listings', () => {
  it('follow the next links to the last page', async () => {
    const gh = await pagingGitHub(250);
    try {
      const comments = await gh.api.listComments(7);
      expect(comments).toHaveLength(250);
      expect(comments[249]).toEqual({ id: 250, body: 'comment 250' });
      expect(gh.pages).toEqual([1, 2, 3]);
    } finally {
      await gh.close();
    }
  });

  it('stop after 10 pages of 100', async () => {
    const gh = await pagingGitHub(1_500);
    try {
      expect(await gh.api.listComments(7)).toHaveLength(1_000);
      expect(gh.pages).toHaveLength(10);
    } finally {
      await gh.close();
    }
  });
});
