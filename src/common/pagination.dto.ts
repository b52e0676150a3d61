import { Type as Class } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The furthest a list pages; also keeps a huge ?offset= from overflowing PostgreSQL's 64-bit OFFSET. */
export const MAX_OFFSET = 1_000_000_000;

/** The most items one page holds (`limit`'s maximum). */
export const MAX_PAGE_SIZE = 100;

/** `?limit=&offset=` for lists; the answer says the total so clients can page. */
export class PageQuery {
  @ApiProperty({ required: false, type: 'integer', default: 20, minimum: 1, maximum: MAX_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit = 20;

  @ApiProperty({ required: false, type: 'integer', default: 0, minimum: 0, maximum: MAX_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_OFFSET)
  offset = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

/** A page of a list too long to count on every view: `more` says whether rows follow it. */
export interface BrowsedPage<T> {
  items: T[];
  more: boolean;
  limit: number;
  offset: number;
}

/** The documented class of a page of `item`s: `class ProductPage extends PageOf(ProductView) {}`. */
export function PageOf<T>(item: Class<T>): Class<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item], maxItems: MAX_PAGE_SIZE }) items: T[];
    @ApiProperty({ type: 'integer', minimum: 0, maximum: 2_147_483_647 }) total: number;
    @ApiProperty({ type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE }) limit: number;
    @ApiProperty({ type: 'integer', minimum: 0, maximum: MAX_OFFSET }) offset: number;
  }
  return PageOfItems;
}
