import sharp from 'sharp';
import { Account, bearer, createManufacturer, createOps, Tenant } from './support/factories';
import { createProduct } from './support/marketplace';
import { startTestApp, TestApp } from './support/test-app';

describe('product pictures through the API', () => {
  let t: TestApp;
  let ops: Account;
  let cascade: Tenant;
  let summit: Tenant;
  let productId: string;

  beforeAll(async () => {
    t = await startTestApp();
    ops = await createOps(t);
    cascade = await createManufacturer(t, ops, 'Cascade Cycles');
    summit = await createManufacturer(t, ops, 'Summit Golf');
    productId = (await createProduct(t, cascade, { sku: 'BIKE-1' })).id;
  });

  afterAll(() => t?.close());

  const upload = (token: string, id = productId) => t.http.post(`/api/v1/manufacturer/products/${id}/image`).set(bearer(token));

  it('resizes an upload to WebP copies no wider than the original and sets them on the product', async () => {
    const photo = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#b91c1c' } })
      .jpeg()
      .toBuffer();
    const res = await upload(cascade.admin.token)
      .field('imageAlt', 'Red frame')
      .attach('image', photo, { filename: 'frame.jpg', contentType: 'image/jpeg' })
      .expect(200);
    expect(res.body.imageAlt).toBe('Red frame');
    expect(res.body.imageVariants.map((v: { width: number }) => v.width)).toEqual([320, 640, 800]);
    expect(res.body.imageUrl).toBe(res.body.imageVariants[2].url);
    const served = await t.http.get(res.body.imageUrl).expect(200);
    expect(served.headers['cache-control']).toContain('immutable');
    expect(await sharp(served.body as Buffer).metadata()).toMatchObject({ format: 'webp', width: 800, height: 600 });
  });

  it('judges the file by its content, not its name or declared type', async () => {
    const res = await upload(cascade.admin.token)
      .attach('image', Buffer.from('%PDF-1.7 not a picture'), { filename: 'photo.jpg', contentType: 'image/jpeg' })
      .expect(422);
    expect(res.body.message).toBe('The file is not a JPEG, PNG or WebP picture that can be read');
  });

  it('refuses a file over 8 MB with a message saying so', async () => {
    const res = await upload(cascade.admin.token)
      .attach('image', Buffer.alloc(8 * 1024 * 1024 + 1), { filename: 'huge.png', contentType: 'image/png' })
      .expect(400);
    expect(res.body.message).toMatch(/larger than 8 MB/);
  });

  it('asks for the file when the body is not multipart, and refuses unknown fields', async () => {
    expect((await upload(cascade.admin.token).send({ imageUrl: 'x' }).expect(400)).body.message).toMatch(
      /^Choose an image file \(JPEG, PNG or WebP\)/,
    );
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    expect((await upload(cascade.admin.token).field('price', '1').attach('image', png, 'a.png').expect(400)).body.message).toBe(
      'price is not a field of this upload',
    );
  });

  it("finds no other manufacturer's product, and unknown picture addresses are 404", async () => {
    const png = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .png()
      .toBuffer();
    await upload(summit.admin.token).attach('image', png, 'a.png').expect(404);
    await t.http.get('/media/products/00000000000000000000000000000000.webp').expect(404);
    await t.http.get('/media/products/..%2Fetc').expect(404);
  });
});
