import { Body, Controller, Get, Header, HttpCode, Param, Post, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiExcludeEndpoint, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { CurrentPrincipal, Public, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { ProductView } from '../catalog/product.dto';
import { UuidParam } from '../common/params';
import { ApiErrors } from '../errors/api-errors.decorator';
import { DomainError } from '../errors/domain-error';
import { IMAGE_WIDTHS } from '../stores/store.dto';
import { ImageStorage, MAX_IMAGE_BYTES, readImageUpload } from './image-storage';
import { ProductImagesService } from './product-images.service';

const KEY = /^[0-9a-f]{32}\.webp$/;

/** A manufacturer uploads a product's picture (API); JSON API route under /api/v1. */
@ApiTags('manufacturer')
@Controller('manufacturer/products')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class ProductImagesController {
  constructor(private readonly images: ProductImagesService) {}

  @Post(':id/image')
  @HttpCode(200)
  @ApiOperation({
    summary: "Upload your product's picture",
    description:
      `A JPEG, PNG or WebP file of at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB (checked by its content), resized to WebP copies ` +
      `${IMAGE_WIDTHS.join('/')} px wide (never enlarged). The product's imageUrl becomes the largest copy and imageVariants every copy.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['image'],
      additionalProperties: false,
      properties: {
        image: { type: 'string', format: 'binary', maxLength: MAX_IMAGE_BYTES, description: 'The picture file' },
        imageAlt: { type: 'string', maxLength: 300, description: 'What the picture shows; kept as it was when left out' },
      },
    },
  })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 404, 422)
  upload(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: unknown): Promise<ProductView> {
    return this.images.upload(principal, id, readImageUpload(body));
  }
}

/** Routes of the media controller, kept outside the JSON API's prefix. */
export const MEDIA_ROUTES = ['media/products/:key'];

/** Serves uploaded pictures' copies; an address names its bytes (a hash), so browsers and CDNs keep it for a year. */
@Controller('media/products')
@Public()
export class ProductMediaController {
  constructor(private readonly images: ImageStorage) {}

  @Get(':key')
  @ApiExcludeEndpoint()
  @Header('Cache-Control', 'public, max-age=31536000, immutable')
  async serve(@Param('key') key: string, @Res() reply: FastifyReply): Promise<void> {
    const image = KEY.test(key) ? await this.images.find(key) : null;
    if (!image) throw DomainError.notFound('Image');
    reply
      .type('image/webp')
      .header('ETag', `"${key.slice(0, 32)}"`)
      .send(image.content);
  }
}
