import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsUrl, MaxLength } from 'class-validator';
import { EXACT_REGIONS, type ExactRegion } from './exact-regions.js';

export class StartExactConnectDto {
  /** The Exact Online region of the account (§1.1); default the configured host (nl). */
  @ApiPropertyOptional({ enum: EXACT_REGIONS, default: 'nl' })
  @IsOptional()
  @IsIn(EXACT_REGIONS, { message: `region must be one of ${EXACT_REGIONS.join(', ')}` })
  region?: ExactRegion;

  /** Where the browser goes after the callback, with `?connectionId=…` added. */
  @ApiPropertyOptional({ example: 'https://console.example.nl/connections' })
  @IsOptional()
  @MaxLength(2000)
  @IsUrl({ require_protocol: true, protocols: ['http', 'https'], require_tld: false }, { message: 'redirectAfter must be an absolute http(s) URL' })
  redirectAfter?: string;

  /** Make Exact ask for a login even when the browser has a session (to connect another Exact user). */
  @ApiPropertyOptional({ default: false })
  @IsOptional()
  @IsBoolean()
  forceLogin?: boolean;
}

export interface StartExactConnectResponse {
  authorizationUrl: string;
}
