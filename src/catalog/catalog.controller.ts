import { Body, Controller, Delete, Get, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles } from '../auth/auth.decorators';
import { Principal, Role } from '../auth/role';
import { Page } from '../common/pagination.dto';
import { ApiErrors } from '../errors/api-errors.decorator';
import { CatalogService } from './catalog.service';
import { CreateProductDto, ProductPage, ProductQuery, ProductView, UpdateProductDto } from './product.dto';
import { UuidParam } from '../common/params';

@ApiTags('manufacturer')
@Controller('manufacturer/products')
@Roles(Role.Manufacturer)
@ApiErrors(401, 403)
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Post()
  @ApiOperation({ summary: 'Add a product to your catalogue' })
  @ApiCreatedResponse({ type: ProductView })
  @ApiErrors(400, 409, 422)
  create(@CurrentPrincipal() principal: Principal, @Body() body: CreateProductDto): Promise<ProductView> {
    return this.catalog.create(principal, body);
  }

  @Get()
  @ApiOperation({ summary: 'Your products, filtered by active, sku or text, paginated' })
  @ApiOkResponse({ type: ProductPage })
  @ApiErrors(400)
  list(@CurrentPrincipal() principal: Principal, @Query() query: ProductQuery): Promise<Page<ProductView>> {
    return this.catalog.list(principal, query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One of your products' })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(404)
  get(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ProductView> {
    return this.catalog.get(principal, id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a product; prices apply to orders placed from now on' })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(400, 404, 409, 422)
  update(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string, @Body() body: UpdateProductDto): Promise<ProductView> {
    return this.catalog.update(principal, id, body);
  }

  @Delete(':id')
  @ApiOperation({ summary: 'Deactivate a product: it leaves the store; past orders keep it' })
  @ApiOkResponse({ type: ProductView })
  @ApiErrors(404)
  deactivate(@CurrentPrincipal() principal: Principal, @UuidParam('id') id: string): Promise<ProductView> {
    return this.catalog.deactivate(principal, id);
  }
}
